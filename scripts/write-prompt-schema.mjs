// `npm run schema`: writes docs/prompt-format.schema.json from the zod schema of a prompt's
// front matter (shared/schemas/prompt.ts), bundled by esbuild so plain Node can run it.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['shared/schemas/promptJsonSchema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { promptJsonSchemaText } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const file = new URL('../docs/prompt-format.schema.json', import.meta.url);
writeFileSync(file, promptJsonSchemaText());
console.log(`wrote ${file.pathname}`);
