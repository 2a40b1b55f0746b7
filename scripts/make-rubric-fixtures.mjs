// Writes the rubric's fixture sessions (shared/rubric/fixtures/*.session.json) as export files:
// the sessions of shared/rubric/testing/sessions.ts, run on the URL-shortener prompt as the
// app loads it (checkPromptFile), so the snapshot is exactly what a real session would hold.
//
// Rerun: node scripts/make-rubric-fixtures.mjs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Inside the project, so the bundle finds node_modules; removed at the end.
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp/rubric-fixtures-'));
try {
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    [`import { loadTextModel } from ${JSON.stringify(join(root, 'node/services/textModel.ts'))}; loadTextModel();`, 
      `export { checkPromptFile } from ${JSON.stringify(join(root, 'node/services/promptLibrary.ts'))};`,
      `export { strongSession, weakSession } from ${JSON.stringify(join(root, 'shared/rubric/testing/sessions.ts'))};`,
      `export { SessionExport } from ${JSON.stringify(join(root, 'shared/session/exportFile.ts'))};`,
    ].join('\n'),
  );
  const bundle = join(work, 'entry.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, packages: 'external', absWorkingDir: root, logLevel: 'warning' });
  const { checkPromptFile, strongSession, weakSession, SessionExport } = await import(pathToFileURL(bundle).href);

  const file = join(root, 'prompts/url-shortener.md');
  const checked = checkPromptFile(file, readFileSync(file, 'utf8'));
  if (!('prompt' in checked)) throw new Error(`prompts/url-shortener.md: ${checked.problems.map((p) => p.message).join('; ')}`);
  // The snapshot is the front matter plus the outline; the file's path stays on this machine.
  const { source: _source, ...prompt } = checked.prompt;

  for (const [name, make] of [['strong', strongSession], ['weak', weakSession]]) {
    const exported = SessionExport.parse(make(prompt).toExport(name.slice(0, 4)));
    const out = join(root, `shared/rubric/fixtures/${name}.session.json`);
    writeFileSync(out, `${JSON.stringify(exported, null, 2)}\n`);
    process.stdout.write(`wrote ${out} (${exported.events.length} events)\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
