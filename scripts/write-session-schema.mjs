// `npm run schema` (with write-prompt-schema.mjs): writes docs/session-export.schema.json from
// the zod schema of an exported session (shared/session/exportFile.ts), bundled by esbuild so
// plain Node can run it.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const { outputFiles } = await build({
  entryPoints: ['shared/session/exportJsonSchema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { sessionExportJsonSchemaText } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const file = new URL('../docs/session-export.schema.json', import.meta.url);
writeFileSync(file, sessionExportJsonSchemaText());
console.log(`wrote ${file.pathname}`);
