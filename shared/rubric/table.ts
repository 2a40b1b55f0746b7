import { DEFAULT_LEVEL, type TargetLevel } from '../session/level';
import { api } from './criteria/api';
import { bottlenecks } from './criteria/bottlenecks';
import { dataModel } from './criteria/dataModel';
import { deepDive } from './criteria/deepDive';
import { estimation } from './criteria/estimation';
import { highLevel } from './criteria/highLevel';
import { scope } from './criteria/scope';
import { time } from './criteria/time';
import { tradeoffs } from './criteria/tradeoffs';
import type { Criterion, Ladder } from './criterion';
import type { Band } from './report';

/**
 * Bump the version when a rule or threshold changes, so saved reports can be scored again.
 * 1.1.0: time counts phases worked through, not clicked past; descriptors say what the record has and lacks.
 * 2.0.0: criteria score claims (what was said, wherever it was written), grounded in the prompt's
 * reference and the knowledge base, with per-level expectations and a "not counted" list.
 * 2.1.0: only fitting remedies climb the bottleneck ladder and a bottleneck must name a load; a data
 * model's reason must be about the data, and its top point needs a key and an access pattern;
 * claims are de-duplicated across artifacts; shorthand free notes read like structured notes.
 * 2.2.0: each drawn box, entity or call stands for one part of the design at most (a call by its words
 * or its resource); a narrative counts
 * once half the design is drawn; the data model's top rung stands on the one below; the estimation
 * top needs each key figure to decide something; free-notes short forms (w/, b/c, svc, idx…) and
 * worked rates are read.
 * 2.3.0: a bare multiplier ("10x") is no load for a bottleneck; a failure mode must name what fails
 * and what happens then; a drawn part counts only when an arrow joins it to the flow, and an arrow
 * straight from a queue into a store caps the diagram at 3; shorthand box labels are spelled out.
 * 2.4.0 (claims): "key -> value in store" lines and "a+b PK" keys are read as entities and keys; a
 * store named before its own command ("redis INCRBY") counts; stated results qualified by "@peak" or
 * "for 24h" are read; a rate named after the prompt's figure takes its tag; requirement clauses apart.
 * 2.4.0 (criteria): a bottleneck may name a part the session named itself, a remedy of the right family counts
 * whatever the reference says, "add more of it" earns half and read replicas never fix writes; a
 * deep dive decides only with its mechanism and reason; any arrow between kinds that cannot talk
 * directly, and boxes drawn before requirements and estimates, cost the diagram a point; failure
 * modes and evolution are read by lemmas.
 * 2.5.0: thin work stays at the bottom rung (scope without a measured quality stops at 1; an endpoint
 * name whose purpose repeats it is no needed operation nor the main path; "a lot of servers" decides
 * nothing); a deep dive known to be unsound for the problem decides nothing; the pressure a bottleneck
 * names is read from its sense ("gets", "hot path"); a design doc in prose is read (calls in code
 * spans, entities told in sentences, remedies after a colon or in the next sentence); a queue archived
 * to object storage is a sound step; "0 lost clicks" is a target; an index's size is not storage.
 * 2.6.0: bottlenecks credit the standard playbook for each pressure (fan-out relays and pull, write
 * batching and coalescing, hot-key splitting and local copies, timeouts and admission for slow
 * dependencies) and read a problem and its remedy told in sentences; a remedy of the wrong family,
 * or "add more" with no load, earns nothing; more than one scale may be two sized loads. Estimates
 * told in sentences are read (numbers in words, units, rates, the conclusion after "so"). Thin work
 * lifts nothing: a setting restated is no trade-off reason, a store's name or praise no data-model
 * reason, a narrative must say what moves, boxes drawn first and never walked stop at 2 and put the
 * high-level phase off its plan. The overall is the weighted mean times 0.95 (OVERALL_SCALE).
 */
export const RUBRIC_VERSION = '2.6.0';

/**
 * A criterion as the screens that score by hand read it: the whole object (./criteria/*), plus
 * `descriptors`, the ladder at the default level, for readers that do not know the session's.
 */
export type CriterionSpec = Criterion & { descriptors: Ladder };

/**
 * The criteria in report order. The diagram weighs most because it is where the design is
 * shown; time management least because it mostly explains the others.
 */
export const CRITERIA: readonly CriterionSpec[] = [scope, estimation, api, dataModel, highLevel, deepDive, bottlenecks, tradeoffs, time].map((c) => ({ ...c, descriptors: c.levels[DEFAULT_LEVEL] }));

/** What each score of a criterion means at a target level. */
export function descriptorsAt(criterion: Criterion, level: TargetLevel): Ladder {
  return criterion.levels[level];
}

/**
 * The overall is the weighted mean of the criteria, times this: a demanding interviewer keeps the
 * very top of the scale for work with nothing left to ask, so a session at 4 on every criterion
 * reads about 3.8, as the judges of the calibration set wrote it. Fitted on the judges' own
 * criterion scores against their own overall (0.95 of the mean fits them within 0.07 on average,
 * the plain mean within 0.13), never on what the scorer gave.
 */
export const OVERALL_SCALE = 0.95;

/** The bands above the lowest, in rising order; each has the overall score it starts at. */
export const RISING_BANDS = ['no hire', 'lean no hire', 'lean hire', 'hire', 'strong hire'] as const satisfies readonly Band[];

/**
 * Where each band starts on the 0..4 overall score. A mid-level candidate is expected to
 * cover the main path with some steering, so a solid 2.5 already reads as hire; a staff
 * candidate must do nearly everything well, so the same 2.5 is lean no hire. The criteria ask
 * more of a higher target too (each level's unmet expectations cost points), as an interviewer
 * both expects more and reads the same answer more strictly. The steps between bands are about
 * half a point, the difference one more criterion done well makes.
 */
export const BAND_STARTS: Record<TargetLevel, Record<(typeof RISING_BANDS)[number], number>> = {
  mid: { 'no hire': 0.8, 'lean no hire': 1.4, 'lean hire': 2, hire: 2.5, 'strong hire': 3.2 },
  senior: { 'no hire': 1, 'lean no hire': 1.7, 'lean hire': 2.3, hire: 2.8, 'strong hire': 3.4 },
  staff: { 'no hire': 1.3, 'lean no hire': 2.1, 'lean hire': 2.7, hire: 3.2, 'strong hire': 3.7 },
};

export function bandFor(overall: number, level: TargetLevel): Band {
  let band: Band = 'strong no hire';
  for (const b of RISING_BANDS) if (overall >= BAND_STARTS[level][b]) band = b;
  return band;
}
