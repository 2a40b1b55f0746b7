import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionExport } from '../../../shared/session/exportFile';
import { sessionExportJsonSchemaText } from '../../../shared/session/exportJsonSchema';

const docs = join(import.meta.dirname, '../../../docs');

describe('docs/session-export.schema.json', () => {
  it('is the JSON Schema generated from the zod schema', () => {
    const committed = readFileSync(join(docs, 'session-export.schema.json'), 'utf8');
    expect(committed, 'docs/session-export.schema.json is stale: run `npm run schema`').toBe(sessionExportJsonSchemaText());
  });
});

describe('docs/session-file.md', () => {
  it('describes every top-level field of the export file', () => {
    const guide = readFileSync(join(docs, 'session-file.md'), 'utf8');
    for (const field of Object.keys(SessionExport.shape)) expect(guide, field).toContain(`| \`${field}\` |`);
  });
});
