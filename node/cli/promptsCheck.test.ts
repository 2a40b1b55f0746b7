import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REFERENCE_YAML } from '../services/testing/promptReference';
import { useTempDirs } from '../services/testing/tempDir';
import { builtinPromptsDir } from './promptsCheck';
import { runCli } from './testing/runCli';

const tempDir = useTempDirs();

const prompt = (id: string, extra = '') => `---
id: ${id}
title: ${id} title
difficulty: hard
tags: [streaming]
summary: A small one.
brief: Design it.${extra}
---
# Outline
`;

const cli = (argv: string[], options: { env?: NodeJS.ProcessEnv; builtinPromptsDir?: string } = {}) =>
  runCli(argv, { env: options.env ?? {}, ...(options.builtinPromptsDir === undefined ? {} : { builtinPromptsDir: options.builtinPromptsDir }) });

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('designdrill prompts check <path>', () => {
  it('checks the .md files of a folder: one line per problem as file:line: field: message, a count, exit 1', async () => {
    const dir = await folder({
      'good.md': prompt('good'),
      'bad.md': prompt('bad').replace('difficulty: hard', 'difficulty: 3'),
      'notes.txt': 'not a prompt',
    });
    const { code, out, err } = await cli(['prompts', 'check', dir]);
    expect({ code, err }).toEqual({ code: 1, err: '' });
    expect(out).toBe(`${join(dir, 'bad.md')}:4: difficulty: Invalid option: expected one of "easy"|"medium"|"hard"\n1 prompt ok, 1 problem\n`);
  });

  it('exits 0 when every prompt is valid', async () => {
    const dir = await folder({ 'a.md': prompt('a'), 'b.md': prompt('b') });
    expect(await cli(['prompts', 'check', dir])).toEqual({ code: 0, out: '2 prompts ok, 0 problems\n', err: '' });
    expect(await cli(['prompts', 'check', join(dir, 'a.md')])).toEqual({ code: 0, out: '1 prompt ok, 0 problems\n', err: '' });
  });

  it('checks one file, figures included, and leaves out the parts of a problem it does not know', async () => {
    const dir = await folder({
      'figures.md': prompt('figures', '\nfigures:\n  - name: writes\n    value: 10M/day\n    stated: 174/s'),
      'plain.md': '# no front matter',
    });
    const figures = await cli(['prompts', 'check', join(dir, 'figures.md')]);
    expect(figures.code).toBe(1);
    expect(figures.out).toBe(`${join(dir, 'figures.md')}:11: figures.0.stated: writes: stated 174 /s is 50% off the derived 116 /s (allowed: 10%)\n0 prompts ok, 1 problem\n`);
    const plain = await cli(['prompts', 'check', join(dir, 'plain.md')]);
    expect(plain.out.split('\n')[0]).toBe(`${join(dir, 'plain.md')}:1: a prompt file must start with YAML front matter between two "---" lines`);
  });

  it('fails on a reference below the minimums or with a remedy naming nothing known: file:line: field, as a warning outside the built-in folder', async () => {
    const text = prompt('thin', REFERENCE_YAML.replace('remedies: [split hot keys]', 'remedies: [pray]').replace('core: true\n    - text: List', 'core: false\n    - text: List'));
    const dir = await folder({ 'thin.md': text });
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const file = join(dir, 'thin.md');
    const expected = [
      `${file}:${lineOf('  functional:')}: reference.functional: warning: 2 marked core: true; mark the 3-6 must-haves`,
      `${file}:${lineOf('[pray]')}: reference.bottlenecks.1.remedies.0: warning: "pray" names no known technique or component (docs/knowledge.md lists them)`,
    ];
    expect(await cli(['prompts', 'check', dir])).toEqual({ code: 1, out: `${expected.join('\n')}\n1 prompt ok, 0 problems, 2 warnings\n`, err: '' });
    // The same file in the built-in folder is not loaded at all.
    const builtin = await cli(['prompts', 'check', file], { builtinPromptsDir: dir });
    expect(builtin).toEqual({ code: 1, out: `${expected.map((l) => l.replace('warning: ', '')).join('\n')}\n0 prompts ok, 2 problems\n`, err: '' });
  });

  it('reports an id used by two of the files checked', async () => {
    const dir = await folder({ 'a.md': prompt('same'), 'b.md': prompt('same') });
    const { code, out } = await cli(['prompts', 'check', dir]);
    expect(code).toBe(1);
    expect(out).toBe(`${join(dir, 'b.md')}:2: id: id "same" is already used by ${join(dir, 'a.md')}\n1 prompt ok, 1 problem\n`);
  });

  it('exits 2 for a path that does not exist', async () => {
    const missing = join(await tempDir(), 'nope');
    expect(await cli(['prompts', 'check', missing])).toEqual({ code: 2, out: '', err: `designdrill: no such file or folder: ${missing}\n` });
  });
});

