import type { SessionState } from './state';

/**
 * Timer maths. Everything is computed from timestamps and a `now` passed in, never by
 * counting ticks, so a window that was hidden or throttled shows the right time the
 * moment it draws again.
 */

/** Session-clock ms at wall time `now`: the clock stands still while paused. */
export function activeMsAt(state: SessionState, now: number): number {
  return state.activeMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

function phaseBudgetMs(phase: { plannedMs: number; extendedMs: number }): number {
  return phase.plannedMs + phase.extendedMs;
}

export type PhaseTiming = {
  id: string;
  title: string;
  /** Planned minutes plus any extension. */
  budgetMs: number;
  usedMs: number;
  /** Negative once over time. */
  remainingMs: number;
  current: boolean;
};

export type Timings = {
  elapsedMs: number;
  plannedMs: number;
  /** Negative once the session runs over. */
  remainingMs: number;
  phase: PhaseTiming;
  phases: PhaseTiming[];
};

export function timings(state: SessionState, now: number): Timings {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  const phases = state.phases.map((p, i) => {
    const usedMs = p.usedMs + (i === state.phaseIndex ? running : 0);
    const budgetMs = phaseBudgetMs(p);
    return { id: p.id, title: p.title, budgetMs, usedMs, remainingMs: budgetMs - usedMs, current: i === state.phaseIndex };
  });
  const elapsedMs = state.activeMs + running;
  const plannedMs = phases.reduce((sum, p) => sum + p.budgetMs, 0);
  return { elapsedMs, plannedMs, remainingMs: plannedMs - elapsedMs, phase: phases[state.phaseIndex]!, phases };
}

/** The wall time at which the session clock of `state` read `t` (for showing a past moment). */
export function wallTimeAt(state: SessionState, t: number): number {
  if (state.runningSince === null) return state.lastAt;
  return state.runningSince + Math.max(0, t - state.activeMs);
}

/** `-1:05` style: minutes and seconds, negative for overtime, rounded toward the display's next second. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const seconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${negative && seconds > 0 ? '−' : ''}${m}:${String(s).padStart(2, '0')}`;
}
