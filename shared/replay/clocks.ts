import type { SessionState } from '../session/state';
import { timings, wallTimeAt } from '../session/clock';

/** Both clocks as they read at one moment of a replay. */
export type ReplayClocks = {
  phaseId: string;
  phaseTitle: string;
  phaseUsedMs: number;
  /** Planned minutes plus any extension made by then. */
  phasePlannedMs: number;
  sessionUsedMs: number;
  sessionPlannedMs: number;
};

/**
 * The clocks at session-clock `t` of `state`, the state at that moment. The log's clock
 * maths is kept: `t` is turned back into the wall time it stood for and read as the live
 * timer would have read it then.
 */
export function clocksOf(state: SessionState, t: number): ReplayClocks {
  const read = timings(state, wallTimeAt(state, t));
  return {
    phaseId: read.phase.id,
    phaseTitle: read.phase.title,
    phaseUsedMs: read.phase.usedMs,
    phasePlannedMs: read.phase.budgetMs,
    sessionUsedMs: read.elapsedMs,
    sessionPlannedMs: read.plannedMs,
  };
}
