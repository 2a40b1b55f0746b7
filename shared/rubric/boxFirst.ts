import type { SessionRecord } from './record';

/**
 * The boxes drawn before any requirement or estimate, when they are half the diagram or more:
 * the design did not follow from the problem, and the diagram's work took the scoping time.
 * `labelled` are the diagram's boxes that count; undefined when the diagram was not drawn first.
 */
export function drawnFirst<T extends { id: string }>(r: SessionRecord, labelled: readonly T[]): { boxes: T[]; t: number } | undefined {
  const tOf = (id: string) => r.elementT.get(id) ?? 0;
  const firstEstimateT = Math.min(...[...r.padT.values()], Infinity);
  const before = Math.min(r.firstRequirementT ?? Infinity, firstEstimateT);
  const boxes = labelled.filter((c) => tOf(c.id) < before);
  if (labelled.length < 2 || boxes.length * 2 < labelled.length) return undefined;
  return { boxes, t: Math.min(...boxes.map((c) => tOf(c.id))) };
}
