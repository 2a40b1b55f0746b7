import { describe, expect, it } from 'vitest';
import { spokenClaims } from './spokenClaims';

describe('figures said aloud', () => {
  it('takes a number with a unit, with its time, and leaves talk without one', () => {
    const claims = spokenClaims([
      { start: 1_000, end: 3_000, text: 'we need p99 under 200 ms for the redirect' },
      { start: 4_000, end: 5_000, text: 'let me draw the boxes first' },
      { start: 6_000, end: 8_000, text: 'about 10k requests/s at peak' },
      { start: 9_000, end: 9_500, text: 'there are three of them' },
    ]);
    expect(claims.map((c) => [c.t, c.figure])).toEqual([
      [1_000, 'p99 under 200 ms'],
      [6_000, '10k requests/s'],
    ]);
  });
});
