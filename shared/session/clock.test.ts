import { describe, expect, it } from 'vitest';
import { formatClock, timings, wallTimeAt } from './clock';
import { stamp } from './commands';
import type { EventDraft } from './events';
import { reduce } from './reduce';
import { checkForSleep } from './sleep';
import type { SessionState } from './state';
import { samplePlan, samplePrompt } from './testing/samplePlan';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 22, 9, 0, 0);

/** A session driven by hand: `at(ms)` moves the wall clock, `does(draft)` logs an event then. */
function session() {
  let now = T0;
  let state: SessionState = reduce(undefined, stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'solo' } }, now));
  const api = {
    at(ms: number) {
      now = T0 + ms;
      return api;
    },
    does(draft: EventDraft, when = now) {
      state = reduce(state, stamp(state, draft, when));
      return api;
    },
    time: () => timings(state, now),
    state: () => state,
  };
  return api;
}

describe('timer maths', () => {
  it('counts down the phase and the session from timestamps', () => {
    const s = session().does({ type: 'session.started', payload: {} }).at(3 * MIN + 20_000);
    expect(s.time().phase.remainingMs).toBe(MIN + 40_000);
    expect(s.time().remainingMs).toBe(20 * MIN - (3 * MIN + 20_000));
    expect(s.time().elapsedMs).toBe(3 * MIN + 20_000);
  });

  it('shows the right time after a hidden tab was not drawn for 10 minutes: no ticks needed', () => {
    const s = session().does({ type: 'session.started', payload: {} });
    // Nothing happens for ten minutes; the first reading afterwards is already right.
    s.at(10 * MIN);
    expect(s.time().phase.remainingMs).toBe(-5 * MIN);
    expect(s.time().phases[0]!.usedMs).toBe(10 * MIN);
    expect(s.time().remainingMs).toBe(10 * MIN);
  });

  it('goes negative in overtime and keeps counting', () => {
    const s = session().does({ type: 'session.started', payload: {} }).at(5 * MIN + 65_000);
    expect(s.time().phase.remainingMs).toBe(-65_000);
    expect(formatClock(s.time().phase.remainingMs)).toBe('−1:05');
  });

  it('stops at a suspend and does not count the sleep', () => {
    const s = session().does({ type: 'session.started', payload: {} });
    // Asleep from minute 2 to minute 52; noticed on waking, paused as of the suspend.
    s.at(52 * MIN).does({ type: 'session.paused', payload: { reason: 'suspend', detectedAt: T0 + 52 * MIN } }, T0 + 2 * MIN);
    expect(s.time().elapsedMs).toBe(2 * MIN);
    s.at(53 * MIN).does({ type: 'session.resumed', payload: {} }).at(54 * MIN);
    expect(s.time().elapsedMs).toBe(3 * MIN);
    expect(s.time().phase.remainingMs).toBe(2 * MIN);
    expect(s.state().pauses).toEqual([{ t: 2 * MIN, at: T0 + 2 * MIN, reason: 'suspend' }]);
  });

  it('has zero drift across a wall-clock jump of an hour', () => {
    // The monotonic clock moved one second while the wall clock moved an hour and a second.
    const check = checkForSleep({ wall: T0 + 4 * MIN, mono: 1000 }, { wall: T0 + 64 * MIN + 1000, mono: 2000 });
    expect(check).toEqual({ slept: true, lastAwakeWall: T0 + 4 * MIN, gapMs: 60 * MIN });
    const s = session().does({ type: 'session.started', payload: {} });
    s.at(64 * MIN).does({ type: 'session.paused', payload: { reason: 'suspend', detectedAt: T0 + 64 * MIN } }, check.slept ? check.lastAwakeWall : 0);
    s.does({ type: 'session.resumed', payload: {} }).at(65 * MIN);
    expect(s.time().elapsedMs).toBe(5 * MIN);
    expect(checkForSleep({ wall: T0, mono: 0 }, { wall: T0 + 1500, mono: 1000 })).toEqual({ slept: false });
    expect(checkForSleep({ wall: T0, mono: 0 }, { wall: T0 - 3 * MIN, mono: 1000 })).toMatchObject({ slept: true });
  });

  it('adds an extension to the phase budget and moves on with skip', () => {
    const s = session().does({ type: 'session.started', payload: {} }).at(4 * MIN);
    s.does({ type: 'phase.extended', payload: { minutes: 2 } });
    expect(s.time().phase.budgetMs).toBe(7 * MIN);
    expect(s.time().phase.remainingMs).toBe(3 * MIN);
    expect(s.time().plannedMs).toBe(22 * MIN);
    s.at(6 * MIN).does({ type: 'phase.entered', payload: { index: 1, via: 'next' } }).at(9 * MIN);
    expect(s.time().phases.map((p) => [p.id, p.usedMs, p.budgetMs])).toEqual([
      ['clarify', 6 * MIN, 7 * MIN],
      ['design', 3 * MIN, 10 * MIN],
      ['wrap-up', 0, 5 * MIN],
    ]);
    expect(s.time().phase.id).toBe('design');
  });

  it('freezes while paused', () => {
    const s = session().does({ type: 'session.started', payload: {} }).at(MIN).does({ type: 'session.paused', payload: { reason: 'user' } });
    const frozen = s.time();
    expect(s.at(30 * MIN).time()).toEqual(frozen);
  });

  it('maps a session-clock moment back to the wall time it happened', () => {
    const s = session().does({ type: 'session.started', payload: {} }).at(2 * MIN).does({ type: 'session.paused', payload: { reason: 'user' } });
    s.at(10 * MIN).does({ type: 'session.resumed', payload: {} });
    expect(wallTimeAt(s.state(), 3 * MIN)).toBe(T0 + 11 * MIN);
  });
});

describe('formatClock', () => {
  it('rounds up while counting down and marks overtime', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-500)).toBe('0:00');
    expect(formatClock(-61_000)).toBe('−1:01');
  });
});
