// Writes calibration session files (<name>.session.json, the app's export format) from their
// sources: each source module's sessions run on the shipped prompt as the app loads it
// (checkPromptFile), so the snapshot is exactly what a real session would hold.
//
// In-project set:  node calibration/make-sessions.mjs
// Another set:     node calibration/make-sessions.mjs <sources index.ts> <out folder>
//   (the index module exports CALIBRATION_SOURCES, as calibration/sources/index.ts does)
import process from 'node:process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const index = resolve(process.argv[2] ?? join(root, 'calibration/sources/index.ts'));
const outDir = resolve(process.argv[3] ?? join(root, 'calibration/sessions'));
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp/calibration-'));
try {
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    [`import { loadTextModel } from ${JSON.stringify(join(root, 'node/services/textModel.ts'))}; loadTextModel();`, 
      `export { checkPromptFile } from ${JSON.stringify(join(root, 'node/services/promptLibrary.ts'))};`,
      `export { CALIBRATION_SOURCES } from ${JSON.stringify(index)};`,
      `export { SessionExport } from ${JSON.stringify(join(root, 'shared/session/exportFile.ts'))};`,
    ].join('\n'),
  );
  const bundle = join(work, 'entry.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, packages: 'external', absWorkingDir: root, nodePaths: [join(root, 'node_modules')], logLevel: 'warning' });
  const { checkPromptFile, CALIBRATION_SOURCES, SessionExport } = await import(pathToFileURL(bundle).href);

  const names = new Set();
  const tags = new Set();
  mkdirSync(outDir, { recursive: true });
  for (const source of CALIBRATION_SOURCES) {
    if (names.has(source.name) || tags.has(source.tag)) throw new Error(`${source.name}: name or tag "${source.tag}" used twice`);
    names.add(source.name);
    tags.add(source.tag);
    const file = join(root, `prompts/${source.prompt}.md`);
    const checked = checkPromptFile(file, readFileSync(file, 'utf8'));
    if (!('prompt' in checked)) throw new Error(`${file}: ${checked.problems.map((p) => p.message).join('; ')}`);
    const { source: _path, ...prompt } = checked.prompt;
    const exported = SessionExport.parse(source.make(prompt).toExport(source.tag));
    writeFileSync(join(outDir, `${source.name}.session.json`), `${JSON.stringify(exported, null, 2)}\n`);
    process.stdout.write(`wrote ${source.name}.session.json (${source.prompt}, ${exported.session.level}, ${exported.events.length} events)\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
