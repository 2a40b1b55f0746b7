import type { AudioRun } from '../../shared/session/audio';

/** Above this the browser plays speech too fast to follow (Chromium mutes past 4x): the replay goes silent. */
export const MAX_AUDIBLE_SPEED = 4;
/** How far the sound may drift from the replay's clock before it is moved back into step. */
export const DRIFT_S = 0.3;

/**
 * The run that holds the sound of session moment `t` (ms) and where in its file that is (s),
 * or undefined in a stretch nobody recorded. A run lasts until the next one begins (a crash
 * or a reload started it) or the session's end; the session clock stood still in its pauses
 * and so did the recorder, so file time is session time less the run's start.
 */
export function audioAt(runs: readonly Pick<AudioRun, 'run' | 'startT'>[], t: number, durationMs: number): { run: number; offsetS: number } | undefined {
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    const end = runs[i + 1]?.startT ?? durationMs;
    if (t >= run.startT && t < end) return { run: run.run, offsetS: (t - run.startT) / 1000 };
  }
  return undefined;
}
