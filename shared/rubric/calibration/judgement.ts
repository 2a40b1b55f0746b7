import { z } from 'zod';
import { TargetLevel } from '../../session/level';
import { Band, CriterionId } from '../report';

const Score = z.number().int().min(0).max(4);
const OneDecimal = z
  .number()
  .min(0)
  .max(4)
  .refine((x) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9, 'one decimal at most');

/** One human judgement of one session at one level (calibration/README.md describes the file). */
export const Judgement = z
  .object({
    session: z.string().min(1),
    level: TargetLevel,
    /** All nine criteria, each 0-4 with a one-line reason. */
    criteria: z.record(CriterionId, z.object({ score: Score, why: z.string().min(1) }).strict()),
    overall: z.object({ score: OneDecimal, why: z.string().min(1) }).strict(),
    band: Band,
    covers: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Judgement = z.infer<typeof Judgement>;

export const Judgements = z.array(Judgement).min(1);

/** Parses a judgements.json text; throws naming the file and the entry that is wrong. */
export function parseJudgements(text: string, where = 'calibration/judgements.json'): Judgement[] {
  const parsed = Judgements.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  return parsed.data;
}
