/**
 * Replay: a session log made ready for seeking. Build once with `buildReplay`, then ask for
 * the session at any moment with `stateAt` and its clocks with `clocksAt`.
 */
import { type Replay, stateAt } from './timeline';
import { type ReplayClocks, clocksOf } from './clocks';

export { DEFAULT_CHECKPOINT_EVERY, buildReplay, chapters, durationMs, eventsUpTo, marks, stateAfter, stateAt } from './timeline';
export type { Replay } from './timeline';
export type { Chapter } from './chapters';
export { evidenceMarks, interviewerNoteMarks } from './marks';
export type { Mark, MarkKind } from './marks';
export { clocksOf } from './clocks';
export type { ReplayClocks } from './clocks';

/**
 * Both clocks at session-clock `t`: the phase then current, its time used and budget, and
 * the session's. Past the end of the log they read as they did when it stopped.
 */
export function clocksAt(replay: Replay, t: number): ReplayClocks {
  const at = Math.min(Math.max(0, t), replay.durationMs);
  return clocksOf(stateAt(replay, at), at);
}
