// Scores a calibration set with the project's scoreSession and prints the figures: per session
// judged vs scored overall and band, per-criterion MAE, overall MAE, Spearman, band agreement.
//
// The in-project set:  npm run calibrate          (or node calibration/calibrate.mjs)
// Another set:         node calibration/calibrate.mjs <folder>
//   where <folder> holds sessions/*.session.json and judgements.json, as calibration/ does.
// Add --json to print the rows and figures as JSON instead of the table.
import process from 'node:process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importTs, inProject, LOAD_TEXT_MODEL, projectRoot } from '../scripts/importTs.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = resolve(args.find((a) => a !== '--json') ?? join(projectRoot, 'calibration'));
const lib = (file) => inProject(`shared/rubric/calibration/${file}`);
const { scoreCalibrationSet, formatFigures, parseSessions, parseJudgements } = await importTs('calibrate', [
  LOAD_TEXT_MODEL,
  `export { scoreCalibrationSet, formatFigures } from ${lib('figures.ts')};`,
  `export { parseSessions } from ${lib('files.ts')};`,
  `export { parseJudgements } from ${lib('judgement.ts')};`,
]);

const sessionDir = join(folder, 'sessions');
const raw = Object.fromEntries(
  readdirSync(sessionDir)
    .filter((f) => f.endsWith('.session.json'))
    .map((f) => [join(sessionDir, f), readFileSync(join(sessionDir, f), 'utf8')]),
);
const judgementsFile = join(folder, 'judgements.json');
const result = scoreCalibrationSet(parseSessions(raw), parseJudgements(readFileSync(judgementsFile, 'utf8'), judgementsFile));
process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${folder}\n\n${formatFigures(result)}\n`);
