import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../session/events';
import { calibrationFigures } from './calibration/set';

// The whole set scored once for the tests that read its figures: scoring it is the slow part.
let figures: ReturnType<typeof calibrationFigures> | undefined;
const calibrated = () => (figures ??= calibrationFigures());
import { formatFigures } from './calibration/figures';
import type { CriterionId } from './report';
import { scoreSession } from './score';
import { officeNonsense, shorthandRateLimiter } from './testing/cases';
import { beforeEnd, without } from './testing/edit';
import { FIXTURE_SESSIONS, urlShortener } from './testing/fixtures';
import { shippedPrompt } from './testing/prompts';

const notifications = shippedPrompt('notifications');
const rateLimiter = shippedPrompt('rate-limiter');
const strong = FIXTURE_SESSIONS.strong.events;
const score = (events: readonly SessionEvent[], level: 'mid' | 'senior' | 'staff' = 'senior', prompt = urlShortener) => scoreSession({ prompt, events, level });
const of = (events: readonly SessionEvent[], id: CriterionId, prompt = urlShortener) => score(events, 'senior', prompt).criteria.find((c) => c.id === id)!;

describe('rubric v2 on the cases issue 21 names', () => {
  it('office-running nonsense in every slot of a notifications session scores at most 1.0, each off-topic item listed with its reason', () => {
    const report = score(officeNonsense(notifications).build(), 'senior', notifications);
    expect(report.overall).toBeLessThanOrEqual(1);
    const scope = report.criteria.find((c) => c.id === 'scope')!;
    expect(scope.notCounted).toContainEqual(expect.objectContaining({ text: 'Staff book a desk for the day from the front desk', reason: expect.stringMatching(/^off topic for a Notification Service/) }));
  });

  it('a strong session written all in shorthand free notes scores as a strong one (hire or better at senior)', () => {
    const report = score(shorthandRateLimiter(rateLimiter).build(), 'senior', rateLimiter);
    expect(report.overall).toBeGreaterThanOrEqual(2.8);
    for (const id of ['scope', 'api', 'data-model', 'tradeoffs'] as const) expect(report.criteria.find((c) => c.id === id)!.score, id).toBeGreaterThanOrEqual(3);
  });

  it('estimates 1000 times off are flagged with the figure, the conclusions on them do not count, and the tip says how to redo them', () => {
    const pad = [...strong].reverse().find((e) => e.type === 'scratchpad.changed')!;
    if (pad.type !== 'scratchpad.changed') throw new Error('no pad');
    const off = beforeEnd(strong, { type: 'scratchpad.changed', payload: { ...pad.payload, lines: pad.payload.lines.map((l) => (l.text === 'writes = 10M/day' ? { ...l, text: 'writes = 10B/day' } : l)) } });
    const estimation = of(off, 'estimation');
    expect(estimation.score).toBeLessThanOrEqual(1);
    expect(estimation.tip).toMatch(/^Your write QPS of 116 K \/s is 1000x above the interviewer's 116 \/s: redo 10M\/day ÷ 86,400/);
    expect(estimation.notCounted).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^rests on an estimate 1000x off/) }));
    expect(score(off).overall).toBeLessThan(score(strong).overall - 0.4);
  });

  it('a bottleneck with no remedy says which techniques fit', () => {
    const events = beforeEnd(FIXTURE_SESSIONS.weak.events, { type: 'note.added', payload: { id: 'x', index: 0, body: { list: 'risk', text: 'x' } } });
    // "Gets slow" names no kind of load ("gets" is no read), so no family of techniques can be offered yet.
    expect(of(events, 'bottlenecks').tip).toBe('Your bottleneck "The database gets slow" names no remedy: name the technique that fixes it.');
    const reads = beforeEnd(events, { type: 'note.added', payload: { id: 'y', index: 1, body: { list: 'bottleneck', scale: '10x', what: 'The database gets too many reads', remedy: '' } } });
    expect(of(reads, 'bottlenecks').notCounted).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^no remedy: .*caching.* would answer read-heavy load/) }));
  });

  it('a trade-off without a reason earns nothing and says why', () => {
    const c = of(FIXTURE_SESSIONS.weak.events, 'tradeoffs');
    expect(c.notCounted).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^no reason given/) }));
  });

  it('the same session never scores higher at a higher target level', () => {
    const middling = without(strong, (e) => e.type === 'note.added' && ['deep-dive', 'risk', 'open-question'].includes(e.payload.body.list));
    for (const events of [middling, strong, shorthandRateLimiter(rateLimiter).build()]) {
      const prompt = events === middling || events === strong ? urlShortener : rateLimiter;
      const [mid, senior, staff] = (['mid', 'senior', 'staff'] as const).map((l) => score(events, l, prompt).overall);
      expect(senior).toBeLessThanOrEqual(mid!);
      expect(staff).toBeLessThanOrEqual(senior!);
    }
  });

  it('a session judged mid-level scores at least 0.5 lower at a staff target than at mid (the calibration set)', () => {
    const gaps = calibrated().figures.levelGaps;
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) expect(g.gap, JSON.stringify(g)).toBeGreaterThanOrEqual(0.5);
  }, 60_000);

  it('evidence keeps its moment and its reference, so the report links open the replay there', () => {
    for (const c of score(shorthandRateLimiter(rateLimiter).build(), 'senior', rateLimiter).criteria) {
      for (const e of c.evidence) if (e.kind !== 'missing') expect(e.t, `${c.id}: ${e.text}`).not.toBeNull();
      for (const n of c.notCounted ?? []) expect(n.t).not.toBeNull();
    }
  });
});

