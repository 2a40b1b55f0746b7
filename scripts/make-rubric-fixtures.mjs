// Writes the rubric's fixture sessions (shared/rubric/fixtures/*.session.json) as export files:
// the sessions of shared/rubric/testing/sessions.ts, run on the URL-shortener prompt as the
// app loads it (checkPromptFile), so the snapshot is exactly what a real session would hold.
//
// Rerun: node scripts/make-rubric-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, inProject, LOAD_TEXT_MODEL, projectRoot } from './importTs.mjs';

const { checkPromptFile, strongSession, weakSession, SessionExport } = await importTs('rubric-fixtures', [
  LOAD_TEXT_MODEL,
  `export { checkPromptFile } from ${inProject('node/services/promptLibrary.ts')};`,
  `export { strongSession, weakSession } from ${inProject('shared/rubric/testing/sessions.ts')};`,
  `export { SessionExport } from ${inProject('shared/session/exportFile.ts')};`,
]);

const file = join(projectRoot, 'prompts/url-shortener.md');
const checked = checkPromptFile(file, readFileSync(file, 'utf8'));
if (!('prompt' in checked)) throw new Error(`prompts/url-shortener.md: ${checked.problems.map((p) => p.message).join('; ')}`);
// The snapshot is the front matter plus the outline; the file's path stays on this machine.
const { source: _source, ...prompt } = checked.prompt;

for (const [name, make] of [['strong', strongSession], ['weak', weakSession]]) {
  const exported = SessionExport.parse(make(prompt).toExport(name.slice(0, 4)));
  const out = join(projectRoot, `shared/rubric/fixtures/${name}.session.json`);
  writeFileSync(out, `${JSON.stringify(exported, null, 2)}\n`);
  process.stdout.write(`wrote ${out} (${exported.events.length} events)\n`);
}
