import { describe, expect, it } from 'vitest';
import { describePlanProblems } from './plan';

const plan = (phases: { id: string; title: string; minutes: number }[], name = 'Mine') => ({ id: 'mine', name, phases });

describe('plan validation', () => {
  it('accepts a plan of 15 to 120 minutes with phases of 1 to 30', () => {
    expect(describePlanProblems(plan([{ id: 'a', title: 'A', minutes: 15 }]))).toEqual([]);
    expect(describePlanProblems(plan(Array.from({ length: 4 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, minutes: 30 }))))).toEqual([]);
  });

  it('names the phase whose minutes are out of range', () => {
    const problems = describePlanProblems(
      plan([
        { id: 'scope', title: 'Scope', minutes: 0 },
        { id: 'design', title: 'Design', minutes: 31 },
      ]),
    );
    expect(problems).toContain('Phase 1 “Scope”: a phase lasts at least 1 minute');
    expect(problems).toContain('Phase 2 “Design”: a phase lasts at most 30 minutes');
  });

  it('says what the phases add up to when the total is out of range', () => {
    expect(describePlanProblems(plan([{ id: 'a', title: 'A', minutes: 10 }]))).toEqual([
      'The phases add up to 10 minutes; a plan lasts 15 to 120 minutes',
    ]);
    const long = plan(Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, minutes: 30 })));
    expect(describePlanProblems(long)).toEqual(['The phases add up to 150 minutes; a plan lasts 15 to 120 minutes']);
  });

  it('asks for a name, titles and whole minutes', () => {
    const problems = describePlanProblems(plan([{ id: 'a', title: ' ', minutes: 15.5 }], ''));
    expect(problems).toEqual(
      expect.arrayContaining(['Name: give the plan a name', 'Phase 1: give the phase a title', 'Phase 1: use whole minutes']),
    );
  });

  it('refuses two phases with one id', () => {
    const problems = describePlanProblems(
      plan([
        { id: 'a', title: 'A', minutes: 10 },
        { id: 'a', title: 'B', minutes: 10 },
      ]),
    );
    expect(problems).toEqual(['Phase 2 “B”: two phases share the id "a"']);
  });
});
