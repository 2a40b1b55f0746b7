import { z } from 'zod';
import { PromptFrontMatter } from './prompt';

/**
 * docs/prompt-format.schema.json as it should read: the JSON Schema of a prompt file's front
 * matter, for editors and other tools. Written as the author types it (`io: 'input'`), so
 * fields with a default are optional.
 */
export function promptJsonSchemaText(): string {
  const described = PromptFrontMatter.meta({
    title: 'DesignDrill prompt',
    description: 'The YAML front matter of a DesignDrill prompt file: Markdown, with this between two "---" lines at the top. See docs/prompt-format.md.',
  });
  const schema = z.toJSONSchema(described, { io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
