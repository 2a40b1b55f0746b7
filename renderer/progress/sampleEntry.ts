import type { ProgressEntry } from '../../shared/bridge/contract';

const MIN = 60_000;

/** A progress entry for tests: a senior URL-shortener attempt with two criteria and two phases. */
export function entry(over: Partial<ProgressEntry> & { id: string }): ProgressEntry {
  return {
    prompt: { id: 'url-shortener', title: 'Design a URL Shortener' },
    createdAt: 0,
    endedAt: 0,
    level: 'senior',
    band: 'lean hire',
    overall: 2.5,
    criteria: [
      { id: 'scope', name: 'Scope', score: 2 },
      { id: 'estimation', name: 'Estimation', score: 1 },
    ],
    phases: [
      { id: 'clarify', title: 'Clarify scope', kind: 'clarify', plannedMs: 5 * MIN, usedMs: 6 * MIN },
      { id: 'estimate', title: 'Estimate', kind: 'estimate', plannedMs: 5 * MIN, usedMs: 2 * MIN },
    ],
    rubricVersion: '1.0.0',
    stale: false,
    ...over,
  };
}