describe('designdrill prompts check, without a path', () => {
  it('checks the built-in prompts, then the data folder\'s, as the app loads them', async () => {
    const builtin = await folder({ 'shipped.md': prompt('shipped') });
    const dataDir = await tempDir();
    await mkdir(join(dataDir, 'prompts'));
    await writeFile(join(dataDir, 'prompts', 'mine.md'), prompt('mine'));
    expect(await cli(['prompts', 'check', '--data-dir', dataDir], { builtinPromptsDir: builtin })).toEqual({ code: 0, out: '2 prompts ok, 0 problems\n', err: '' });

    await writeFile(join(dataDir, 'prompts', 'copy.md'), prompt('shipped'));
    const clash = await cli(['prompts', 'check'], { builtinPromptsDir: builtin, env: { DESIGNDRILL_DATA_DIR: dataDir } });
    expect(clash.code).toBe(1);
    expect(clash.out).toBe(`${join(dataDir, 'prompts', 'copy.md')}:2: id: id "shipped" is already used by ${join(builtin, 'shipped.md')}\n2 prompts ok, 1 problem\n`);
  });

  it('finds the built-in prompts beside the command line: in the project, and in the package', async () => {
    expect(builtinPromptsDir()).toBe(resolve('prompts'));
    const project = await tempDir();
    await mkdir(join(project, 'prompts'));
    expect(builtinPromptsDir(pathToFileURL(join(project, 'dist', 'node', 'cli.mjs')).href)).toBe(join(project, 'prompts'));
    const resources = join(await tempDir(), 'resources');
    await mkdir(join(resources, 'prompts'), { recursive: true });
    expect(builtinPromptsDir(pathToFileURL(join(resources, 'cli', 'designdrill.mjs')).href)).toBe(join(resources, 'prompts'));
    const nowhere = await tempDir();
    expect(() => builtinPromptsDir(pathToFileURL(join(nowhere, 'cli', 'designdrill.mjs')).href)).toThrow(/the built-in prompts are not beside the command line/);
  });
});

describe('designdrill prompts, wrong arguments', () => {
  it('names what is wrong, exit 2', async () => {
    for (const [args, message] of [
      [['prompts'], '"prompts" needs a subcommand: check [path]'],
      [['prompts', 'lint'], 'unknown command "prompts lint"'],
      [['prompts', 'check', 'a', 'b'], 'unexpected argument "b": prompts check takes one file or folder'],
      [['prompts', 'check', '--json'], '--json does not apply to "prompts check"'],
      [['prompts', 'check', '--at', '1:00'], '--at only applies to "session show <id>"'],
    ] as const) {
      const { code, out, err } = await cli([...args]);
      expect({ args, code, out }).toEqual({ args, code: 2, out: '' });
      expect(err).toContain(`designdrill: ${message}\n`);
    }
  });

  it('is listed in the usage', async () => {
    expect((await cli(['--help'])).out).toContain('prompts check [path]');
  });
});

describe('the built command line', () => {
  const built = join(import.meta.dirname, '../../dist/node/cli.mjs');
  it.skipIf(!existsSync(built))('checks the shipped prompts from dist/node/cli.mjs, finding them at the top of the project', async () => {
    const shipped = (await readdir('prompts')).filter((f) => f.endsWith('.md'));
    const { stdout } = await promisify(execFile)(process.execPath, [built, 'prompts', 'check', '--data-dir', await tempDir()]).catch((error: { stdout: string }) => error);
    expect(stdout).toMatch(/\d+ prompts? ok, \d+ problems?\n$/);
    // Every shipped file is counted once: as a prompt, or by its problems.
    const [, ok] = /(\d+) prompts? ok/.exec(stdout)!;
    // Warnings and notes are about prompts that loaded; only problems stand for a file that did not.
    const problems = stdout.split('\n').filter((l) => !/: (warning|note): /.test(l));
    const bad = new Set(problems.flatMap((l) => /^(.+?\.md):/.exec(l)?.[1] ?? []));
    expect(Number(ok) + bad.size).toBe(shipped.length);
  });
});
