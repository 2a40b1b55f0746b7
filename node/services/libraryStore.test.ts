import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonalLibraryItem } from '../../shared/canvas/library/personalLibrary';
import { LIBRARY_FILE, openLibraryStore } from './libraryStore';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

const item = (id: string): PersonalLibraryItem => ({
  id,
  status: 'unpublished',
  created: 1_795_000_000_000,
  elements: [{ id: `${id}-box`, type: 'rectangle', version: 3, versionNonce: 7, isDeleted: false, x: 0, y: 0, width: 120, height: 60 }],
});

describe("the person's own library shapes", () => {
  it('are kept across a restart, in a standard .excalidrawlib file', async () => {
    const dir = await tempDir();
    await (await openLibraryStore(dir)).save([item('gateway'), item('shard')]);
    expect((await openLibraryStore(dir)).list().map((i) => i.id)).toEqual(['gateway', 'shard']);
    const file = JSON.parse(await readFile(join(dir, LIBRARY_FILE), 'utf8'));
    expect(file).toMatchObject({ type: 'excalidrawlib', version: 2, libraryItems: [{ id: 'gateway' }, { id: 'shard' }] });
    // Fields Excalidraw adds that we do not check survive the round trip.
    expect(file.libraryItems[0].elements[0]).toMatchObject({ width: 120, height: 60 });
  });

  it('end with the last of quick successive saves', async () => {
    const dir = await tempDir();
    const store = await openLibraryStore(dir);
    await Promise.all([store.save([item('a')]), store.save([]), store.save([item('b')])]);
    expect((await openLibraryStore(dir)).list().map((i) => i.id)).toEqual(['b']);
  });

  it('set a damaged file aside with a note naming it, and start empty', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, LIBRARY_FILE), '{"type": "excalidrawlib", "version": 2, "libraryItems": [{"id": 1}]}');
    const store = await openLibraryStore(dir);
    expect(store.list()).toEqual([]);
    expect(store.notice).toMatch(/library\.excalidrawlib was damaged \(field "libraryItems\.0\.id"/);
    const kept = await readdir(join(dir, 'quarantine'));
    expect(kept.some((f) => f.endsWith(LIBRARY_FILE))).toBe(true);
  });
});
