import { listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTempDirs } from '../node/services/testing/tempDir';

const run = promisify(execFile);
// One packaging run serves every test here, so its folder lives until the file ends.
const tempDir = useTempDirs('file');

describe('the electron-builder configuration', () => {
  let files: string[] = [];
  let executables: string[] = [];
  let unpacked = '';

  beforeAll(async () => {
    if (!existsSync('dist/electron/main.cjs') || !existsSync('dist/renderer/index.html')) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    }
    const work = await tempDir();
    // A stand-in for Electron's own files, so packaging needs no download.
    const stub = join(work, 'electron-stub');
    await mkdir(stub);
    await writeFile(join(stub, 'electron'), '');
    await chmod(join(stub, 'electron'), 0o755);
    const out = join(work, 'release');
    await run(resolve('node_modules/.bin/electron-builder'), [
      '--config', 'build/electron-builder.yml', '--linux', '--dir',
      `-c.electronDist=${stub}`, `-c.directories.output=${out}`,
    ], { env: { ...process.env, CI: 'true' } });
    unpacked = join(out, 'linux-unpacked');
    files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    executables = await readdir(unpacked);
  }, 120_000);

  it('packs the main process, the preload and the renderer', () => {
    expect(files).toEqual(expect.arrayContaining(['/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html']));
    expect(files.some((f) => /^\/dist\/renderer\/assets\/index-.*\.js$/.test(f))).toBe(true);
  });

  it("packs Excalidraw's fonts beside the renderer, so the canvas draws text offline", () => {
    const fonts = files.filter((f) => /^\/dist\/renderer\/excalidraw\/fonts\/[^/]+\/[^/]+\.woff2$/.test(f));
    for (const family of ['Excalifont', 'Virgil', 'Cascadia', 'Nunito', 'Liberation']) {
      expect(fonts.some((f) => f.includes(`/fonts/${family}/`)), family).toBe(true);
    }
  });

  it('packs no benchmark pages', () => {
    expect(files.filter((f) => f.startsWith('/dist/bench') || f.startsWith('/bench/') || f.startsWith('/dist/node'))).toEqual([]);
  });

  it('packs no node_modules, source maps or sources', () => {
    expect(files.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') || f.endsWith('.tsx'))).toEqual([]);
  });

  it('carries the command line beside the app, and it runs from there', async () => {
    const cli = join(unpacked, 'resources', 'cli', 'designdrill.mjs');
    const { stdout } = await run(process.execPath, [cli, '--version']);
    expect(stdout.trim()).toMatch(/^designdrill \d+\.\d+\.\d+$/);
  });

  it('carries every shipped prompt beside the archive, where the app and `prompts check` read them', async () => {
    const shipped = (await readdir('prompts')).filter((f) => f.endsWith('.md')).sort();
    expect((await readdir(join(unpacked, 'resources', 'prompts'))).sort()).toEqual(shipped);
    const cli = join(unpacked, 'resources', 'cli', 'designdrill.mjs');
    const { stdout } = await run(process.execPath, [cli, 'prompts', 'check', '--data-dir', join(await tempDir(), 'no-data')]);
    // Every prompt reads and none has a problem; notes (answers the matcher finds close) are
    // advice to the author and may be listed above the summary.
    expect(stdout.split('\n').filter((line) => line !== '' && !/: note: /.test(line))).toEqual([`${shipped.length} prompts ok, 0 problems`]);
  });

  it('names the executable after the product', () => {
    expect(executables).toContain('designdrill');
  });
});
