import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, stamp, type SessionCommand } from './commands';
import type { SessionEvent } from './events';
import { fold, LogStartError, reduce } from './reduce';
import type { SessionState } from './state';
import { samplePlan, samplePrompt } from './testing/samplePlan';

const T0 = Date.UTC(2026, 10, 22, 14, 0, 0);

const command: fc.Arbitrary<SessionCommand> = fc.oneof(
  fc.constant({ type: 'start' as const }),
  fc.constant({ type: 'pause' as const }),
  fc.constant({ type: 'resume' as const }),
  fc.constant({ type: 'next' as const }),
  fc.constant({ type: 'previous' as const }),
  fc.constant({ type: 'end' as const }),
  fc.constantFrom(1 as const, 2 as const).map((minutes) => ({ type: 'extend' as const, minutes })),
  fc.record({ phase: fc.constantFrom('clarify', 'design', 'wrap-up', 'nope'), text: fc.string({ maxLength: 40 }) }).map((n) => ({ type: 'notes' as const, ...n })),
);

/** Commands with time passing between them, as a person (and a sleeping laptop) would make them. */
const script = fc.array(fc.tuple(command, fc.integer({ min: 0, max: 15 * 60_000 })), { maxLength: 60 });

/** Plays a script the way the Node side does: decide, stamp, append, fold live. */
function play(steps: [SessionCommand, number][]): { events: SessionEvent[]; live: SessionState } {
  let at = T0;
  const created = stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'solo' } }, at);
  const events = [created];
  let live = reduce(undefined, created);
  for (const [cmd, wait] of steps) {
    at += wait;
    const decision = decide(live, cmd);
    if (!decision.ok) continue;
    const event = stamp(live, decision.draft, at);
    events.push(event);
    live = reduce(live, event);
  }
  return { events, live };
}

describe('the session reducer', () => {
  it('folds any sequence of valid events without throwing, and the log equals the live state', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const { events, live } = play(steps);
        expect(fold(events)).toEqual(live);
      }),
      { numRuns: 300 },
    );
  });

  it('folding from a snapshot at any point equals folding from the start', () => {
    fc.assert(
      fc.property(script, fc.nat(), fc.nat(), (steps, a, b) => {
        const { events } = play(steps);
        const cut = a % events.length;
        const end = cut + (b % (events.length - cut)) + 1;
        const snapshot = structuredClone(fold(events.slice(0, cut + 1)));
        expect(fold(events.slice(0, end), snapshot)).toEqual(fold(events.slice(0, end)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its clock sums consistent: phases add up to the session', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const { live } = play(steps);
        const phaseSum = live.phases.reduce((s, p) => s + p.usedMs, 0);
        expect(phaseSum).toBeCloseTo(live.activeMs, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores events that do not apply rather than failing on an odd log', () => {
    const { events } = play([[{ type: 'start' }, 0]]);
    const resumeWhileRunning = { ...events[1]!, seq: 3, type: 'session.resumed' as const, payload: {} };
    const state = fold([...events, resumeWhileRunning]);
    expect(state.status).toBe('running');
    expect(state.lastSeq).toBe(3);
  });

  it('refuses a log that does not begin with session.created', () => {
    const { events } = play([[{ type: 'start' }, 0]]);
    expect(() => fold(events.slice(1))).toThrow(LogStartError);
    expect(() => fold([])).toThrow(/empty/);
  });
});

describe('commands', () => {
  it('explain why they are refused', () => {
    const { live } = play([]);
    expect(decide(live, { type: 'next' })).toEqual({ ok: false, reason: 'start the session first' });
    expect(decide(live, { type: 'resume' })).toEqual({ ok: false, reason: 'the session is not paused' });
    const ended = play([[{ type: 'start' }, 0], [{ type: 'end' }, 1000]]).live;
    expect(decide(ended, { type: 'start' })).toEqual({ ok: false, reason: 'the session has ended' });
    const last = play([[{ type: 'start' }, 0], [{ type: 'next' }, 1000], [{ type: 'next' }, 1000]]).live;
    expect(decide(last, { type: 'next' })).toMatchObject({ ok: false, reason: expect.stringMatching(/last phase/) });
  });

  it('stamp each event with the next seq, the wall time, the session clock and the phase', () => {
    const { events } = play([[{ type: 'start' }, 5000], [{ type: 'pause' }, 90_000], [{ type: 'next' }, 600_000]]);
    expect(events.map((e) => [e.seq, e.type, e.t, e.phase])).toEqual([
      [1, 'session.created', 0, 'clarify'],
      [2, 'session.started', 0, 'clarify'],
      [3, 'session.paused', 90_000, 'clarify'],
      [4, 'phase.entered', 90_000, 'clarify'],
    ]);
    expect(events[2]!.at - events[1]!.at).toBe(90_000);
  });
});
