import { describe, expect, it } from 'vitest';
import { LOW_SPACE_BYTES } from './diskCheck';
import { SPACE_CHECK_EVERY_MS, watchFreeSpace } from './spaceWatch';
import { nodeFs, type StoreFs } from './storeFs';

const MB = 1024 * 1024;

/** The real disk, but statfs says whatever `free` holds now, and counts its calls. */
function diskWithFree(start: number) {
  const disk = { free: start, statfsCalls: 0 };
  const fs: StoreFs = {
    ...nodeFs,
    statfs: (async () => {
      disk.statfsCalls++;
      return { bavail: disk.free / 4096, bsize: 4096, blocks: 0, bfree: 0, files: 0, ffree: 0, type: 0 };
    }) as unknown as StoreFs['statfs'],
  };
  return { disk, fs };
}

describe('free space while a session runs', () => {
  it('warns in words when the disk drops under 200 MB, checks at most once a minute, and clears when space returns', async () => {
    const { disk, fs } = diskWithFree(5_000 * MB);
    let clock = 0;
    const heard: (string | undefined)[] = [];
    const watch = watchFreeSpace({ dir: '/data', fs, now: () => clock, onChange: (w) => heard.push(w) });

    watch.written();
    await watch.settled();
    expect(heard).toEqual([undefined]); // plenty of room: the window learns there is nothing to say

    // Keystrokes within the minute cost no statfs, even as the disk fills.
    disk.free = 150 * MB;
    for (let i = 0; i < 100; i++) {
      clock += 100;
      watch.written();
    }
    await watch.settled();
    expect(disk.statfsCalls).toBe(1);
    expect(heard).toHaveLength(1);

    clock = SPACE_CHECK_EVERY_MS;
    watch.written();
    await watch.settled();
    expect(heard.at(-1)).toBe(
      'Only 150 MB are left on the disk of the data folder. This session keeps saving until the disk is full; free some space so the rest of it is kept.',
    );

    // Still as low a minute later: nothing new to say.
    clock += SPACE_CHECK_EVERY_MS;
    watch.written();
    await watch.settled();
    expect(heard).toHaveLength(2);

    disk.free = LOW_SPACE_BYTES + MB;
    clock += SPACE_CHECK_EVERY_MS;
    watch.written();
    await watch.settled();
    expect(heard.at(-1)).toBeUndefined();
    expect(heard).toHaveLength(3);
  });

  it('says nothing when the disk cannot tell its free space', async () => {
    const fs: StoreFs = { ...nodeFs, statfs: (async () => Promise.reject(Object.assign(new Error('ENOSYS'), { code: 'ENOSYS' }))) as unknown as StoreFs['statfs'] };
    const heard: (string | undefined)[] = [];
    const watch = watchFreeSpace({ dir: '/data', fs, onChange: (w) => heard.push(w) });
    watch.written();
    await watch.settled();
    expect(heard).toEqual([]);
  });
});
