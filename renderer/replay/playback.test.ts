import { describe, expect, it } from 'vitest';
import { advance, BIG_STEP_MS, clampTime, keyAction, MAX_FRAME_GAP_MS, playFrom, STEP_MS, timeAfter, timeAtPointer } from './playback';

const MINUTE = 60_000;

describe('advance', () => {
  it('moves by the real time elapsed times the speed', () => {
    expect(advance(10_000, 16, 1, 45 * MINUTE)).toBe(10_016);
    expect(advance(10_000, 16, 8, 45 * MINUTE)).toBe(10_128);
    expect(advance(10_000, 250, 16, 45 * MINUTE)).toBe(14_000);
  });

  it('keeps fractions of a ms, so 60 frames a second at 1x add up to a second', () => {
    let t = 0;
    for (let i = 0; i < 60; i++) t = advance(t, 1000 / 60, 1, MINUTE);
    expect(t).toBeCloseTo(1000, 6);
  });

  it('stops at the end and never goes back', () => {
    expect(advance(45 * MINUTE - 5_000, 500, 16, 45 * MINUTE)).toBe(45 * MINUTE);
    expect(advance(5_000, -40, 4, MINUTE)).toBe(5_000);
  });

  it('counts a long gap between frames (a hidden tab) as one second at most', () => {
    expect(advance(0, 5 * MINUTE, 2, 45 * MINUTE)).toBe(2 * MAX_FRAME_GAP_MS);
  });
});

describe('clampTime', () => {
  it('keeps a moment within the session', () => {
    expect(clampTime(-5, 1_000)).toBe(0);
    expect(clampTime(1_500, 1_000)).toBe(1_000);
    expect(clampTime(Number.NaN, 1_000)).toBe(0);
  });
});

describe('keys', () => {
  it('Space plays or pauses; the arrows step 5 s, or 30 s with Shift; Home and End go to either end', () => {
    expect(keyAction(' ', false)).toEqual({ type: 'toggle' });
    expect(keyAction('ArrowRight', false)).toEqual({ type: 'step', ms: STEP_MS });
    expect(keyAction('ArrowLeft', false)).toEqual({ type: 'step', ms: -STEP_MS });
    expect(keyAction('ArrowRight', true)).toEqual({ type: 'step', ms: BIG_STEP_MS });
    expect(keyAction('ArrowLeft', true)).toEqual({ type: 'step', ms: -BIG_STEP_MS });
    expect(keyAction('Home', false)).toEqual({ type: 'start' });
    expect(keyAction('End', false)).toEqual({ type: 'end' });
    expect(keyAction('a', false)).toBeUndefined();
  });

  it('leaves Up, Down and the page keys to scrolling unless the scrubber has the focus', () => {
    for (const key of ['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']) expect(keyAction(key, false)).toBeUndefined();
    expect(keyAction('ArrowUp', false, true)).toEqual({ type: 'step', ms: STEP_MS });
    expect(keyAction('ArrowDown', true, true)).toEqual({ type: 'step', ms: -BIG_STEP_MS });
    expect(keyAction('PageUp', false, true)).toEqual({ type: 'step', ms: BIG_STEP_MS });
    expect(keyAction('PageDown', false, true)).toEqual({ type: 'step', ms: -BIG_STEP_MS });
  });

  it('turns each into a moment within the session', () => {
    const duration = 45 * MINUTE;
    expect(timeAfter({ type: 'step', ms: STEP_MS }, 10_000, duration)).toBe(15_000);
    expect(timeAfter({ type: 'step', ms: -BIG_STEP_MS }, 10_000, duration)).toBe(0);
    expect(timeAfter({ type: 'step', ms: BIG_STEP_MS }, duration - 1_000, duration)).toBe(duration);
    expect(timeAfter({ type: 'start' }, 10_000, duration)).toBe(0);
    expect(timeAfter({ type: 'end' }, 10_000, duration)).toBe(duration);
    expect(timeAfter({ type: 'toggle' }, 10_000, duration)).toBe(10_000);
  });
});

describe('playFrom', () => {
  it('starts again from the beginning when play is pressed at the end', () => {
    expect(playFrom(MINUTE, MINUTE)).toBe(0);
    expect(playFrom(30_000, MINUTE)).toBe(30_000);
  });
});

describe('timeAtPointer', () => {
  it('reads the moment under the pointer along the track, clamped to its ends', () => {
    expect(timeAtPointer(150, 100, 200, 40 * MINUTE)).toBe(10 * MINUTE);
    expect(timeAtPointer(50, 100, 200, 40 * MINUTE)).toBe(0);
    expect(timeAtPointer(400, 100, 200, 40 * MINUTE)).toBe(40 * MINUTE);
    expect(timeAtPointer(150, 100, 0, 40 * MINUTE)).toBe(0);
  });
});
