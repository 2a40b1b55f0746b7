import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/bridge/dispatch';
import { useServices } from './testing/useServices';
import { REFERENCE_YAML } from './testing/promptReference';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const { launch } = useServices();

const prompt = (id: string, { title = `${id} title`, extra = '' } = {}) => `---
id: ${id}
title: ${title}
difficulty: medium
tags: [caching]
summary: A small one.
brief: Design it.${extra}
---
# Outline
`;

/** Services over a fresh data folder, with one built-in prompt ("builtin"). */
async function setup() {
  const root = await tempDir();
  const builtinDir = join(root, 'builtin');
  const dataDir = join(root, 'data');
  await mkdir(builtinDir);
  await writeFile(join(builtinDir, 'builtin.md'), prompt('builtin'));
  const services = await launch(dataDir, { builtinPromptsDir: builtinDir });
  const userDir = join(dataDir, 'prompts');
  return { root, builtinDir, userDir, services, call: services.handlers['prompt.import'] };
}

/** Every file under `dir`, relative to it; none when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('importing prompt files', () => {
  it('saves the good files while the bad ones are reported by the name chosen, the line and the field', async () => {
    const { userDir, services, call } = await setup();
    const result = await call({
      files: [
        { name: 'my-pack/cache.md', text: prompt('cache') },
        { name: 'my-pack/broken-yaml.md', text: prompt('broken').replace('summary: A small one.', 'summary: "A small one.') },
        { name: 'my-pack/bad-figure.md', text: prompt('bad-figure', { extra: '\nfigures:\n  - name: writes\n    value: 10M/day +' }) },
        { name: 'my-pack/queue.md', text: prompt('queue') },
        { name: 'my-pack/README.txt', text: 'read me' },
      ],
    });
    expect(result.imported.map((p) => p.id)).toEqual(['cache', 'queue']);
    expect(result.problems).toEqual([
      { file: 'my-pack/broken-yaml.md', line: 6, field: 'summary', message: expect.stringMatching(/^YAML: Missing closing "quote/) },
      { file: 'my-pack/bad-figure.md', line: 10, field: 'figures.0.value', message: expect.stringMatching(/"10M\/day \+" does not evaluate/) },
      { file: 'my-pack/README.txt', message: 'not a prompt file (.md)' },
    ]);
    expect(await filesUnder(userDir)).toEqual(['cache.md', 'queue.md']);
    expect(await readFile(join(userDir, 'cache.md'), 'utf8')).toBe(prompt('cache'));

    const list = await services.handlers['prompt.list']({});
    expect(list.prompts.map((p) => p.id).sort()).toEqual(['builtin', 'cache', 'queue']);
    expect(list.problems).toEqual([]);
    expect(await services.handlers['prompt.open']({ id: 'cache' })).toMatchObject({ id: 'cache', brief: 'Design it.' });
  });

  it('saves a prompt whose reference falls short and says what to improve; one without a reference imports quietly', async () => {
    const { userDir, services, call } = await setup();
    const thin = prompt('thin', { extra: REFERENCE_YAML.replace('terms: [comment, reply, ', 'terms: [') });
    const result = await call({ files: [{ name: 'thin.md', text: thin }, { name: 'plain.md', text: prompt('plain') }] });
    expect(result.imported.map((p) => p.id)).toEqual(['thin', 'plain']);
    expect(result.problems).toEqual([{ file: 'thin.md', line: expect.any(Number), field: 'reference.terms', message: 'imported, but: 13 terms; give at least 15' }]);
    expect(await filesUnder(userDir)).toEqual(['plain.md', 'thin.md']);
    expect((await services.handlers['prompt.list']({})).prompts.map((p) => p.id).sort()).toEqual(['builtin', 'plain', 'thin']);
  });

  it('refuses an id that belongs to a built-in prompt, and leaves the built-in as it was', async () => {
    const { builtinDir, userDir, services, call } = await setup();
    const result = await call({ files: [{ name: 'mine.md', text: prompt('builtin', { title: 'Mine' }) }] });
    expect(result).toEqual({
      imported: [],
      problems: [{ file: 'mine.md', line: 2, field: 'id', message: 'id "builtin" is a built-in prompt; choose another id' }],
    });
    expect(await readFile(join(builtinDir, 'builtin.md'), 'utf8')).toBe(prompt('builtin'));
    expect(await filesUnder(userDir)).toEqual([]);
    expect((await services.handlers['prompt.open']({ id: 'builtin' })).title).toBe('builtin title');
  });

  it('takes the first of two files with the same id and reports the second', async () => {
    const { userDir, call } = await setup();
    const result = await call({
      files: [
        { name: 'a/cache.md', text: prompt('cache', { title: 'First' }) },
        { name: 'b/cache.md', text: prompt('cache', { title: 'Second' }) },
      ],
    });
    expect(result.imported.map((p) => p.title)).toEqual(['First']);
    expect(result.problems).toEqual([
      { file: 'b/cache.md', line: 2, field: 'id', message: 'id "cache" is also the id of a/cache.md in this import; only that one was imported' },
    ]);
    expect(await readFile(join(userDir, 'cache.md'), 'utf8')).toContain('title: First');
  });

  it('replaces their earlier prompt with the same id when an edited file is imported again', async () => {
    const { userDir, services, call } = await setup();
    await call({ files: [{ name: 'cache.md', text: prompt('cache', { title: 'Old' }) }] });
    // One they put in the folder by hand, under another file name.
    await writeFile(join(userDir, 'my-queue.md'), prompt('queue', { title: 'Old queue' }));

    const result = await call({
      files: [
        { name: 'cache.md', text: prompt('cache', { title: 'New' }) },
        { name: 'queue.md', text: prompt('queue', { title: 'New queue' }) },
      ],
    });
    expect(result).toEqual({ imported: [expect.objectContaining({ title: 'New' }), expect.objectContaining({ title: 'New queue' })], problems: [] });
    expect(await filesUnder(userDir)).toEqual(['cache.md', 'my-queue.md']);
    const list = await services.handlers['prompt.list']({});
    expect(list.problems).toEqual([]);
    expect(list.prompts.map((p) => p.title).sort()).toEqual(['New', 'New queue', 'builtin title']);
  });

  it('never overwrites a file of the folder that holds something else', async () => {
    const { userDir, call } = await setup();
    await mkdir(userDir, { recursive: true });
    await writeFile(join(userDir, 'cache.md'), 'half-written notes');
    const result = await call({ files: [{ name: 'cache.md', text: prompt('cache') }] });
    expect(result.imported).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'cache.md', field: 'id', message: expect.stringMatching(/already has cache\.md holding something else/) })]);
    expect(await readFile(join(userDir, 'cache.md'), 'utf8')).toBe('half-written notes');
  });

  it('names the saved file by the id, so a name with a path cannot write outside the prompts folder', async () => {
    const { root, userDir, call } = await setup();
    const result = await call({
      files: [
        { name: '../../escape.md', text: prompt('one') },
        { name: `${root}/outside.md`, text: prompt('two') },
        { name: '..\\..\\windows.md', text: prompt('three') },
        { name: 'sub/../../../four.md', text: prompt('four') },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(await filesUnder(userDir)).toEqual(['four.md', 'one.md', 'three.md', 'two.md']);
    const markdown = (await filesUnder(root)).filter((f) => f.endsWith('.md'));
    expect(markdown).toEqual([join('builtin', 'builtin.md'), ...['four.md', 'one.md', 'three.md', 'two.md'].map((f) => join('data', 'prompts', f))]);
  });

  it('refuses a request that is not a list of 1 to 500 named files', async () => {
    const { services } = await setup();
    const file = { name: 'a.md', text: prompt('a') };
    for (const request of [
      { files: [] },
      { files: Array.from({ length: 501 }, () => file) },
      { files: [{ ...file, name: '' }] },
      { files: [{ ...file, name: `${'x'.repeat(298)}.md` }] },
      { files: [{ ...file, text: 'x'.repeat(512 * 1024 + 1) }] },
      { files: [{ ...file, path: '/etc' }] },
      { files: [file], folder: 'x' },
    ]) {
      expect(await dispatch(services.handlers, 'prompt.import', request, { role: 'candidate' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await dispatch(services.handlers, 'prompt.import', { files: [file] }, { role: 'candidate' })).toMatchObject({ ok: true, value: { imported: [{ id: 'a' }] } });
  });
});
