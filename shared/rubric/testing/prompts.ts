import { parse } from 'yaml';
import { PromptFrontMatter } from '../../schemas/prompt';
import type { PromptSnapshot } from '../../session/exportFile';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

// Vite reads the files at build time (shared/ may not touch the file system); the cast is only for the Node tsconfig's types.
const files = (import.meta as unknown as ViteGlob).glob('../../../prompts/*.md', { query: '?raw', import: 'default', eager: true });

/** The shipped prompts as a session snapshots them: front matter and the outline below it. */
export const SHIPPED_PROMPTS: readonly PromptSnapshot[] = Object.values(files).map((text) => {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'))!;
  return { ...PromptFrontMatter.parse(parse(match[1]!)), outline: match[2]! };
});

export function shippedPrompt(id: string): PromptSnapshot {
  const p = SHIPPED_PROMPTS.find((x) => x.id === id);
  if (!p) throw new Error(`no shipped prompt "${id}"`);
  return p;
}
