import { describe, expect, it } from 'vitest';
import { formatFigures, measureQuestionSet, type MeasuredReply } from './measure';
import type { QuestionSet } from './schema';

// A small set whose figures are worked out by hand below.
const small: QuestionSet = {
  prompt: 'tiny',
  questions: [
    { q: 'how many users?', expect: [0], kind: 'everyday' },
    { q: 'how big is a record?', expect: [1], kind: 'everyday' },
    { q: 'users and record size?', expect: [0, 1], kind: 'two-part' },
    { q: 'how big is the team?', expect: [], kind: 'near-miss' },
    { q: 'can I use kafka?', expect: [], kind: 'off-script' },
  ],
};

const always = (reply: MeasuredReply) => () => () => reply;
const table = (replies: Record<string, MeasuredReply>) => () => (q: string) => replies[q] ?? { kind: 'neutral' as const };

describe('measureQuestionSet', () => {
  it('a matcher that always answers 0 is right once, wrong three times in five, never neutral', () => {
    const { overall, perPrompt, misses } = measureQuestionSet([small], always({ kind: 'answer', answers: [0] }));
    expect(overall.recall).toEqual({ count: 1, total: 3, share: 1 / 3 });
    // Answer 0 is outside expect for "record" ([1]), "team" ([]) and "kafka" ([]); inside [0, 1] for the two-part one.
    expect(overall.wrong).toEqual({ count: 3, total: 5, share: 0.6 });
    expect(overall.offScript).toEqual({ count: 0, total: 2, share: 0 });
    expect(overall.clarify).toEqual({ count: 0, total: 5, share: 0 });
    expect(perPrompt.tiny).toEqual(overall);
    expect(misses.map((m) => m.q)).toEqual(['how big is a record?', 'users and record size?', 'how big is the team?', 'can I use kafka?']);
  });

  it('a matcher that never answers recalls nothing, is never wrong and handles every off-script question', () => {
    const { overall } = measureQuestionSet([small], always({ kind: 'neutral' }));
    expect(overall.recall.share).toBe(0);
    expect(overall.wrong.count).toBe(0);
    expect(overall.offScript).toEqual({ count: 2, total: 2, share: 1 });
  });

  it('counts a two-part question only when both answers are given, and a surplus answer as wrong', () => {
    const { overall } = measureQuestionSet(
      [small],
      table({
        'how many users?': { kind: 'answer', answers: [0, 1] }, // one too many: not recalled, and wrong
        'how big is a record?': { kind: 'answer', answers: [1] },
        'users and record size?': { kind: 'answer', answers: [1] }, // half of it: not recalled, not wrong
      }),
    );
    expect(overall.recall).toEqual({ count: 1, total: 3, share: 1 / 3 });
    expect(overall.wrong).toEqual({ count: 1, total: 5, share: 0.2 });
    expect(overall.offScript.share).toBe(1);
  });

  it('counts clarify replies apart: neither recalled, wrong nor neutral', () => {
    const { overall } = measureQuestionSet(
      [small],
      table({ 'how many users?': { kind: 'clarify' }, 'can I use kafka?': { kind: 'clarify' }, 'how big is a record?': { kind: 'answer', answers: [1] } }),
    );
    expect(overall.clarify).toEqual({ count: 2, total: 5, share: 0.4 });
    expect(overall.recall.count).toBe(1);
    expect(overall.wrong.count).toBe(0);
    expect(overall.offScript).toEqual({ count: 1, total: 2, share: 0.5 });
  });

  it('sums counts over prompts for the overall figures rather than averaging the shares', () => {
    const one: QuestionSet = { prompt: 'one', questions: [{ q: 'a?', expect: [0], kind: 'everyday' }] };
    const { overall, perPrompt } = measureQuestionSet([one, small], (id) => (id === 'one' ? () => ({ kind: 'answer', answers: [0] }) : () => ({ kind: 'neutral' })));
    expect(perPrompt.one!.recall.share).toBe(1);
    expect(perPrompt.tiny!.recall.share).toBe(0);
    expect(overall.recall).toEqual({ count: 1, total: 4, share: 0.25 });
    expect(overall.questions).toBe(6);
  });

  it('gives share 1 when a prompt has no question of a kind, so an empty column never reads as a failure', () => {
    const onlyAnswerable: QuestionSet = { prompt: 'p', questions: [{ q: 'a?', expect: [0], kind: 'everyday' }] };
    expect(measureQuestionSet([onlyAnswerable], always({ kind: 'neutral' })).overall.offScript).toEqual({ count: 0, total: 0, share: 1 });
  });
});

describe('figures per kind of question', () => {
  it('tallies each kind apart, so a kind the matcher misses shows in its own row', () => {
    const { perKind } = measureQuestionSet([small], always({ kind: 'answer', answers: [0] }));
    expect(Object.keys(perKind).sort()).toEqual(['everyday', 'near-miss', 'off-script', 'two-part']);
    expect(perKind.everyday!.recall).toEqual({ count: 1, total: 2, share: 0.5 });
    expect(perKind['near-miss']!.wrong).toEqual({ count: 1, total: 1, share: 1 });
    expect(perKind['two-part']!.recall.count).toBe(0);
  });

  it('prints a row per kind when asked', () => {
    const lines = formatFigures(measureQuestionSet([small], always({ kind: 'neutral' })), 'kind').split('\n');
    expect(lines[0]).toMatch(/^kind\s+questions\s+recall/);
    expect(lines.find((l) => l.startsWith('off-script'))).toMatch(/1\s+1\.00 \(0\/0\)\s+0\.00 \(0\/1\)\s+1\.00 \(1\/1\)/);
    expect(lines[lines.length - 1]).toMatch(/^overall\s+5\s/);
  });
});

describe('formatFigures', () => {
  it('prints a row per prompt and an overall row with shares and counts', () => {
    const text = formatFigures(measureQuestionSet([small], always({ kind: 'answer', answers: [0] })));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^prompt\s+questions\s+recall\s+wrong\s+off-script\s+clarify$/);
    expect(lines.find((l) => l.startsWith('tiny'))).toMatch(/5\s+0\.33 \(1\/3\)\s+0\.60 \(3\/5\)\s+0\.00 \(0\/2\)\s+0\.00 \(0\/5\)/);
    expect(lines[lines.length - 1]).toMatch(/^overall\s+5\s+0\.33 \(1\/3\)/);
  });
});
