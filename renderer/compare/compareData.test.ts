import { describe, expect, it } from 'vitest';
import { entry } from '../progress/sampleEntry';
import { compareCriteria, comparePhases, otherAttempts } from './compareData';

const MIN = 60_000;

describe('comparing two attempts', () => {
  it('gives each criterion both scores and the change from A to B', () => {
    const a = entry({ id: 'a' });
    const b = entry({ id: 'b', criteria: [{ id: 'scope', name: 'Scope', score: 4 }, { id: 'estimation', name: 'Estimation', score: 0 }] });
    expect(compareCriteria(a, b)).toEqual([
      { id: 'scope', name: 'Scope', a: 2, b: 4, difference: 2 },
      { id: 'estimation', name: 'Estimation', a: 1, b: 0, difference: -1 },
    ]);
  });

  it('lines phases up by kind across plans, with a row of one side for a phase only one plan has', () => {
    const a = entry({ id: 'a' });
    const b = entry({
      id: 'b',
      phases: [
        { id: 'sizing', title: 'Sizing', kind: 'estimate', plannedMs: 4 * MIN, usedMs: 3 * MIN },
        { id: 'scope', title: 'Scope', kind: 'clarify', plannedMs: 6 * MIN, usedMs: 5 * MIN },
        { id: 'wrap', title: 'Wrap up', plannedMs: 2 * MIN, usedMs: 2 * MIN },
      ],
    });
    expect(comparePhases(a, b)).toEqual([
      { key: 'clarify', label: 'Clarify scope', a: { plannedMs: 5 * MIN, usedMs: 6 * MIN }, b: { plannedMs: 6 * MIN, usedMs: 5 * MIN } },
      { key: 'estimate', label: 'Estimate', a: { plannedMs: 5 * MIN, usedMs: 2 * MIN }, b: { plannedMs: 4 * MIN, usedMs: 3 * MIN } },
      { key: 'id:wrap', label: 'Wrap up', b: { plannedMs: 2 * MIN, usedMs: 2 * MIN } },
    ]);
  });

  it('offers the other attempts at the same prompt only, newest first', () => {
    const a = entry({ id: 'a', endedAt: 1 });
    const others = [a, entry({ id: 'b', endedAt: 2 }), entry({ id: 'c', endedAt: 3 }), entry({ id: 'd', endedAt: 4, prompt: { id: 'chat', title: 'Chat' } })];
    expect(otherAttempts(others, a).map((e) => e.id)).toEqual(['c', 'b']);
  });
});
