import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOTS = ['shared', 'electron', 'node', 'bench', 'build', 'renderer'];

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Two projects over the same files. Most test files share one module graph per worker
 * (`isolate: false`): each file then no longer pays for importing zod's schemas, the rubric
 * and the text engine again, which was about a third of vitest's time. A file that swaps a
 * module (vi.mock, vi.resetModules), a global or the clock (fake timers) would leave that to
 * the files after it, so it keeps a fresh module graph of its own; the renderer slices' tests
 * are among them (they mock the bridge). Found by reading the files, so a new one is placed
 * without anyone listing it.
 */
const SWAPS = /\bvi\.(mock|doMock|unmock|resetModules|useFakeTimers|setSystemTime|stubGlobal|stubEnv)\(/;
const ISOLATED = ROOTS.flatMap((root) => testFiles(join(HERE, root)))
  .filter((file) => SWAPS.test(readFileSync(file, 'utf8')))
  .map((file) => relative(HERE, file));
const ALL = ROOTS.map((root) => `${root}/**/*.test.ts`);

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 20_000,
    // Two files at a time even on 2 cores (vitest's default there is one): many files wait on
    // a child process (the built host, the command line) or the disk, and the other file uses
    // the core meanwhile. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 2),
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      ...(ISOLATED.length ? [{ extends: true as const, test: { name: 'isolated', include: ISOLATED } }] : []),
      { extends: true, test: { name: 'shared', include: ALL, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false } },
    ],
  },
});
