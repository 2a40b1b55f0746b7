// Bundles the Node side: Electron main and preload (CommonJS, as a sandboxed preload
// requires), and the browser host, launcher and tests' entry points (ESM).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

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

await Promise.all([
  build({ ...common, format: 'cjs', entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, format: 'cjs', platform: 'browser', entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({
    ...common,
    format: 'esm',
    entryPoints: { web: 'electron/host/web.node.ts', start: 'electron/host/start.node.ts' },
    outdir: 'dist/node',
    outExtension: { '.js': '.mjs' },
    // Bundled CommonJS dependencies still call require().
    banner: { js: "import { createRequire as __ddRequire } from 'node:module'; const require = __ddRequire(import.meta.url);" },
  }),
]);
