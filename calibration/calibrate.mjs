// Scores a calibration set with the project's scoreSession and prints the figures: per session
// judged vs scored overall and band, per-criterion MAE, overall MAE, Spearman, band agreement.
//
// The in-project set:  npm run calibrate          (or node calibration/calibrate.mjs)
// Another set:         node calibration/calibrate.mjs <folder>
//   where <folder> holds sessions/*.session.json and judgements.json, as calibration/ does.
// Add --json to print the rows and figures as JSON instead of the table.
import process from 'node:process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const folder = resolve(args.find((a) => a !== '--json') ?? join(root, 'calibration'));
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp/calibrate-'));
try {
  const entry = join(work, 'entry.ts');
  const lib = (file) => JSON.stringify(join(root, 'shared/rubric/calibration', file));
  writeFileSync(entry, [`import { loadTextModel } from ${JSON.stringify(join(root, 'node/services/textModel.ts'))}; loadTextModel();`, `export { scoreCalibrationSet, formatFigures } from ${lib('figures.ts')};`, `export { parseSessions } from ${lib('files.ts')};`, `export { parseJudgements } from ${lib('judgement.ts')};`].join('\n'));
  const bundle = join(work, 'entry.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, packages: 'external', absWorkingDir: root, logLevel: 'warning' });
  const { scoreCalibrationSet, formatFigures, parseSessions, parseJudgements } = await import(pathToFileURL(bundle).href);

  const sessionDir = join(folder, 'sessions');
  const raw = Object.fromEntries(
    readdirSync(sessionDir)
      .filter((f) => f.endsWith('.session.json'))
      .map((f) => [join(sessionDir, f), readFileSync(join(sessionDir, f), 'utf8')]),
  );
  const judgementsFile = join(folder, 'judgements.json');
  const result = scoreCalibrationSet(parseSessions(raw), parseJudgements(readFileSync(judgementsFile, 'utf8'), judgementsFile));
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${folder}\n\n${formatFigures(result)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
