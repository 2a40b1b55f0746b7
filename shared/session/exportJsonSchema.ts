import { z } from 'zod';
import { SessionExport } from './exportFile';

/**
 * docs/session-export.schema.json as it should read: the JSON Schema of the file
 * `designdrill export` writes. Described as written (`io: 'output'`), so every field with a
 * default is present, as it always is in an exported file.
 */
export function sessionExportJsonSchemaText(): string {
  const described = SessionExport.meta({
    title: 'DesignDrill session export',
    description: 'One practice session in one file: metadata, plan, the prompt as it was, and the whole event log. See docs/session-file.md.',
  });
  const schema = z.toJSONSchema(described, { io: 'output' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
