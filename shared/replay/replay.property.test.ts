import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SESSIONS } from '../rubric/testing/fixtures';
import { strongSession, weakSession } from '../rubric/testing/sessions';
import { fold } from '../session/reduce';
import type { SessionEvent } from '../session/events';
import { buildReplay, chapters, clocksAt, durationMs, stateAt, type Replay } from './index';
import { randomLog } from './testing/randomLog';

const upTo = (events: readonly SessionEvent[], t: number) => fold(events.filter((e) => e.t <= t));

/** Moments worth seeking to: exactly at events (ties included), between them, and past the end. */
function moments(events: readonly SessionEvent[]): fc.Arbitrary<number> {
  const end = events[events.length - 1]!.t;
  return fc.oneof(fc.constantFrom(...events.map((e) => e.t)), fc.integer({ min: 0, max: end + 60_000 }));
}

const recorded = {
  'strong fixture': FIXTURE_SESSIONS.strong.events,
  'weak fixture': FIXTURE_SESSIONS.weak.events,
  'strong, as built': strongSession(FIXTURE_SESSIONS.strong.prompt).build(),
  'weak, unfinished': weakSession(FIXTURE_SESSIONS.weak.prompt).build().filter((e) => e.type !== 'session.ended'),
};

describe('stateAt', () => {
  for (const [name, events] of Object.entries(recorded)) {
    it(`is the fold of the log up to any moment of the ${name} session, with any checkpoint spacing`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 40 }), fc.array(moments(events), { minLength: 1, maxLength: 15 }), (every, ts) => {
          const replay = buildReplay(events, { every });
          for (const t of ts) expect(stateAt(replay, t)).toEqual(upTo(events, t));
          expect(stateAt(replay, durationMs(replay))).toEqual(fold(events));
        }),
        { numRuns: 40 },
      );
    });
  }

  it('is the fold up to any moment of random logs (pauses, phases gone back to, stale and deleted diagram batches)', () => {
    fc.assert(
      fc.property(
        randomLog.chain((events) => fc.tuple(fc.constant(events), fc.integer({ min: 1, max: 12 }), fc.array(moments(events), { minLength: 1, maxLength: 20 }))),
        ([events, every, ts]) => {
          const replay = buildReplay(events, { every });
          for (const t of ts) expect(stateAt(replay, t)).toEqual(upTo(events, t));
          expect(stateAt(replay, Number.MAX_SAFE_INTEGER)).toEqual(fold(events));
          expect(stateAt(replay, -5)).toEqual(fold(events.slice(0, 1)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves every checkpoint as it was, however the replay is sought afterwards', () => {
    fc.assert(
      fc.property(
        randomLog.filter((events) => events.length > 6).chain((events) => fc.tuple(fc.constant(events), fc.integer({ min: 1, max: 5 }), fc.array(moments(events), { maxLength: 30 }))),
        ([events, every, ts]) => {
          const replay = buildReplay(events, { every });
          for (const t of ts) stateAt(replay, t);
          replay.checkpoints.forEach((checkpoint, i) => expect(checkpoint).toEqual(fold(events.slice(0, (i + 1) * every))));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('chapters', () => {
  const cover = (replay: Replay) => {
    const list = chapters(replay);
    expect(list[0]!.startT).toBe(0);
    expect(list[list.length - 1]!.endT).toBe(durationMs(replay));
    list.forEach((chapter, i) => {
      if (i > 0) expect(chapter.startT).toBe(list[i - 1]!.endT);
      // Only the last may be empty: a phase entered as the log stops is where the replay ends.
      if (i < list.length - 1) expect(chapter.endT).toBeGreaterThan(chapter.startT);
      // What the screen shows inside a chapter is that chapter's phase, from its first moment to its last.
      expect(stateAt(replay, chapter.startT).phaseIndex).toBe(chapter.phaseIndex);
      expect(stateAt(replay, Math.max(chapter.startT, chapter.endT - 1)).phaseIndex).toBe(chapter.phaseIndex);
      const visits = list.slice(0, i + 1).filter((c) => c.phaseIndex === chapter.phaseIndex).length;
      expect(chapter.visit).toBe(visits);
    });
  };

  it('cover the whole timeline of random logs without gaps or overlaps, one per visit', () => {
    fc.assert(fc.property(randomLog, (events) => cover(buildReplay(events, { every: 3 }))), { numRuns: 300 });
  });

  it('cover the recorded sessions, one per phase when each is visited once', () => {
    for (const events of Object.values(recorded)) cover(buildReplay(events));
    const strong = chapters(buildReplay(FIXTURE_SESSIONS.strong.events));
    expect(strong.map((c) => c.phaseId)).toEqual(FIXTURE_SESSIONS.strong.plan.phases.map((p) => p.id));
  });
});

describe('clocksAt', () => {
  it('reads the session clock as the moment sought, and the phase clock as the time spent on that phase so far', () => {
    fc.assert(
      fc.property(
        randomLog.chain((events) => fc.tuple(fc.constant(events), fc.array(moments(events), { minLength: 1, maxLength: 10 }))),
        ([events, ts]) => {
          const replay = buildReplay(events, { every: 4 });
          const list = chapters(replay);
          for (const t of ts) {
            const at = Math.min(t, durationMs(replay));
            const clocks = clocksAt(replay, t);
            // The log's t is the session clock rounded to the millisecond.
            expect(Math.abs(clocks.sessionUsedMs - at)).toBeLessThanOrEqual(1);
            const current = list.findLast((c) => c.startT <= at)!;
            const before = list.filter((c) => c.phaseIndex === current.phaseIndex && c.endT <= current.startT && c !== current);
            const spent = before.reduce((sum, c) => sum + c.endT - c.startT, 0) + at - current.startT;
            expect(clocks.phaseId).toBe(current.phaseId);
            expect(Math.abs(clocks.phaseUsedMs - spent)).toBeLessThanOrEqual(1 + 2 * list.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
