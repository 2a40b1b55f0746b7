import { z } from 'zod';
import { CriterionId } from '../rubric/report';

/** A person's score per rubric criterion, 0 to 4; a criterion left out was not scored. */
export const SelfScores = z.partialRecord(CriterionId, z.number().int().min(0).max(4));
export type SelfScores = z.infer<typeof SelfScores>;

/** Two scores this far apart (or more) are marked on the report: the people disagree. */
export const DISAGREEMENT = 2;
