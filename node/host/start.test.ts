import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../services/testing/tempDir';
import { findElectronBinary } from './electronBinary';

const tempDir = useTempDirs();
const electronHere = findElectronBinary();

describe('npm start', () => {
  it.skipIf(electronHere !== undefined)(
    'says in one line that Electron is unavailable and serves the browser host instead',
    async () => {
      if (!existsSync('dist/node/start.mjs')) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
      const dataDir = await tempDir();
      // A mirror that refuses at once makes the download fail here even on a machine with internet.
      const child = spawn(process.execPath, ['dist/node/start.mjs', '--port', '0', '--data-dir', dataDir], {
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ELECTRON_OVERRIDE_DIST_PATH: '' },
      });
      try {
        const output = await new Promise<string>((resolve, reject) => {
          let text = '';
          child.stdout.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (/running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+\n/.test(text)) resolve(text);
          });
          child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${text}`)));
          setTimeout(() => reject(new Error(`no URL within 15 s: ${text}`)), 15_000);
        });
        const [first, second] = output.split('\n');
        expect(first).toMatch(/^Electron is not available on this machine .* opens in the browser instead:$/);
        const url = new URL(/running at (\S+)/.exec(second!)![1]!);
        const page = await fetch(url.origin, { headers: { 'x-designdrill-token': url.searchParams.get('token')! } });
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root">');
      } finally {
        child.kill();
      }
    },
    30_000,
  );
  if (electronHere) console.log(`npm start fallback test skipped: Electron is installed here (${electronHere}), so npm start opens it instead.`);
});
