/**
 * Sleep detection from two clocks. A monotonic clock (performance.now) and the wall clock
 * advance together while the machine runs; when they drift apart by more than the
 * tolerance, the machine slept or its clock was changed. Either way the session should not
 * count that gap, so the caller pauses at the last reading taken before it.
 */
const SLEEP_TOLERANCE_MS = 2000;

export type ClockReading = { wall: number; mono: number };

export type SleepCheck = { slept: false } | { slept: true; lastAwakeWall: number; gapMs: number };

export function checkForSleep(previous: ClockReading, current: ClockReading, toleranceMs = SLEEP_TOLERANCE_MS): SleepCheck {
  const gap = current.wall - previous.wall - (current.mono - previous.mono);
  return Math.abs(gap) > toleranceMs ? { slept: true, lastAwakeWall: previous.wall, gapMs: gap } : { slept: false };
}
