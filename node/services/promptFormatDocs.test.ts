import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PromptFrontMatter } from '../../shared/schemas/prompt';
import { promptJsonSchemaText } from '../../shared/schemas/promptJsonSchema';
import { checkPromptFile } from './promptLibrary';

const docs = join(import.meta.dirname, '../../docs');

describe('docs/prompt-format.schema.json', () => {
  it('is the JSON Schema generated from the zod schema', () => {
    const committed = readFileSync(join(docs, 'prompt-format.schema.json'), 'utf8');
    expect(committed, 'docs/prompt-format.schema.json is stale: run `npm run schema`').toBe(promptJsonSchemaText());
  });
});

describe('docs/prompt-format.md', () => {
  const guide = readFileSync(join(docs, 'prompt-format.md'), 'utf8');

  it('has an example that uses every field and loads without a problem', () => {
    const example = /^````markdown\n([\s\S]*?)^````$/m.exec(guide)?.[1] ?? '';
    for (const field of Object.keys(PromptFrontMatter.shape)) expect(example, field).toMatch(new RegExp(`^${field}:`, 'm'));
    // Judged as a built-in prompt, so its reference meets every minimum the guide states.
    const checked = checkPromptFile('example.md', example, { builtin: true });
    expect('problems' in checked ? checked.problems : []).toEqual([]);
  });

  it('describes every field of the front matter', () => {
    for (const field of Object.keys(PromptFrontMatter.shape)) expect(guide, field).toContain(`| \`${field}\` |`);
  });
});
