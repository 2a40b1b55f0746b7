// The project's scripts run its own TypeScript (the prompt loader, the rubric, the session
// format) by bundling an entry module with esbuild and importing the bundle: done once, here.
import process from 'node:process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A project file's absolute path as a string literal, for an entry's import lines. */
export const inProject = (path) => JSON.stringify(resolve(projectRoot, path));

/** The entry line that loads the text model the prompt checks and the rubric read with. */
export const LOAD_TEXT_MODEL = `import { loadTextModel } from ${inProject('node/services/textModel.ts')}; loadTextModel();`;

/**
 * Imports the module made of `lines` (import and export lines). The bundle is written inside
 * the project, in .tmp/<name>-*, so it finds node_modules; it is removed when the script exits.
 */
export async function importTs(name, lines) {
  mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
  const work = mkdtempSync(join(projectRoot, `.tmp/${name}-`));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const entry = join(work, 'entry.ts');
  writeFileSync(entry, lines.join('\n'));
  const bundle = join(work, 'entry.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, packages: 'external', absWorkingDir: projectRoot, nodePaths: [join(projectRoot, 'node_modules')], logLevel: 'warning' });
  return import(pathToFileURL(bundle).href);
}
