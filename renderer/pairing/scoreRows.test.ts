import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/rubric/report';
import { CRITERIA } from '../../shared/rubric/table';
import { scoreRows, unscored } from './scoreRows';

const automatic = (scores: Partial<Record<string, number>>): Report['criteria'] =>
  CRITERIA.filter((c) => scores[c.id] !== undefined).map((c) => ({
    id: c.id,
    name: c.name,
    weight: c.weight,
    score: scores[c.id]!,
    descriptor: c.descriptors[scores[c.id]!]!,
    evidence: [],
    tip: '',
  }));

describe('scoreRows', () => {
  it('gives every criterion a row in rubric order, with a dash (null) where nobody scored it', () => {
    const rows = scoreRows(automatic({ scope: 2 }), { self: { scope: 3 }, interviewer: { scores: {}, notes: [] } });
    expect(rows.map((r) => r.id)).toEqual(CRITERIA.map((c) => c.id));
    expect(rows[0]).toMatchObject({ name: 'Scope', self: 3, interviewer: null, automatic: 2, differ: false });
    expect(rows[1]).toMatchObject({ self: null, interviewer: null, automatic: null, differ: false });
  });

  it('marks a row where any two of the three are two levels or more apart, and only then', () => {
    const rows = scoreRows(automatic({ scope: 1, estimation: 2, api: 4 }), {
      self: { scope: 3, estimation: 3, api: 4 },
      interviewer: { scores: { scope: 2, estimation: 1, api: 2 }, notes: [] },
    });
    const differ = Object.fromEntries(rows.map((r) => [r.id, r.differ]));
    expect(differ.scope).toBe(true); // self 3, automatic 1
    expect(differ.estimation).toBe(true); // self 3, interviewer 1
    expect(differ.api).toBe(true); // interviewer 2, the others 4
    expect(rows.filter((r) => r.differ)).toHaveLength(3);
  });

  it('does not mark a difference of one level, nor a lone score', () => {
    const rows = scoreRows(automatic({ scope: 2 }), { self: null, interviewer: { scores: { scope: 3, estimation: 0 }, notes: [] } });
    expect(rows.find((r) => r.id === 'scope')!.differ).toBe(false);
    expect(rows.find((r) => r.id === 'estimation')!.differ).toBe(false);
  });
});

describe('unscored', () => {
  it('names the criteria still missing a score', () => {
    const all = Object.fromEntries(CRITERIA.map((c) => [c.id, 2]));
    expect(unscored(all)).toEqual([]);
    const { scope: _scope, time: _time, ...rest } = all;
    expect(unscored(rest)).toEqual(['Scope', CRITERIA.find((c) => c.id === 'time')!.name]);
  });
});
