import type { SessionEvent } from '../session/events';
import type { PromptSnapshot } from '../session/exportFile';
import type { TargetLevel } from '../session/level';
import type { Claim } from './claims/claim';
import type { Context } from './criterion';
import { ground } from './grounding/ground';
import { extractClaims } from './claims/extract';
import { readRecord, type SessionRecord } from './record';
import type { CriterionId, CriterionResult, Evidence, NotCounted, Report } from './report';
import { describeParts } from './rule';
import { bandFor, CRITERIA, OVERALL_SCALE, RUBRIC_VERSION } from './table';

export { RUBRIC_VERSION } from './table';

export type ScoreInput = { prompt: PromptSnapshot; events: readonly SessionEvent[]; level: TargetLevel };

const RANK: Record<TargetLevel, number> = { mid: 0, senior: 1, staff: 2 };

/** The criteria whose work is sized from the estimates: a design built on far-off numbers loses a point in each. */
export const SIZED_FROM_ESTIMATES = new Set<CriterionId>(['high-level', 'deep-dive', 'bottlenecks']);

/** Every claim of the session, read once (./claims/extract.ts). */
export function claimsOf(record: SessionRecord, events?: readonly SessionEvent[]): Claim[] {
  return extractClaims(record, events);
}

/**
 * Scores a session from its whole log against the prompt it was run on. Pure and
 * deterministic: the same input and `now` (stored as `scoredAt`) give the same report.
 * Throws only when the log does not begin with session.created.
 */
export function scoreSession(input: ScoreInput, now = 0): Report {
  const record = readRecord(input.prompt, input.events);
  const claims = claimsOf(record, input.events);
  const ctx: Context = { record, claims, g: ground(claims, record), level: input.level };
  const rank = RANK[input.level];
  const criteria: CriterionResult[] = CRITERIA.map((spec) => {
    const found = spec.rule(ctx);
    const far = ctx.g.farOff;
    if (far && SIZED_FROM_ESTIMATES.has(spec.id) && found.points > 1) {
      found.points -= 1;
      found.parts.push({ met: false, has: '', lacks: `built on a ${far.name} ${far.timesOff}x off` });
      found.tips.unshift(`This part of the design is sized from your ${far.name} of ${far.display}, ${far.timesOff}x ${far.direction} the interviewer's ${far.reference.quantity?.display ?? far.reference.value}: redo the estimate and size it again.`);
    }
    const base = Math.max(0, Math.min(4, Math.round(found.points)));
    // What the target level asks beyond a working design; a session that missed the basics is not marked down twice.
    const asked = (found.depth ?? []).filter((d) => RANK[d.level] <= rank);
    const unmet = asked.filter((d) => !d.met);
    const score = base <= 1 ? base : Math.max(1, base - Math.min(unmet.length, rank));
    // The level's expectations are said only where they could cost a point.
    const parts = [...found.parts, ...(base > 1 ? asked.map((d) => ({ met: d.met, has: d.has, lacks: d.lacks })) : [])];
    const tip = score === 4 ? '' : base < 4 ? (found.tips[0] ?? spec.tips[score]!) : (unmet[0]?.tip ?? spec.tips[score]!);
    return {
      id: spec.id,
      name: spec.name,
      weight: spec.weight,
      score,
      // Written from what the record has and lacks, so it agrees with the evidence beside it.
      descriptor: describeParts(parts) || spec.levels[input.level][score]!,
      evidence: withoutRepeats(found.evidence, found.notCounted ?? []),
      tip,
      notCounted: found.notCounted ?? [],
    };
  });
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const overall = Math.round(OVERALL_SCALE * (criteria.reduce((sum, c) => sum + c.score * c.weight, 0) / totalWeight) * 100) / 100;
  return {
    rubricVersion: RUBRIC_VERSION,
    scoredAt: now,
    level: input.level,
    band: bandFor(overall, input.level),
    overall,
    criteria,
    phases: record.phases.map((p) => ({ id: p.id, title: p.title, plannedMs: p.plannedMs, usedMs: p.usedMs })),
    prompt: { id: input.prompt.id, title: input.prompt.title, hasReference: input.prompt.reference !== undefined },
    outline: input.prompt.outline,
  };
}

/**
 * Each line of the report once: a line against that only says what its Not counted entry says
 * (the same moment and place, with that entry's reason) is dropped; a line that costs a point for
 * another reason (a far-off figure flagged) stays.
 */
function withoutRepeats(evidence: readonly Evidence[], notCounted: readonly NotCounted[]): Evidence[] {
  return evidence.filter(
    (e) => e.positive || !notCounted.some((n) => n.ref !== undefined && n.ref === e.ref && n.t === e.t && n.reason.split('; ').some((r) => e.text.includes(r))),
  );
}
