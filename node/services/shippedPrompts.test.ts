import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../../shared/estimate/evaluate';
import { PhaseKind } from '../../shared/schemas/prompt';
import { checkPromptFile, loadPromptLibrary } from './promptLibrary';

const shippedDir = resolve('prompts');
const files = readdirSync(shippedDir).filter((f) => f.endsWith('.md')).sort();

describe('the shipped prompts', () => {
  it('are at least twenty, all loaded, with distinct ids and a mix of difficulties', async () => {
    const library = await loadPromptLibrary([shippedDir], undefined, { builtinDir: shippedDir });
    expect(library.problems).toEqual([]);
    expect(library.prompts).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(20);
    const levels = new Set(library.prompts.map((p) => p.difficulty));
    expect([...levels].sort()).toEqual(['easy', 'hard', 'medium']);
  });

  // One test per file so `vitest -t <id>` checks a single prompt while it is being written.
  it.each(files.map((f) => [f.replace(/\.md$/, ''), f]))('%s is complete enough to run an interview on', (id, file) => {
    const checked = checkPromptFile(join(shippedDir, file), readFileSync(join(shippedDir, file), 'utf8'), { builtin: true });
    if ('problems' in checked) expect(checked.problems).toEqual([]);
    if (!('prompt' in checked)) return;
    const p = checked.prompt;
    expect(p.id, 'file named after its id').toBe(id);
    expect(p.answers.length, 'scripted answers').toBeGreaterThanOrEqual(5);
    for (const a of p.answers) expect(a.asks.length, `phrasings of "${a.asks[0]}"`).toBeGreaterThanOrEqual(2);
    expect(p.figures.length, 'reference figures').toBeGreaterThanOrEqual(3);
    expect(p.components.length, 'expected components').toBeGreaterThanOrEqual(6);
    expect(p.tradeoffs.length, 'trade-offs').toBeGreaterThanOrEqual(3);
    expect(p.deepDives.length, 'deep-dive topics').toBeGreaterThanOrEqual(2);
    expect(p.curveballs.length, 'curveballs').toBeGreaterThanOrEqual(1);
    for (const phase of PhaseKind.options) expect(p.probes[phase]?.length ?? 0, `probes for ${phase}`).toBeGreaterThanOrEqual(1);
    expect(p.outline.split('\n').length, 'reference outline lines').toBeGreaterThan(60);
    // A derived figure (computed from others) must say what the outline states, so the two cannot drift.
    for (const f of p.figures) {
      const derived = /[*/+]|\bin\b|\bto\b/.test(f.value.replace(/\d\s*\/\s*(s|min|h|day|week|month|year)\b/g, ''));
      if (f.estimate && derived) expect(f.stated, `${f.name} is derived, so it needs stated`).toBeDefined();
      const r = evaluateExpression(f.value);
      expect(r.ok, `${f.name}: ${f.value}`).toBe(true);
    }
  });
});
