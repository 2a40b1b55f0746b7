import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPromptFile, loadPromptLibrary, type PromptCheckCache } from './promptLibrary';
import { REFERENCE_YAML } from './testing/promptReference';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

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

describe('a prompt file', () => {
  it('parses front matter and keeps the body as the reference outline', () => {
    const parsed = checkPromptFile('/p/a.md', valid('a'));
    expect(parsed).toMatchObject({ prompt: { id: 'a', difficulty: 'easy', outline: '# Outline', source: '/p/a.md', answers: [] } });
  });

  it('without front matter is reported at line 1', () => {
    expect(checkPromptFile('/p/a.md', '# Just markdown')).toEqual({
      problems: [{ file: '/p/a.md', line: 1, message: expect.stringMatching(/front matter/) }],
    });
  });

  it('with a wrong value names the field and its line in the file', () => {
    const text = valid('a').replace('difficulty: easy', 'difficulty: impossible');
    const parsed = checkPromptFile('/p/a.md', text);
    expect(parsed).toEqual({
      problems: [{ file: '/p/a.md', line: 4, field: 'difficulty', message: expect.stringMatching(/easy.*medium.*hard/) }],
    });
  });

  it('with a nested mistake points into the list', () => {
    const text = valid('a', '\nanswers:\n  - asks: [how many users?]\n    answer: ten million\n  - asks: []\n    answer: none');
    const parsed = checkPromptFile('/p/a.md', text);
    expect(parsed).toEqual({ problems: [expect.objectContaining({ field: 'answers.1.asks', line: 11 })] });
  });

  it('with an unknown key names that key, so typos surface', () => {
    const parsed = checkPromptFile('/p/a.md', valid('a', '\ntradeofs: [x]'));
    expect(parsed).toEqual({ problems: [expect.objectContaining({ field: 'tradeofs', line: 8 })] });
  });

  it('with a reference that meets the minimums loads as built-in and as imported, without warnings', () => {
    for (const builtin of [true, false]) expect(checkPromptFile('/p/a.md', valid('a', REFERENCE_YAML), { builtin })).toMatchObject({ prompt: { id: 'a' }, warnings: [] });
  });

  it('with a reference below a minimum is an error for a built-in prompt and a warning for an imported one, at its line', () => {
    const text = valid('a', REFERENCE_YAML.replace('reply, thread, ', ''));
    const line = text.split('\n').findIndex((l) => l.startsWith('  terms:')) + 1;
    const problem = { file: '/p/a.md', line, field: 'reference.terms', message: '13 terms; give at least 15' };
    expect(checkPromptFile('/p/a.md', text, { builtin: true })).toEqual({ problems: [problem] });
    expect(checkPromptFile('/p/a.md', text)).toMatchObject({ prompt: { id: 'a' }, warnings: [problem] });
  });

  it('with a remedy that names nothing known points at that remedy', () => {
    const text = valid('a', REFERENCE_YAML.replace('remedies: [split hot keys]', 'remedies:\n        - split hot keys\n        - ask nicely'));
    const line = text.split('\n').findIndex((l) => l.includes('ask nicely')) + 1;
    expect(checkPromptFile('/p/a.md', text, { builtin: true })).toEqual({
      problems: [{ file: '/p/a.md', line, field: 'reference.bottlenecks.1.remedies.1', message: '"ask nicely" names no known technique or component (docs/knowledge.md lists them)' }],
    });
  });

});

