import { evaluateExpression } from '../estimate/evaluate';
import type { PromptFrontMatter } from '../schemas/prompt';
import { namesRemedy } from '../text/mentions';

/**
 * What a prompt's `reference` must hold, beyond its schema: the minimums docs/prompt-format.md
 * states and its agreement with the rest of the prompt. The prompt loader runs it on every file
 * (errors for the built-in prompts, warnings for imported ones), so the app, import and
 * `designdrill prompts check` judge alike.
 */
const REFERENCE_MINIMUMS = {
  functional: 4,
  coreMin: 3,
  coreMax: 6,
  qualities: 3,
  api: 3,
  entities: 3,
  bottlenecks: 3,
  terms: 15,
} as const;

/** How far a number in a bottleneck's `figure` may be from a figure of the prompt and still cite it. */
const FIGURE_TOLERANCE = 0.1;

/** A bottleneck shows up at 10x or 100x today's load, so a figure may cite one grown by that much. */
const GROWTH = [1, 10, 100];

export type ReferenceIssue = { readonly path: readonly (string | number)[]; readonly message: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function checkReference(prompt: PromptFrontMatter & { outline?: string }): ReferenceIssue[] {
  const r = prompt.reference;
  if (!r) return [];
  const issues: ReferenceIssue[] = [];
  const min = REFERENCE_MINIMUMS;
  const atLeast = (field: keyof typeof r, n: number, word: string) => {
    const have = r[field].length;
    if (have < n) issues.push({ path: ['reference', field], message: `${plural(have, word)}; give at least ${n}` });
  };

  atLeast('functional', min.functional, 'feature');
  const core = r.functional.filter((f) => f.core).length;
  if (r.functional.length > 0 && (core < min.coreMin || core > min.coreMax)) {
    issues.push({ path: ['reference', 'functional'], message: `${core} marked core: true; mark the ${min.coreMin}-${min.coreMax} must-haves` });
  }

  atLeast('qualities', min.qualities, 'quality target');
  r.qualities.forEach((q, i) => {
    if (!/\d/.test(q.target)) issues.push({ path: ['reference', 'qualities', i, 'target'], message: `"${q.target}" has no number; say how much, e.g. "within 2 s at p99"` });
  });

  atLeast('api', min.api, 'operation');
  if (r.api.length > 0 && !r.api.some((o) => o.main)) issues.push({ path: ['reference', 'api'], message: 'no operation has main: true; mark the busiest path' });

  atLeast('entities', min.entities, 'entity');

  atLeast('bottlenecks', min.bottlenecks, 'bottleneck');
  const known = knownNumbers(prompt);
  r.bottlenecks.forEach((b, i) => {
    b.remedies.forEach((remedy, k) => {
      if (!namesRemedy(remedy)) {
        issues.push({ path: ['reference', 'bottlenecks', i, 'remedies', k], message: `"${remedy}" names no known technique or component (docs/knowledge.md lists them)` });
      }
    });
    if (b.figure === undefined) return;
    const numbers = numbersIn(b.figure);
    if (numbers.length === 0) {
      issues.push({ path: ['reference', 'bottlenecks', i, 'figure'], message: `"${b.figure}" has no number; give the number that makes it break, or leave figure out` });
    } else if (!numbers.some((n) => known.some((k) => agrees(n, k)))) {
      issues.push({
        path: ['reference', 'bottlenecks', i, 'figure'],
        message: `"${b.figure}" cites no number the prompt holds: each is more than ${FIGURE_TOLERANCE * 100}% off every figure (also at 10x and 100x) and every number in its answers and outline`,
      });
    }
  });

  atLeast('terms', min.terms, 'term');
  const seen = new Map<string, number>();
  r.terms.forEach((term, i) => {
    const key = term.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: ['reference', 'terms', i], message: `"${term}" is already term ${first}` });
    else seen.set(key, i);
  });
  return issues;
}

function agrees(n: number, known: number): boolean {
  return GROWTH.some((g) => {
    const k = known * g;
    return k === n || Math.abs(n - k) <= FIGURE_TOLERANCE * Math.max(Math.abs(k), Number.MIN_VALUE);
  });
}

/**
 * The numbers a prompt holds: what its figures work out to and state (in base units: per
 * second, bytes, seconds), and every number written in its figures, answers, brief and outline.
 */
function knownNumbers(prompt: PromptFrontMatter & { outline?: string }): number[] {
  const out: number[] = [];
  for (const f of prompt.figures) {
    for (const text of [f.value, f.stated]) {
      if (text === undefined) continue;
      const q = evaluateExpression(text);
      if (q.ok) out.push(q.quantity.base);
      out.push(...numbersIn(text));
    }
    out.push(...numbersIn(f.note ?? ''), ...numbersIn(f.name));
  }
  for (const a of prompt.answers) out.push(...numbersIn(a.answer));
  out.push(...numbersIn(prompt.brief), ...numbersIn(prompt.outline ?? ''));
  return out;
}

const WORD_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const LETTER_SCALE: Record<string, number> = { K: 1e3, k: 1e3, M: 1e6, B: 1e9, G: 1e9, T: 1e12, P: 1e15 };

/**
 * The numbers written in prose, with their scale: "11.6K/s" is 11,600, "50 million" 50,000,000,
 * "45 TB" 45e12 (bytes, as the estimation language counts them), "1B/day" a billion, "500 B" 500.
 * A letter scales a number only when it is attached to it ("50M") or starts a byte unit ("300 GB").
 */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion)\b|([kKMBGTP])(?![a-zA-Z])|\s?([KMGTP])B\b)?/g;
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(n)) continue;
    const scale = m[2] ? WORD_SCALE[m[2]]! : m[3] ? LETTER_SCALE[m[3]]! : m[4] ? (m[4] === 'G' ? 1e9 : LETTER_SCALE[m[4]]!) : 1;
    out.push(n * scale);
  }
  return out;
}
