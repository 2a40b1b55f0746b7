import { describe, expect, it } from 'vitest';
import { audioAt } from './replayAudio';

describe('which recording plays at a moment of the replay', () => {
  const runs = [
    { run: 1, startT: 2_000 },
    { run: 2, startT: 60_000 },
  ];

  it('plays the run that began last before the moment, from the moment less its start', () => {
    expect(audioAt(runs, 2_000, 90_000)).toEqual({ run: 1, offsetS: 0 });
    expect(audioAt(runs, 30_500, 90_000)).toEqual({ run: 1, offsetS: 28.5 });
    expect(audioAt(runs, 61_000, 90_000)).toEqual({ run: 2, offsetS: 1 });
  });

  it('is silent before the first run and at the end', () => {
    expect(audioAt(runs, 1_999, 90_000)).toBeUndefined();
    expect(audioAt(runs, 90_000, 90_000)).toBeUndefined();
    expect(audioAt([], 5_000, 90_000)).toBeUndefined();
  });
});
