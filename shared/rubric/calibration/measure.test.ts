import { describe, expect, it } from 'vitest';
import type { Band } from '../report';
import { mae, measure, ranks, spearman, type CalibrationRow } from './measure';

describe('ranks', () => {
  it('ranks from 1, lowest first, and gives ties the average of the ranks they span', () => {
    expect(ranks([10, 30, 20])).toEqual([1, 3, 2]);
    // 1 is rank 1; the two 2s span ranks 2 and 3 -> 2.5; the three 5s span 4, 5, 6 -> 5.
    expect(ranks([5, 2, 1, 5, 2, 5])).toEqual([5, 2.5, 1, 5, 2.5, 5]);
  });
});

describe('spearman', () => {
  it('is 1 for the same order, -1 for the reverse, whatever the spacing', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 100])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('matches a hand-worked value without ties: one swap in five gives 1 - 6*2/(5*24) = 0.9', () => {
    expect(spearman([1, 2, 3, 4, 5], [1, 3, 2, 4, 5])).toBeCloseTo(0.9, 12);
  });

  it('matches a hand-worked value with ties (Pearson of the average ranks)', () => {
    // x ranks: [1, 2.5, 2.5, 4]; y ranks: [1, 2, 3, 4]. Means 2.5; deviations x [-1.5, 0, 0, 1.5], y [-1.5, -0.5, 0.5, 1.5].
    // sxy = 2.25 + 0 + 0 + 2.25 = 4.5; sxx = 4.5; syy = 5 -> rho = 4.5 / sqrt(22.5) = 0.948683...
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });

  it('is NaN when one side has no spread, and refuses unequal lengths', () => {
    expect(spearman([1, 2, 3], [2, 2, 2])).toBeNaN();
    expect(() => spearman([1, 2], [1])).toThrow(/2 values against 1/);
  });
});

describe('mae', () => {
  it('is the mean absolute difference', () => {
    expect(mae([[1, 2], [3, 1], [2, 2]])).toBeCloseTo(1, 12);
    expect(mae([])).toBeNaN();
  });
});

const row = (session: string, level: string, judged: [number, Band, number], scored: [number, Band, number], covers: string[] = []): CalibrationRow => ({
  session,
  level,
  covers,
  judged: { overall: judged[0], band: judged[1], criteria: { scope: judged[2], time: 4 } },
  scored: { overall: scored[0], band: scored[1], criteria: { scope: scored[2], time: 3 } },
});

describe('measure', () => {
  const rows = [
    row('a', 'senior', [3.8, 'strong hire', 4], [3.5, 'strong hire', 3]),
    row('b', 'senior', [0.1, 'strong no hire', 0], [2.1, 'lean no hire', 3], ['off-topic']),
    row('c', 'mid', [3.4, 'strong hire', 3], [3.0, 'hire', 3]),
    row('c', 'staff', [2.3, 'lean no hire', 2], [2.6, 'lean no hire', 2]),
  ];
  const figures = measure(rows);

  it('counts per-criterion and overall error by hand', () => {
    expect(figures.count).toBe(4);
    // scope: |4-3| + |0-3| + |3-3| + |2-2| = 4, over 4 rows.
    expect(figures.criterionMae.scope).toBeCloseTo(1, 12);
    expect(figures.criterionMae.time).toBeCloseTo(1, 12);
    // overall: 0.3 + 2.0 + 0.4 + 0.3 = 3.0, over 4.
    expect(figures.overallMae).toBeCloseTo(0.75, 12);
  });

  it('ranks the overall scores: judged [4, 1, 3, 2] against scored [4, 1, 3, 2] is 1', () => {
    expect(figures.spearman).toBeCloseTo(1, 12);
  });

  it('counts bands that agree, the off-topic ceiling and the gap between levels', () => {
    expect(figures.bandAgreement).toBe(2);
    expect(figures.offTopicMax).toBe(2.1);
    expect(figures.levelGaps).toHaveLength(1);
    expect(figures.levelGaps[0]).toMatchObject({ session: 'c', lower: 'mid', higher: 'staff' });
    expect(figures.levelGaps[0]!.gap).toBeCloseTo(0.4, 12);
  });
});
