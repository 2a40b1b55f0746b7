import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpMarkdown } from '../../shared/estimate/help';
import { run } from './run';
import { runCli } from './testing/runCli';

const calc = (argv: string[], stdin?: string[]) =>
  runCli(['calc', ...argv], stdin === undefined ? {} : { stdin: (async function* () { yield* stdin; })() });

describe('designdrill calc', () => {
  it('evaluates each argument as a line, sharing variables, one result per line', async () => {
    const { code, out, err } = await calc(['writes = 10M/day', 'writes * 100', '# comment', 'storage = writes * 5 year * 500 B', '62^7']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toBe('writes = 116 /s\n11.6 K /s\n\nstorage = 9.13 TB\n3.52 T\n');
  });

  it('reads lines from stdin when none are given, split across chunks, with CRLF', async () => {
    const { code, out } = await calc([], ['dau = 10M us', 'ers\r\ndau * 10 requests/user/day\n', 'dau to K users']);
    expect(code).toBe(0);
    expect(out).toBe('dau = 10 M users\n1.16 K requests/s\n10,000 K users\n');
  });

  it('prints errors in place, with the column, and exits with 1', async () => {
    const { code, out } = await calc(['a = 5 +', 'a * 2', 'b = 3', 'b * 2']);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'error: the line ends too early: something is missing at the end (column 7)',
      'error: "a" is undefined: line 1, which defines it, has an error (column 1)',
      'b = 3',
      '6',
      '',
    ]);
  });

  it('--json prints one object per line with the value in base units', async () => {
    const { code, out } = await calc(['--json', 'writes = 10M/day', '', '5 MB + 1 s', '1 Gbps']);
    expect(code).toBe(1);
    const objects = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(objects).toEqual([
      { line: 1, kind: 'value', name: 'writes', value: 1e7 / 86_400, unit: '/s', dimension: 'rate', display: '116 /s', power: 2, tag: 'write-qps' },
      { line: 2, kind: 'blank' },
      { line: 3, kind: 'error', error: expect.stringMatching(/units do not match/) },
      { line: 4, kind: 'value', value: 1.25e8, unit: 'B/s', dimension: 'bandwidth', display: '125 MB/s', power: 8 },
    ]);
  });

  it('takes a line that starts with a minus sign as a line, not an option', async () => {
    expect((await calc(['-5 s', '-.5 * 4', '-(2)'])).out).toBe('-5 s\n-2\n-2\n');
    expect((await calc(['-v'])).code).toBe(2);
  });

  it('refuses --at, and is listed in the usage', async () => {
    const { code, err } = await calc(['--at', '1:00', '1']);
    expect(code).toBe(2);
    expect(err).toContain('--at only applies');
    let usage = '';
    await run(['--help'], { stdout: { write: (t: string) => (usage += t) }, stderr: { write: () => 0 } });
    expect(usage).toContain('calc [line ...]');
  });
});

describe('docs/estimation.md', () => {
  const file = join(import.meta.dirname, '../../docs/estimation.md');

  it('is the help and reference card from shared/estimate, as generated', () => {
    const generated = helpMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(file, generated);
    expect(existsSync(file), 'run UPDATE_DOCS=1 npx vitest run node/cli/calc.test.ts').toBe(true);
    expect(readFileSync(file, 'utf8'), 'docs/estimation.md is stale: run UPDATE_DOCS=1 npx vitest run node/cli/calc.test.ts').toBe(generated);
  });

  it('its examples all evaluate as it says (checked against the same data in shared/estimate/help.test.ts)', () => {
    // The table rows are `input` | result; re-run each through the real command line for good measure.
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('| `10M/day` | `116 /s` |');
    expect(text).toContain('| `62^7` | `3.52 T` |');
  });
});

describe('the built command line', () => {
  const cli = join(import.meta.dirname, '../../dist/node/cli.mjs');
  it.skipIf(!existsSync(cli))('runs calc from dist/node/cli.mjs', () => {
    const out = execFileSync(process.execPath, [cli, 'calc', '--json', '18B * 500 B'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toMatchObject({ value: 9e12, unit: 'B', dimension: 'data', display: '9 TB' });
    const piped = execFileSync(process.execPath, [cli, 'calc'], { input: 'x = 62^7\nx / 18B\n', encoding: 'utf8' });
    expect(piped).toBe('x = 3.52 T\n196\n');
  });
});
