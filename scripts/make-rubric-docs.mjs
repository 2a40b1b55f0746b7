// Writes docs/rubric.md from the rubric's criteria objects (shared/rubric/docs.ts), so the page
// says what the code does. shared/rubric/docs.test.ts fails when the file and the objects disagree.
//
// Rerun: node scripts/make-rubric-docs.mjs
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, inProject, projectRoot } from './importTs.mjs';

const { rubricDoc } = await importTs('rubric-docs', [`export { rubricDoc } from ${inProject('shared/rubric/docs.ts')};`]);
const out = join(projectRoot, 'docs/rubric.md');
writeFileSync(out, rubricDoc());
process.stdout.write(`wrote ${out}\n`);
