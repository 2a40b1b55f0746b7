// Writes docs/rubric.md from the rubric's criteria objects (shared/rubric/docs.ts), so the page
// says what the code does. shared/rubric/docs.test.ts fails when the file and the objects disagree.
//
// Rerun: node scripts/make-rubric-docs.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp/rubric-docs-'));
try {
  const bundle = join(work, 'docs.mjs');
  await build({ entryPoints: [join(root, 'shared/rubric/docs.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile: bundle, packages: 'external', absWorkingDir: root, logLevel: 'warning' });
  const { rubricDoc } = await import(pathToFileURL(bundle).href);
  const out = join(root, 'docs/rubric.md');
  writeFileSync(out, rubricDoc());
  process.stdout.write(`wrote ${out}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
