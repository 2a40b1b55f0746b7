import { describe, expect, it } from 'vitest';
import { evaluatePad } from '../shared/estimate/evaluate';
import { BENCH_PAD, benchEstimate } from './estimateBench';

describe('the estimation pad benchmark', () => {
  it('evaluates a realistic pad, one error included, and reports lines per second', () => {
    const kinds = evaluatePad(BENCH_PAD).map((r) => r.kind);
    expect(kinds.filter((k) => k === 'error')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'value').length).toBeGreaterThan(20);
    const r = benchEstimate(50);
    expect(r.estimateLinesPerSecond).toBeGreaterThan(100);
    expect(r.estimateWorstLineMs).toBeLessThan(50);
    expect(r.estimateEngineStartMs).toBeGreaterThanOrEqual(0);
  });
});
