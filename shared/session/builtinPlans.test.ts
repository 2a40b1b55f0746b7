import { describe, expect, it } from 'vitest';
import { builtinPlans, DEFAULT_PLAN_ID } from './builtinPlans';
import { Plan, totalMinutes } from './plan';

/** The default plan as PRODUCT.md states it. */
const PRODUCT_DEFAULT = [
  { id: 'clarify', title: 'Clarify scope', kind: 'clarify', minutes: 5 },
  { id: 'estimate', title: 'Estimate', kind: 'estimate', minutes: 5 },
  { id: 'api', title: 'API', kind: 'api', minutes: 4 },
  { id: 'data', title: 'Data model', kind: 'data', minutes: 4 },
  { id: 'high-level', title: 'High-level diagram', kind: 'high-level', minutes: 9 },
  { id: 'deep-dive', title: 'Deep dive', kind: 'deep-dive', minutes: 9 },
  { id: 'bottlenecks', title: 'Bottlenecks', kind: 'bottlenecks', minutes: 5 },
  { id: 'tradeoffs', title: 'Trade-offs and wrap-up', kind: 'tradeoffs', minutes: 4 },
];

const REQUIRED_KINDS = ['clarify', 'estimate', 'api', 'data', 'high-level', 'deep-dive'] as const;

describe('builtinPlans', () => {
  it('lists the four methods in order, all marked built-in', () => {
    expect(builtinPlans.map((p) => p.id)).toEqual(['eight-steps', 'six-steps', 'seven-steps', 'fifteen-point-checklist']);
    for (const plan of builtinPlans) expect(plan.builtin).toBe(true);
  });

  it('parses every plan with the Plan schema', () => {
    for (const plan of builtinPlans) expect(() => Plan.parse(plan)).not.toThrow();
  });

  it('makes every plan last exactly 45 minutes', () => {
    for (const plan of builtinPlans) expect(totalMinutes(plan), plan.id).toBe(45);
  });

  it('keeps plan ids unique', () => {
    const ids = builtinPlans.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the default plan exactly as PRODUCT.md describes it', () => {
    expect(DEFAULT_PLAN_ID).toBe('eight-steps');
    const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID);
    expect(plan).toBeDefined();
    expect(plan?.phases.map(({ id, title, kind, minutes }) => ({ id, title, kind, minutes }))).toEqual(PRODUCT_DEFAULT);
  });

  it('gives every plan a name and a description', () => {
    for (const plan of builtinPlans) {
      expect(plan.name.trim(), plan.id).not.toBe('');
      expect(plan.description.trim(), plan.id).not.toBe('');
    }
  });

  it('gives every phase 3 to 6 short guidance questions and something it produces', () => {
    for (const plan of builtinPlans) {
      for (const phase of plan.phases) {
        const where = `${plan.id}/${phase.id}`;
        expect(phase.guidance.length, where).toBeGreaterThanOrEqual(3);
        expect(phase.guidance.length, where).toBeLessThanOrEqual(6);
        for (const question of phase.guidance) expect(question.length, `${where}: ${question}`).toBeLessThanOrEqual(110);
        expect(phase.produces.trim(), where).not.toBe('');
      }
    }
  });

  it('covers the core kinds of the method in every plan', () => {
    for (const plan of builtinPlans) {
      const kinds = new Set(plan.phases.map((p) => p.kind));
      for (const kind of REQUIRED_KINDS) expect(kinds.has(kind), `${plan.id} lacks ${kind}`).toBe(true);
    }
  });

  it('spends the most time on the high-level and deep-dive phases', () => {
    for (const plan of builtinPlans) {
      const minutesOf = (kinds: readonly string[]) =>
        plan.phases.filter((p) => p.kind !== undefined && kinds.includes(p.kind)).map((p) => p.minutes);
      const design = Math.max(...minutesOf(['high-level', 'deep-dive']));
      const others = minutesOf(['clarify', 'estimate', 'api', 'data', 'bottlenecks', 'tradeoffs']);
      for (const m of others) expect(design, plan.id).toBeGreaterThanOrEqual(m);
    }
  });

  it('folds the fifteen-point checklist into 7 to 9 phases that name every item', () => {
    const plan = builtinPlans.find((p) => p.id === 'fifteen-point-checklist');
    expect(plan).toBeDefined();
    const phases = plan?.phases ?? [];
    expect(phases.length).toBeGreaterThanOrEqual(7);
    expect(phases.length).toBeLessThanOrEqual(9);
    const named = new Set<number>();
    for (const phase of phases) {
      const match = /^Covers items? ([\d, and]+?)(?: and the weak points of \d+)?\./.exec(phase.guidance[0] ?? '');
      expect(match, phase.id).not.toBeNull();
      for (const n of (match?.[1] ?? '').match(/\d+/g) ?? []) named.add(Number(n));
    }
    expect([...named].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});
