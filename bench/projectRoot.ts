import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder, the nearest one above this module that holds package.json: the benchmark
 * runs from bench/ under vitest and from dist/bench/ once built, at different depths.
 */
export function projectRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`bench: no package.json above ${fileURLToPath(moduleUrl)}`);
    dir = up;
  }
  return dir;
}
