import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhaseKind } from '../../shared/schemas/prompt';
import { loadPromptLibrary, parsePromptFile } from './promptLibrary';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const shippedDir = resolve('prompts');

const valid = (id: string, extra = '') => `---
id: ${id}
title: ${id} title
difficulty: easy
tags: [storage]
summary: A small one.
brief: Design it.${extra}
---
# Outline
`;

describe('the shipped prompts', () => {
  it('all load without a single problem', async () => {
    const files = (await readdir(shippedDir)).filter((f) => f.endsWith('.md'));
    const library = await loadPromptLibrary([shippedDir]);
    expect(library.problems).toEqual([]);
    expect(library.prompts).toHaveLength(files.length);
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it('are complete enough to run an interview on', async () => {
    const { prompts } = await loadPromptLibrary([shippedDir]);
    for (const p of prompts) {
      expect(`${p.id}.md`, 'file named after its id').toBe(p.source.split(/[\\/]/).pop());
      expect(p.answers.length, `${p.id} scripted answers`).toBeGreaterThanOrEqual(5);
      expect(p.figures.length, `${p.id} reference figures`).toBeGreaterThanOrEqual(3);
      expect(p.components.length, `${p.id} expected components`).toBeGreaterThanOrEqual(6);
      expect(p.tradeoffs.length, `${p.id} trade-offs`).toBeGreaterThanOrEqual(3);
      expect(Object.keys(p.probes).sort(), `${p.id} probes per phase`).toEqual([...PhaseKind.options].sort());
      expect(p.outline.length, `${p.id} reference outline`).toBeGreaterThan(200);
    }
  });
});

describe('a prompt file', () => {
  it('parses front matter and keeps the body as the reference outline', () => {
    const parsed = parsePromptFile('/p/a.md', valid('a'));
    expect(parsed).toMatchObject({ prompt: { id: 'a', difficulty: 'easy', outline: '# Outline', source: '/p/a.md', answers: [] } });
  });

  it('without front matter is reported at line 1', () => {
    expect(parsePromptFile('/p/a.md', '# Just markdown')).toEqual({
      problems: [{ file: '/p/a.md', line: 1, message: expect.stringMatching(/front matter/) }],
    });
  });

  it('with broken YAML is reported at the line of the mistake', () => {
    const text = '---\nid: a\ntitle: A\ntags: [one, two\ndifficulty: easy\n---\n';
    const parsed = parsePromptFile('/p/a.md', text);
    expect('problems' in parsed && parsed.problems[0]).toMatchObject({ file: '/p/a.md', message: expect.stringMatching(/^YAML:/) });
    expect('problems' in parsed && parsed.problems[0]!.line).toBeGreaterThanOrEqual(4);
  });

  it('with a wrong value names the field and its line in the file', () => {
    const text = valid('a').replace('difficulty: easy', 'difficulty: impossible');
    const parsed = parsePromptFile('/p/a.md', text);
    expect(parsed).toEqual({
      problems: [{ file: '/p/a.md', line: 4, field: 'difficulty', message: expect.stringMatching(/easy.*medium.*hard/) }],
    });
  });

  it('with a nested mistake points into the list', () => {
    const text = valid('a', '\nanswers:\n  - asks: [how many users?]\n    answer: ten million\n  - asks: []\n    answer: none');
    const parsed = parsePromptFile('/p/a.md', text);
    expect(parsed).toEqual({ problems: [expect.objectContaining({ field: 'answers.1.asks', line: 11 })] });
  });

  it('with an unknown key names that key, so typos surface', () => {
    const parsed = parsePromptFile('/p/a.md', valid('a', '\ntradeofs: [x]'));
    expect(parsed).toEqual({ problems: [expect.objectContaining({ field: 'tradeofs', line: 8 })] });
  });

  it('with a missing field names the field', () => {
    const parsed = parsePromptFile('/p/a.md', valid('a').replace('summary: A small one.\n', ''));
    expect(parsed).toEqual({ problems: [expect.objectContaining({ field: 'summary' })] });
  });
});

describe('the prompt library', () => {
  it("loads the good files and reports each bad one, with the user's folder after the shipped one", async () => {
    const builtin = await tempDir();
    const user = await tempDir();
    await writeFile(join(builtin, 'a.md'), valid('a'));
    await writeFile(join(user, 'b.md'), valid('b'));
    await writeFile(join(user, 'broken.md'), valid('c').replace('difficulty: easy', 'difficulty: 3'));
    await writeFile(join(user, 'clash.md'), valid('a'));
    await writeFile(join(user, 'notes.txt'), 'not a prompt');
    const library = await loadPromptLibrary([builtin, user]);
    expect(library.prompts.map((p) => p.id)).toEqual(['a', 'b']);
    expect(library.problems).toEqual([
      expect.objectContaining({ file: join(user, 'broken.md'), field: 'difficulty', line: 4 }),
      expect.objectContaining({ file: join(user, 'clash.md'), field: 'id', message: expect.stringContaining(join(builtin, 'a.md')) }),
    ]);
  });

  it('treats a missing folder as empty', async () => {
    const library = await loadPromptLibrary([join(await tempDir(), 'nope')]);
    expect(library).toEqual({ prompts: [], problems: [] });
  });

  it('reports a folder it cannot read instead of failing', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x.md'));
    const file = join(dir, 'file');
    await writeFile(file, '');
    const library = await loadPromptLibrary([file]);
    expect(library.problems).toEqual([expect.objectContaining({ file, message: expect.stringMatching(/could not be read/) })]);
  });
});
