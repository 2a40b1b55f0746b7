/**
 * Playback maths, kept apart from the screen so it can be checked on its own. Time is the
 * session clock in ms; playing moves it by the real time elapsed between animation frames
 * times the speed, so a slow or skipped frame never makes the replay drift.
 */

export const SPEEDS = [1, 1.5, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/** What an arrow key moves, and with Shift. */
export const STEP_MS = 5_000;
export const BIG_STEP_MS = 30_000;

/**
 * The longest gap between two frames that counts in full: a hidden tab gets no frames, and
 * coming back to it must not leap minutes ahead.
 */
export const MAX_FRAME_GAP_MS = 1_000;

/** Fractions of a ms are kept: rounding every frame would lose time at 1x. */
export function clampTime(t: number, durationMs: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(Math.max(0, t), Math.max(0, durationMs));
}

/** Where playback stands after `elapsedMs` of real time at `speed`, never past the end. */
export function advance(t: number, elapsedMs: number, speed: number, durationMs: number): number {
  return clampTime(t + Math.min(MAX_FRAME_GAP_MS, Math.max(0, elapsedMs)) * speed, durationMs);
}

export type KeyAction = { type: 'toggle' } | { type: 'step'; ms: number } | { type: 'start' } | { type: 'end' };

/**
 * The replay's keys: Space plays or pauses, Left and Right step (Shift for a bigger step),
 * Home and End go to either end. On the scrubber itself Up, Down, Page Up and Page Down also
 * step, as on any slider; elsewhere they are left to scroll the page.
 */
export function keyAction(key: string, shift: boolean, onScrubber = false): KeyAction | undefined {
  const step = shift ? BIG_STEP_MS : STEP_MS;
  switch (key) {
    case ' ':
    case 'Spacebar':
      return { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'step', ms: -step };
    case 'ArrowRight':
      return { type: 'step', ms: step };
    case 'Home':
      return { type: 'start' };
    case 'End':
      return { type: 'end' };
  }
  if (!onScrubber) return undefined;
  switch (key) {
    case 'ArrowDown':
      return { type: 'step', ms: -step };
    case 'ArrowUp':
      return { type: 'step', ms: step };
    case 'PageDown':
      return { type: 'step', ms: -BIG_STEP_MS };
    case 'PageUp':
      return { type: 'step', ms: BIG_STEP_MS };
    default:
      return undefined;
  }
}

/** The time a seeking action leads to (a toggle leaves it where it is). */
export function timeAfter(action: KeyAction, t: number, durationMs: number): number {
  switch (action.type) {
    case 'toggle':
      return t;
    case 'step':
      return clampTime(t + action.ms, durationMs);
    case 'start':
      return 0;
    case 'end':
      return clampTime(durationMs, durationMs);
  }
}

/** Play from the start again when asked to play at the very end, as players do. */
export function playFrom(t: number, durationMs: number): number {
  return t >= durationMs ? 0 : t;
}

/** The time a pointer at `x` on a track from `left` spanning `width` points at. */
export function timeAtPointer(x: number, left: number, width: number, durationMs: number): number {
  if (width <= 0) return 0;
  return clampTime(((x - left) / width) * durationMs, durationMs);
}