/** Two good files beside one bad one: each bad file must name itself, the line and the field, and not stop the others. */
const badFiles: [string, string, { line: number; field: string; message: RegExp }][] = [
  ['a missing required field', valid('bad').replace('summary: A small one.\n', ''), { line: 2, field: 'summary', message: /required, but missing/ }],
  ['tags written as a string', valid('bad').replace('tags: [storage]', 'tags: "x"'), { line: 5, field: 'tags', message: /expected array/ }],
  ['a number for the difficulty', valid('bad').replace('difficulty: easy', 'difficulty: 3'), { line: 4, field: 'difficulty', message: /easy.*medium.*hard/ }],
  ['an unclosed quote', valid('bad').replace('summary: A small one.', 'summary: "A small one.'), { line: 6, field: 'summary', message: /^YAML: Missing closing "quote/ }],
  ['an unclosed list', valid('bad').replace('tags: [storage]', 'tags: [storage, cache'), { line: 5, field: 'tags', message: /^YAML: .*end with a \]/ }],
  ['bad indentation', valid('bad').replace('title: bad title', 'title: bad title\n  subtitle: more'), { line: 3, field: 'title', message: /^YAML:/ }],
  [
    'a figure that does not evaluate',
    valid('bad', '\nfigures:\n  - name: writes\n    value: 10M/day\n  - name: storage\n    value: writes * 5 year * 500 bytez'),
    { line: 12, field: 'figures.1.value', message: /"writes \* 5 year \* 500 bytez" does not evaluate/ },
  ],
  [
    'a stated figure 50% off the derived one',
    valid('bad', '\nfigures:\n  - name: write QPS\n    value: 10M/day\n    stated: 174/s'),
    { line: 11, field: 'figures.0.stated', message: /write QPS: stated 174 \/s is 50% off the derived 116 \/s/ },
  ],
];

describe('a bad prompt file in a folder of good ones', () => {
  it.each(badFiles)('with %s is reported by file, line and field, and the good ones load', async (_, text, expected) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), valid('a'));
    await writeFile(join(dir, 'bad.md'), text);
    await writeFile(join(dir, 'c.md'), valid('c'));
    const library = await loadPromptLibrary([dir]);
    expect(library.prompts.map((p) => p.id)).toEqual(['a', 'c']);
    expect(library.problems).toEqual([{ file: join(dir, 'bad.md'), ...expected, message: expect.stringMatching(expected.message) }]);
  });

  it('with an id another file in the folder already has is reported at its id line, and the first keeps it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), valid('a'));
    await writeFile(join(dir, 'b.md'), valid('b'));
    await writeFile(join(dir, 'copy-of-a.md'), valid('a').replace('id: a\n', '').replace('brief:', 'id: a\nbrief:'));
    const library = await loadPromptLibrary([dir]);
    expect(library.prompts.map((p) => p.source)).toEqual([join(dir, 'a.md'), join(dir, 'b.md')]);
    expect(library.problems).toEqual([
      { file: join(dir, 'copy-of-a.md'), line: 6, field: 'id', message: `id "a" is already used by ${join(dir, 'a.md')}` },
    ]);
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

  it('re-checks a file only when its text changed, and sees an edit at once', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.md'), valid('a'));
    const cache: PromptCheckCache = new Map();
    const first = await loadPromptLibrary([dir], cache);
    const again = await loadPromptLibrary([dir], cache);
    expect(again.prompts[0]).toBe(first.prompts[0]);
    await writeFile(join(dir, 'a.md'), valid('a').replace('difficulty: easy', 'difficulty: hard'));
    const edited = await loadPromptLibrary([dir], cache);
    expect(edited.prompts[0]).toMatchObject({ id: 'a', difficulty: 'hard' });
    await writeFile(join(dir, 'a.md'), valid('a').replace('difficulty: easy', 'difficulty: extreme'));
    expect((await loadPromptLibrary([dir], cache)).problems).toMatchObject([{ field: 'difficulty' }]);
  });

  it('judges the built-in folder as built-in and the others as imported', async () => {
    const builtin = await tempDir();
    const user = await tempDir();
    const thin = valid('thin', REFERENCE_YAML.replace('    - what: Storage growth\n      breaks: disks\n      remedies: [move old data to object storage]\n', ''));
    await writeFile(join(builtin, 'thin.md'), thin);
    await writeFile(join(user, 'mine.md'), thin.replace('id: thin', 'id: mine'));
    const library = await loadPromptLibrary([builtin, user], undefined, { builtinDir: builtin });
    expect(library.prompts.map((p) => p.id)).toEqual(['mine']);
    expect(library.problems).toEqual([expect.objectContaining({ file: join(builtin, 'thin.md'), field: 'reference.bottlenecks', message: '2 bottlenecks; give at least 3' })]);
    expect(library.warnings).toEqual([expect.objectContaining({ file: join(user, 'mine.md'), field: 'reference.bottlenecks' })]);
  });

  it('treats a missing folder as empty', async () => {
    const library = await loadPromptLibrary([join(await tempDir(), 'nope')]);
    expect(library).toEqual({ prompts: [], problems: [], warnings: [] });
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
