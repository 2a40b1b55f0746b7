// Bundles what runs outside the window: Electron main and preload (CommonJS, as a sandboxed
// preload requires), the browser host and launcher, and the command line (ESM). `--bench` bundles
// the benchmark alone (dist/bench/bench.mjs), for `npm run bench`: no other build carries it.
import { build } from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(version) },
  external: ['electron'],
};
// Bundled CommonJS dependencies still call require().
const requireShim = "import { createRequire as __ddRequire } from 'node:module'; const require = __ddRequire(import.meta.url);";

if (process.argv.includes('--bench')) {
  await build({
    ...common,
    format: 'esm',
    entryPoints: { bench: 'bench/benchEntry.ts' },
    // The benchmark drives Chromium through Playwright, loaded from node_modules when it runs.
    external: [...common.external, 'playwright-core'],
    outdir: 'dist/bench',
    outExtension: { '.js': '.mjs' },
    banner: { js: requireShim },
  });
  process.exit(0);
}

await Promise.all([
  build({ ...common, format: 'cjs', entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, format: 'cjs', platform: 'browser', entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { web: 'node/host/webEntry.ts', start: 'node/host/startEntry.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    banner: { js: requireShim },
  }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { cli: 'node/cli/cliEntry.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    // Run directly as `designdrill` (package.json "bin"): the hashbang must be the first line.
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  }),
]);
chmodSync('dist/node/cli.mjs', 0o755);
