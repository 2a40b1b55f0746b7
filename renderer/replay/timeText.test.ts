import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../shell/route';
import { percentOf, positionText } from './timeText';

describe('positionText', () => {
  it('says where the scrubber is, of how long, and in which phase', () => {
    expect(positionText(750_000, 2_700_000, 'Deep dive')).toBe('12:30 of 45:00, Deep dive');
    expect(positionText(999, 65_000, 'Clarify scope')).toBe('0:00 of 1:05, Clarify scope');
  });
});

describe('percentOf', () => {
  it('places a moment along the timeline, within it', () => {
    expect(percentOf(15_000, 60_000)).toBe(25);
    expect(percentOf(90_000, 60_000)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
  });
});

describe('the replay address', () => {
  const id = 's-20261123-101500-ab12';

  it('keeps the moment, so a link or a reload opens at it', () => {
    expect(routeHash({ name: 'replay', id, t: 754_321 })).toBe(`#/session/${id}/replay/754321`);
    expect(parseRoute(`#/session/${id}/replay/754321`)).toEqual({ name: 'replay', id, t: 754_321 });
    expect(parseRoute(routeHash({ name: 'replay', id }))).toEqual({ name: 'replay', id });
  });

  it('opens at the start when the moment is not a number', () => {
    expect(parseRoute(`#/session/${id}/replay/soon`)).toEqual({ name: 'replay', id });
    expect(parseRoute(`#/session/${id}/replay/-5`)).toEqual({ name: 'replay', id });
  });
});
