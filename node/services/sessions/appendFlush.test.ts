import { readFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { nodeFs, type StoreFs } from '../storeFs';
import { useTempDirs } from '../testing/tempDir';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

const tempDir = useTempDirs();

/**
 * The real disk, but it keeps count of what an fsync has made durable in each events.jsonl:
 * the file's size when an fsync began, recorded once that fsync has finished. `delayMs` makes
 * every fsync slow, as on a busy disk.
 */
function flushWatch(delayMs = 0) {
  const durable = new Map<string, number>();
  let syncs = 0;
  const fs: StoreFs = {
    ...nodeFs,
    open: (async (path: string, flags?: string, mode?: number) => {
      const handle = await nodeFs.open(path, flags, mode);
      if (!String(path).endsWith('events.jsonl')) return handle;
      return new Proxy(handle, {
        get(target, key, receiver) {
          if (key === 'sync') {
            return async () => {
              const covers = (await target.stat()).size;
              await new Promise((r) => setTimeout(r, delayMs));
              await target.sync();
              syncs++;
              durable.set(String(path), Math.max(durable.get(String(path)) ?? 0, covers));
            };
          }
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      }) as FileHandle;
    }) as StoreFs['open'],
  };
  return { fs, durable: (file: string) => durable.get(file) ?? 0, syncs: () => syncs };
}

/** Where each event's line ends in the log, by seq. */
async function lineEnds(file: string): Promise<Map<number, number>> {
  const ends = new Map<number, number>();
  let offset = 0;
  for (const line of (await readFile(file, 'utf8')).split('\n').slice(0, -1)) {
    offset += Buffer.byteLength(line) + 1;
    ends.set((JSON.parse(line) as { seq: number }).seq, offset);
  }
  return ends;
}

const note = (i: number) => ({ type: 'notes' as const, phase: 'clarify', text: `note ${i}` });

describe('an acknowledged append is on the disk, not only with the OS', () => {
  it('answers an append only after an fsync that covers all its bytes has finished', async () => {
    const dataDir = await tempDir();
    const watch = flushWatch();
    const store = new SessionStore({ dataDir, fs: watch.fs });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    const file = sessionPaths(dataDir, id).events;
    const durableAtAck = new Map<number, number>();
    for (let i = 0; i < 10; i++) {
      const { event } = await store.command(id, i === 0 ? { type: 'start' } : note(i));
      durableAtAck.set(event.seq, watch.durable(file));
    }
    const ends = await lineEnds(file);
    for (const [seq, durable] of durableAtAck) expect(durable, `event ${seq}`).toBeGreaterThanOrEqual(ends.get(seq)!);
    await store.close();
  });

  it('lets appends that arrive together share an fsync, none answered before its bytes are flushed', async () => {
    const dataDir = await tempDir();
    const watch = flushWatch(20);
    const store = new SessionStore({ dataDir, fs: watch.fs });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    const file = sessionPaths(dataDir, id).events;
    const before = watch.syncs();
    const durableAtAck = new Map<number, number>();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        store.command(id, note(i)).then(({ event }) => {
          durableAtAck.set(event.seq, watch.durable(file));
        }),
      ),
    );
    const ends = await lineEnds(file);
    expect(durableAtAck.size).toBe(40);
    for (const [seq, durable] of durableAtAck) expect(durable, `event ${seq}`).toBeGreaterThanOrEqual(ends.get(seq)!);
    // Lines written while an fsync runs share the next one: a burst costs a few, not one each.
    expect(watch.syncs() - before).toBeLessThanOrEqual(10);
    await store.close();
  });
});
