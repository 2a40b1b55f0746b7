import { z } from 'zod';
import { SessionExport } from '../../session/exportFile';
import { TargetLevel } from '../../session/level';
import { Band, CriterionId } from '../report';
import judgementsText from '../../../calibration/judgements.json?raw';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

// Vite (and so Vitest) reads the files at build time: shared/ may not touch the file system.
const files = (import.meta as unknown as ViteGlob).glob('../../../calibration/sessions/*.session.json', { query: '?raw', import: 'default', eager: true });

const Score = z.number().int().min(0).max(4);

/** One human judgement of one session at one level (calibration/README.md describes the file). */
export const Judgement = z
  .object({
    session: z.string().min(1),
    level: TargetLevel,
    criteria: z.record(CriterionId, z.object({ score: Score, why: z.string().min(1) }).strict()),
    overall: z.object({ score: z.number().min(0).max(4).refine((x) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-9, 'one decimal at most'), why: z.string().min(1) }).strict(),
    band: Band,
    covers: z.array(z.string().min(1)).min(1),
  })
  .strict();
export type Judgement = z.infer<typeof Judgement>;

export const Judgements = z.array(Judgement).min(1);

/** The committed session files by name (the file name without `.session.json`). */
export function calibrationSessions(raw: Record<string, string> = files): Map<string, SessionExport> {
  const sessions = new Map<string, SessionExport>();
  for (const [path, text] of Object.entries(raw)) {
    const name = /([^/]+)\.session\.json$/.exec(path)![1]!;
    const parsed = SessionExport.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`calibration/sessions/${name}.session.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    sessions.set(name, parsed.data);
  }
  return sessions;
}

/** The committed judgements, checked; throws naming the entry that is wrong. */
export function calibrationJudgements(text: string = judgementsText): Judgement[] {
  const parsed = Judgements.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`calibration/judgements.json: ${parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ')}`);
  return parsed.data;
}
