import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function launch(entry: string, args: string[]) {
  if (!existsSync(entry)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  // A server that starts by mistake would keep running: the timeout ends it and fails the test.
  return spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, DESIGNDRILL_DATA_DIR: '/nonexistent-designdrill' } });
}

describe('the launchers read their arguments before starting anything', () => {
  it.each([['dist/node/web.mjs'], ['dist/node/start.mjs']])('%s --help prints the usage and exits 0 without serving', (entry) => {
    for (const flag of ['--help', '-h']) {
      const r = launch(entry, [flag]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Usage: node dist\/node\/(web|start)\.mjs \[--port N\] \[--data-dir DIR\]/);
      expect(r.stdout).not.toMatch(/running at/);
    }
  });

  it('the browser host refuses an argument it does not know, exit 2, naming it', () => {
    const r = launch('dist/node/web.mjs', ['--prot', '4321']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^DesignDrill: unknown argument "--prot"\n\nUsage:/);
    expect(launch('dist/node/web.mjs', ['--port']).stderr).toMatch(/^DesignDrill: --port needs a value/);
  });
});
