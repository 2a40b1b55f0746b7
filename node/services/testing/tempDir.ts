import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** A fresh folder per call, removed after the test that asked for it (or after the file, for 'file'). */
export function useTempDirs(scope: 'test' | 'file' = 'test'): () => Promise<string> {
  const made: string[] = [];
  (scope === 'test' ? afterEach : afterAll)(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'designdrill-test-'));
    made.push(dir);
    return dir;
  };
}
