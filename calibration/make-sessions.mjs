// Writes calibration session files (<name>.session.json, the app's export format) from their
// sources: each source module's sessions run on the shipped prompt as the app loads it
// (checkPromptFile), so the snapshot is exactly what a real session would hold.
//
// In-project set:  node calibration/make-sessions.mjs
// Another set:     node calibration/make-sessions.mjs <sources index.ts> <out folder>
//   (the index module exports CALIBRATION_SOURCES, as calibration/sources/index.ts does)
import process from 'node:process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importTs, inProject, LOAD_TEXT_MODEL, projectRoot } from '../scripts/importTs.mjs';

const index = resolve(process.argv[2] ?? join(projectRoot, 'calibration/sources/index.ts'));
const outDir = resolve(process.argv[3] ?? join(projectRoot, 'calibration/sessions'));
const { checkPromptFile, CALIBRATION_SOURCES, SessionExport } = await importTs('calibration', [
  LOAD_TEXT_MODEL,
  `export { checkPromptFile } from ${inProject('node/services/promptLibrary.ts')};`,
  `export { CALIBRATION_SOURCES } from ${JSON.stringify(index)};`,
  `export { SessionExport } from ${inProject('shared/session/exportFile.ts')};`,
]);

const names = new Set();
const tags = new Set();
mkdirSync(outDir, { recursive: true });
for (const source of CALIBRATION_SOURCES) {
  if (names.has(source.name) || tags.has(source.tag)) throw new Error(`${source.name}: name or tag "${source.tag}" used twice`);
  names.add(source.name);
  tags.add(source.tag);
  const file = join(projectRoot, `prompts/${source.prompt}.md`);
  const checked = checkPromptFile(file, readFileSync(file, 'utf8'));
  if (!('prompt' in checked)) throw new Error(`${file}: ${checked.problems.map((p) => p.message).join('; ')}`);
  const { source: _path, ...prompt } = checked.prompt;
  const exported = SessionExport.parse(source.make(prompt).toExport(source.tag));
  writeFileSync(join(outDir, `${source.name}.session.json`), `${JSON.stringify(exported, null, 2)}\n`);
  process.stdout.write(`wrote ${source.name}.session.json (${source.prompt}, ${exported.session.level}, ${exported.events.length} events)\n`);
}
