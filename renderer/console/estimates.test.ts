import { describe, expect, it } from 'vitest';
import type { ReferenceFigure } from '../../shared/schemas/prompt';
import { liveEstimates } from './estimates';

const figures: ReferenceFigure[] = [
  { name: 'New links per day', value: '10M/day', estimate: 'write-qps' },
  { name: 'Record size', value: '500 B', note: 'context only' },
];

describe('liveEstimates', () => {
  it('puts each named estimate beside the figure it is compared with, with how far off it is', () => {
    const { rows, unmatched } = liveEstimates([{ text: 'write_qps = 10M/day' }, { text: 'cache_hosts = 3' }], figures);
    expect(rows.map((r) => r.figure.name)).toEqual(['New links per day', 'Record size']);
    expect(rows[0]!.estimates).toEqual([expect.objectContaining({ name: 'write_qps', verdict: 'fine' })]);
    expect(rows[1]!.estimates).toEqual([]);
    expect(unmatched).toEqual([]);
  });

  it('flags an estimate orders of magnitude off the figure', () => {
    const { rows } = liveEstimates([{ text: 'write_qps = 10M/s' }], figures);
    expect(rows[0]!.estimates[0]?.verdict).toBe('flagged');
  });

  it('lists a named estimate the prompt holds no figure for apart', () => {
    const { rows, unmatched } = liveEstimates([{ text: 'storage = 10 TB' }], figures);
    expect(rows.every((r) => r.estimates.length === 0)).toBe(true);
    expect(unmatched.map((e) => e.name)).toEqual(['storage']);
  });

  it('shows every figure with no estimate while the pad is empty', () => {
    expect(liveEstimates([], figures).rows.map((r) => r.estimates)).toEqual([[], []]);
  });
});
