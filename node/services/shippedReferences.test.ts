import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPromptFile } from './promptLibrary';

// Imported prompts may leave `reference` out and keep plain trade-off sentences; the built-in
// ones must not, or the scorer falls back to general knowledge on our own library.
const shippedDir = resolve('prompts');
const files = readdirSync(shippedDir).filter((f) => f.endsWith('.md')).sort();

describe('the shipped prompts carry a reference answer', () => {
  it.each(files.map((f) => [f.replace(/\.md$/, ''), f]))('%s has a reference and structured trade-offs', (_id, file) => {
    const checked = checkPromptFile(join(shippedDir, file), readFileSync(join(shippedDir, file), 'utf8'));
    if ('problems' in checked) expect(checked.problems).toEqual([]);
    if (!('prompt' in checked)) return;
    const p = checked.prompt;
    expect(p.reference, 'reference block').toBeDefined();
    for (const t of p.tradeoffs) {
      expect(typeof t, `trade-off "${typeof t === 'string' ? t : t.text}" in structured form`).toBe('object');
      if (typeof t === 'string') continue;
      // A choice that gains and costs the same quality says nothing about what it trades.
      expect(t.gains.filter((q) => t.costs.includes(q)), `"${t.chose}" gains and costs the same quality`).toEqual([]);
    }
    const r = p.reference!;
    // A target without a number cannot be held against what a candidate says.
    for (const q of r.qualities) expect(q.target, `${q.quality} target has a number`).toMatch(/\d/);
    expect(r.api.some((o) => o.main), 'an operation marked main').toBe(true);
  });
});
