// Bundles the Node side: Electron main and preload (CommonJS, as a sandboxed preload
// requires), the browser host and launcher, and the command line and benchmark (ESM).
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

await Promise.all([
  build({ ...common, format: 'cjs', entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, format: 'cjs', platform: 'browser', entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { web: 'electron/host/web.node.ts', start: 'electron/host/start.node.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    banner: { js: requireShim },
  }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { cli: 'electron/cli/cli.node.ts', bench: 'electron/bench/bench.node.ts' },
    // The benchmark drives Chromium through Playwright, loaded from node_modules when it runs.
    external: [...common.external, 'playwright-core'],
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    // Run directly as `designdrill` (package.json "bin"): the hashbang must be the first line.
    banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  }),
]);
chmodSync('dist/node/cli.mjs', 0o755);