describe('robustness', () => {
  it("removing a criterion's cited evidence lowers that criterion", () => {
    const lists: Partial<Record<CriterionId, string>> = { api: 'operation', 'data-model': 'entity', 'deep-dive': 'deep-dive', bottlenecks: 'bottleneck', tradeoffs: 'tradeoff' };
    for (const [id, list] of Object.entries(lists) as [CriterionId, string][]) {
      const cut = without(strong, (e) => e.type === 'note.added' && e.payload.body.list === list);
      expect(of(cut, id).score, id).toBeLessThan(of(strong, id).score);
    }
  });

  const SYNONYMS: [RegExp, string][] = [
    [/\bredirect\b/gi, 'forward'],
    [/\bstore\b/g, 'database'],
    [/\bshort code\b/gi, 'short key'],
    [/\bcreate\b/gi, 'make'],
    [/\bmust\b/g, 'has to'],
  ];
  const reword = (text: string) => SYNONYMS.reduce((t, [re, to]) => t.replace(re, to), text);

  it('rewording the notes with synonyms and reordering them moves no criterion by more than 1 and the overall by at most 0.25', () => {
    const base = score(strong);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (seed) => {
        // Notes keep their time; only the order of note events between other events changes.
        const notes = strong.filter((e) => e.type === 'note.added');
        const shuffled = [...notes].sort((a, b) => ((a.seq * seed) % 97) - ((b.seq * seed) % 97));
        let k = 0;
        const events = strong.map((e) => {
          if (e.type !== 'note.added') return e;
          const n = shuffled[k++]!;
          const body = Object.fromEntries(Object.entries(n.payload.body).map(([key, v]) => [key, typeof v === 'string' && key !== 'list' && key !== 'store' && key !== 'scale' ? reword(v) : v]));
          return { ...e, payload: { ...n.payload, body } } as SessionEvent;
        });
        const r = score(events);
        for (const c of r.criteria) expect(Math.abs(c.score - base.criteria.find((x) => x.id === c.id)!.score), c.id).toBeLessThanOrEqual(1);
        expect(Math.abs(r.overall - base.overall)).toBeLessThanOrEqual(0.25);
      }),
      { numRuns: 8 },
    );
  });

  it('appending off-topic text to a session never raises its score', () => {
    const office = ['The kitchen on the third floor opens at eight', 'Visitors sign in at reception and wear a badge', 'Slice the onions thinly and fry them in butter'];
    for (const events of [strong, FIXTURE_SESSIONS.weak.events]) {
      const before = score(events);
      let after = events;
      office.forEach((text, i) => {
        after = beforeEnd(after, { type: 'note.added', payload: { id: `off-${i}`, index: 99, body: { list: i === 0 ? 'functional' : i === 1 ? 'risk' : 'narrative', text } } });
      });
      after = beforeEnd(after, { type: 'notes.changed', payload: { phase: 'deep-dive', text: office.join('\n') } });
      const r = score(after);
      expect(r.overall).toBeLessThanOrEqual(before.overall);
      for (const c of r.criteria) expect(c.score, c.id).toBeLessThanOrEqual(before.criteria.find((x) => x.id === c.id)!.score);
    }
  });
});

describe('the calibration gate', () => {
  it('agrees with the judged set: Spearman at least 0.9 and overall MAE at most 0.5', () => {
    const result = calibrated();
    console.log(`\n${formatFigures(result)}\n`);
    expect(result.figures.spearman).toBeGreaterThanOrEqual(0.9);
    expect(result.figures.overallMae).toBeLessThanOrEqual(0.5);
  });
});
