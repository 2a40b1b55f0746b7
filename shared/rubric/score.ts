import type { SessionEvent } from '../session/events';
import type { PromptSnapshot } from '../session/exportFile';
import type { TargetLevel } from '../session/level';
import { api } from './criteria/api';
import { bottlenecks } from './criteria/bottlenecks';
import { dataModel } from './criteria/dataModel';
import { deepDive } from './criteria/deepDive';
import { estimation } from './criteria/estimation';
import { highLevel } from './criteria/highLevel';
import { scope } from './criteria/scope';
import { time } from './criteria/time';
import { tradeoffs } from './criteria/tradeoffs';
import { readRecord } from './record';
import type { CriterionId, CriterionResult, Report } from './report';
import { describeParts, type Rule } from './rule';
import { bandFor, CRITERIA, RUBRIC_VERSION } from './table';

export { RUBRIC_VERSION } from './table';

export type ScoreInput = { prompt: PromptSnapshot; events: readonly SessionEvent[]; level: TargetLevel };

const RULES: Record<CriterionId, Rule> = {
  scope,
  estimation,
  api,
  'data-model': dataModel,
  'high-level': highLevel,
  'deep-dive': deepDive,
  bottlenecks,
  tradeoffs,
  time,
};

/**
 * Scores a session from its whole log against the prompt it was run on. Pure and
 * deterministic: the same input and `now` (stored as `scoredAt`) give the same report.
 * Throws only when the log does not begin with session.created.
 */
export function scoreSession(input: ScoreInput, now = 0): Report {
  const record = readRecord(input.prompt, input.events);
  const criteria: CriterionResult[] = CRITERIA.map((spec) => {
    const found = RULES[spec.id](record);
    const score = Math.max(0, Math.min(4, Math.round(found.points)));
    return {
      id: spec.id,
      name: spec.name,
      weight: spec.weight,
      score,
      // Written from what the record has and lacks, so it agrees with the evidence beside it.
      descriptor: describeParts(found.parts) || spec.descriptors[score]!,
      evidence: found.evidence,
      tip: score === 4 ? '' : (found.tips[0] ?? spec.tips[score]!),
    };
  });
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const overall = Math.round((criteria.reduce((sum, c) => sum + c.score * c.weight, 0) / totalWeight) * 100) / 100;
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
