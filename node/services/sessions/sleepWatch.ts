import { performance } from 'node:perf_hooks';
import { checkForSleep, type ClockReading } from '../../../shared/session/sleep';

export type SleepWatch = { stop(): void; check(): void };

/**
 * Reads both clocks every second; on a jump between them calls `onSleep` with the last
 * wall time the machine was seen awake. `check()` lets a caller look right before it
 * stamps an event, so a click just after waking is not credited with the sleep.
 */
export function watchForSleep(
  onSleep: (lastAwakeWall: number, detectedAt: number) => void,
  onTick: () => void = () => {},
  clocks: { wall: () => number; mono: () => number } = { wall: Date.now, mono: () => performance.now() },
): SleepWatch {
  let last: ClockReading = { wall: clocks.wall(), mono: clocks.mono() };
  const check = () => {
    const now = { wall: clocks.wall(), mono: clocks.mono() };
    const result = checkForSleep(last, now);
    last = now;
    if (result.slept) onSleep(result.lastAwakeWall, now.wall);
  };
  const timer = setInterval(() => {
    check();
    onTick();
  }, 1000);
  timer.unref();
  return { stop: () => clearInterval(timer), check };
}
