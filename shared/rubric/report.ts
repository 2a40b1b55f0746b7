import { z } from 'zod';
import { TargetLevel } from '../session/level';

export const CriterionId = z.enum([
  'scope',
  'estimation',
  'api',
  'data-model',
  'high-level',
  'deep-dive',
  'bottlenecks',
  'tradeoffs',
  'time',
]);
export type CriterionId = z.infer<typeof CriterionId>;

export const Band = z.enum(['strong no hire', 'no hire', 'lean no hire', 'lean hire', 'hire', 'strong hire']);
export type Band = z.infer<typeof Band>;

/**
 * What earned (or cost) a point: the note, number, diagram element, question or moment,
 * with its time on the session clock so the report (and replay) can point at it.
 */
export const Evidence = z.object({
  kind: z.enum(['note', 'estimate', 'conclusion', 'diagram', 'question', 'moment', 'missing']),
  /** What the person wrote or did, quoted, or what is missing. */
  text: z.string(),
  /** Session-clock ms; null for something missing or for the record as a whole. */
  t: z.number().int().nonnegative().nullable(),
  /** True when it counts for the criterion, false when it counts against it. */
  positive: z.boolean(),
  /** The note item id, pad line id or element id it came from, when there is one. */
  ref: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** A claim that earned nothing, and the reason in plain words. */
export const NotCounted = z.object({
  text: z.string(),
  reason: z.string(),
  t: z.number().int().nonnegative().nullable(),
  ref: z.string().optional(),
});
export type NotCounted = z.infer<typeof NotCounted>;

export const CriterionResult = z.object({
  id: CriterionId,
  name: z.string(),
  weight: z.number().positive(),
  score: z.number().int().min(0).max(4),
  /** The written descriptor of the level reached. */
  descriptor: z.string(),
  evidence: z.array(Evidence),
  /**
   * One concrete thing to do to reach the next level, tied to this session (the report shows it
   * as "What moves you up one level"); empty at 4.
   */
  tip: z.string(),
  /**
   * What the candidate wrote that earned nothing for this criterion, with why (off topic, no
   * target, no reason, far-off figure…), so they learn why. Absent in reports before rubric 2.
   */
  notCounted: z.array(NotCounted).optional(),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

export const PhaseTime = z.object({ id: z.string(), title: z.string(), plannedMs: z.number().nonnegative(), usedMs: z.number().nonnegative() });

/** A scored session: saved with it as report.json, and printed by `designdrill score`. */
export const Report = z.object({
  /** The rubric that scored it; a report from an older rubric can be scored again. */
  rubricVersion: z.string(),
  scoredAt: z.number().int(),
  level: TargetLevel,
  band: Band,
  /** The weighted mean of the criteria times OVERALL_SCALE (./table.ts), 0 to 3.8. */
  overall: z.number().min(0).max(4),
  criteria: z.array(CriterionResult),
  phases: z.array(PhaseTime),
  /**
   * `hasReference` false: the prompt had no reference answer (an imported prompt may not), so it
   * was judged by general knowledge only; the report says so. Absent in reports made before it.
   */
  prompt: z.object({ id: z.string(), title: z.string(), hasReference: z.boolean().optional() }),
  /** The prompt's reference outline, revealed with the report. */
  outline: z.string(),
});
export type Report = z.infer<typeof Report>;

/** What the report says of a prompt without a reference answer. */
export const GENERAL_ONLY = 'This prompt has no reference answer, so it was scored with general system-design knowledge only.';
