import { describe, expect, it } from 'vitest';
import { bandFor } from '../../shared/rubric/table';
import { bandAreas, filterEntries, overallSeries, overallSummary, phaseUse, promptsOf, shadedLevel } from './chartData';
import { entry } from './sampleEntry';

const MIN = 60_000;

describe('the band shading', () => {
  it('covers 0 to 4 without gaps, each stretch being where bandFor gives that band', () => {
    for (const level of ['mid', 'senior', 'staff'] as const) {
      const areas = bandAreas(level);
      expect(areas).toHaveLength(6);
      expect(areas[0]!.from).toBe(0);
      expect(areas.at(-1)!.to).toBe(4);
      for (const [i, area] of areas.entries()) {
        if (i > 0) expect(area.from).toBe(areas[i - 1]!.to);
        expect(bandFor((area.from + area.to) / 2, level)).toBe(area.band);
      }
    }
  });

  it('is that of the level practised most, the later one on a tie', () => {
    expect(shadedLevel([entry({ id: 'a', level: 'mid' }), entry({ id: 'b', level: 'staff' }), entry({ id: 'c', level: 'mid' })])).toBe('mid');
    expect(shadedLevel([entry({ id: 'a', level: 'mid' }), entry({ id: 'b', level: 'staff' })])).toBe('staff');
  });
});

describe('filters', () => {
  const entries = [
    entry({ id: 'a' }),
    entry({ id: 'b', level: 'staff' }),
    entry({ id: 'c', prompt: { id: 'chat', title: 'Design a Chat' } }),
    entry({ id: 'd', level: 'staff' }),
  ];
  it('keep the sessions of the chosen prompt and level, in their order', () => {
    expect(filterEntries(entries, { level: 'staff' }).map((e) => e.id)).toEqual(['b', 'd']);
    expect(filterEntries(entries, { promptId: 'url-shortener', level: 'senior' }).map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(entries, {}).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('offer each prompt once, the most practised first', () => {
    expect(promptsOf(entries)).toEqual([
      { id: 'url-shortener', title: 'Design a URL Shortener', count: 3 },
      { id: 'chat', title: 'Design a Chat', count: 1 },
    ]);
  });
});

describe('time per phase against plan', () => {
  it('adds up phases of the same kind across plans that name them differently, and keeps a phase of no kind under its title', () => {
    const other = entry({
      id: 'b',
      phases: [
        { id: 'scope', title: 'Scope it', kind: 'clarify', plannedMs: 5 * MIN, usedMs: 4 * MIN },
        { id: 'recap', title: 'Recap', plannedMs: 2 * MIN, usedMs: 1 * MIN },
      ],
    });
    expect(phaseUse([entry({ id: 'a' }), other])).toEqual([
      { key: 'clarify', label: 'Clarify', plannedMs: 10 * MIN, usedMs: 10 * MIN, sessions: 2, percent: 100 },
      { key: 'estimate', label: 'Estimate', plannedMs: 5 * MIN, usedMs: 2 * MIN, sessions: 1, percent: 40 },
      { key: 'phase:Recap', label: 'Recap', plannedMs: 2 * MIN, usedMs: 1 * MIN, sessions: 1, percent: 50 },
    ]);
  });
});

describe('the overall summary', () => {
  it('says how many sessions, where the score went and the best one', () => {
    const points = overallSeries([entry({ id: 'a', overall: 1.5, endedAt: 1 }), entry({ id: 'b', overall: 3.1, endedAt: 2 }), entry({ id: 'c', overall: 2.25, endedAt: 3 })], (at) => `day ${at}`);
    expect(points.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(overallSummary(points)).toBe('3 sessions. Overall score from 1.50 to 2.25 of 4 (up 0.75); best 3.10 on day 2.');
  });
});
