import type { SessionExport } from '../../session/exportFile';
import { scoreCalibrationSet, type CalibrationResult, type Score } from './figures';
import { parseSessions } from './files';
import { parseJudgements, type Judgement } from './judgement';
import judgementsText from '../../../calibration/judgements.json?raw';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

// Vite (and so Vitest) reads the files at build time: shared/ may not touch the file system.
// Only tests import this module; calibration/calibrate.mjs reads a set from disk instead.
const files = (import.meta as unknown as ViteGlob).glob('../../../calibration/sessions/*.session.json', { query: '?raw', import: 'default', eager: true });

/** The committed session files of calibration/sessions/. */
export function calibrationSessions(): Map<string, SessionExport> {
  return parseSessions(files);
}

/** The committed judgements, checked; throws naming the entry that is wrong. */
export function calibrationJudgements(text: string = judgementsText): Judgement[] {
  return parseJudgements(text);
}

/**
 * The committed set scored and measured: what `npm run calibrate` prints and what a CI gate
 * checks (e.g. `expect(calibrationFigures().figures.spearman).toBeGreaterThanOrEqual(0.9)`).
 * `score` defaults to the project's scoreSession.
 */
export function calibrationFigures(score?: Score): CalibrationResult {
  return scoreCalibrationSet(calibrationSessions(), calibrationJudgements(), score);
}
