import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'settings.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('removes its temp file and leaves the target alone when the rename fails', async () => {
    const dir = await tempDir();
    const target = join(dir, 'target');
    // A non-empty folder cannot be replaced by a file, so the rename fails.
    await mkdir(target);
    await writeFile(join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('ends with the last of many concurrent writes intact, never a mix', async () => {
    const dir = await tempDir();
    const file = join(dir, 'big.json');
    const bodies = Array.from({ length: 8 }, (_, i) => String(i).repeat(200_000));
    await Promise.all(bodies.map((body) => writeFileAtomic(file, body)));
    expect(bodies).toContain(await readFile(file, 'utf8'));
    expect(await readdir(dir)).toEqual(['big.json']);
  });
});
