import type { QuestionKind, QuestionSet } from './schema';

/**
 * The part of the matcher's reply the figures depend on. Structural, so the matcher's own
 * `Understanding` (which also carries candidates and, for clarify, the two answers) fits as is.
 */
export type MeasuredReply = { kind: 'answer'; answers: readonly number[] } | { kind: 'clarify' } | { kind: 'neutral' };

/** A count out of a total, with the share (NaN-free: an empty total gives share 1, nothing failed). */
export type Ratio = { count: number; total: number; share: number };

/** A question the matcher did not get right, kept so a failing run says which ones. */
export type Miss = { prompt: string; q: string; kind: QuestionKind; expect: number[]; got: MeasuredReply };

export type Figures = {
  questions: number;
  /** Answerable questions (expect non-empty) answered with exactly the expected set. */
  recall: Ratio;
  /** All questions given an answer outside `expect`, over all questions. */
  wrong: Ratio;
  /** Questions with expect [] that got the neutral reply. */
  offScript: Ratio;
  /** All questions that got "which do you mean", over all questions. */
  clarify: Ratio;
};

export type QuestionSetFigures = { overall: Figures; perPrompt: Record<string, Figures>; perKind: Partial<Record<QuestionKind, Figures>>; misses: Miss[] };

const ratio = (count: number, total: number): Ratio => ({ count, total, share: total === 0 ? 1 : count / total });

type Tally = { questions: number; answerable: number; recalled: number; wrong: number; unscripted: number; neutral: number; clarify: number };
const emptyTally = (): Tally => ({ questions: 0, answerable: 0, recalled: 0, wrong: 0, unscripted: 0, neutral: 0, clarify: 0 });

const toFigures = (t: Tally): Figures => ({
  questions: t.questions,
  recall: ratio(t.recalled, t.answerable),
  wrong: ratio(t.wrong, t.questions),
  offScript: ratio(t.neutral, t.unscripted),
  clarify: ratio(t.clarify, t.questions),
});

const sameSet = (a: readonly number[], b: readonly number[]) => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

/**
 * Runs each prompt's questions through its matcher and scores the replies as the contract
 * for issue 20 defines: recall, wrong-answer rate, off-script handling and clarify rate,
 * per prompt and over all questions together.
 */
export function measureQuestionSet(
  sets: readonly QuestionSet[],
  understandFor: (promptId: string) => (question: string) => MeasuredReply,
): QuestionSetFigures {
  const overall = emptyTally();
  const perPrompt: Record<string, Figures> = {};
  const kinds = new Map<QuestionKind, Tally>();
  const misses: Miss[] = [];
  for (const set of sets) {
    const reply = understandFor(set.prompt);
    const tally = emptyTally();
    for (const { q, expect, kind } of set.questions) {
      const got = reply(q);
      if (!kinds.has(kind)) kinds.set(kind, emptyTally());
      const byKind = kinds.get(kind)!;
      const add = (key: keyof Tally) => {
        tally[key]++;
        byKind[key]++;
      };
      add('questions');
      const answerable = expect.length > 0;
      let right: boolean;
      if (answerable) {
        add('answerable');
        right = got.kind === 'answer' && sameSet(got.answers, expect);
        if (right) add('recalled');
      } else {
        add('unscripted');
        right = got.kind === 'neutral';
        if (right) add('neutral');
      }
      if (got.kind === 'answer' && got.answers.some((a) => !expect.includes(a))) add('wrong');
      if (got.kind === 'clarify') add('clarify');
      if (!right) misses.push({ prompt: set.prompt, q, kind, expect, got });
    }
    for (const key of Object.keys(tally) as (keyof Tally)[]) overall[key] += tally[key];
    perPrompt[set.prompt] = toFigures(tally);
  }
  const perKind = Object.fromEntries([...kinds].map(([kind, t]) => [kind, toFigures(t)]));
  return { overall: toFigures(overall), perPrompt, perKind, misses };
}

const cell = (r: Ratio) => `${r.share.toFixed(2)} (${r.count}/${r.total})`;

/** The figures as a plain-text table, one row per prompt (or per kind of question) and a last row for all of them. */
export function formatFigures(figures: QuestionSetFigures, by: 'prompt' | 'kind' = 'prompt'): string {
  const header = [by, 'questions', 'recall', 'wrong', 'off-script', 'clarify'];
  const row = (name: string, f: Figures) => [name, String(f.questions), cell(f.recall), cell(f.wrong), cell(f.offScript), cell(f.clarify)];
  const groups = by === 'prompt' ? Object.entries(figures.perPrompt) : Object.entries(figures.perKind).map(([k, f]) => [k, f!] as const);
  const rows = [header, ...groups.map(([name, f]) => row(name, f)), row('overall', figures.overall)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}
