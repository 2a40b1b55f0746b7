import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { nodeFs, type StoreFs } from './storeFs';

export type AtomicWriteOptions = {
  fs?: StoreFs;
  /** Runs once the new content is safely on disk, before it replaces the old (the log's repair sets the original aside here). */
  beforeRename?: () => Promise<void>;
};

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new
 * content, never a torn mix: write a temp file beside it, fsync it, rename over,
 * then fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await writeAll(handle, typeof data === 'string' ? Buffer.from(data) : data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await handle.close();
  try {
    await options.beforeRename?.();
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncDir(dir, fs);
}

/** Writes every byte, however many calls it takes: a write may take fewer bytes than it was given. */
export async function writeAll(handle: { write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }> }, data: Uint8Array): Promise<void> {
  let done = 0;
  let idle = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    done += bytesWritten;
    // A disk that keeps taking nothing without saying why is failing: say so rather than spin.
    if (bytesWritten === 0 && ++idle > 3) throw Object.assign(new Error('EIO: the disk takes no more bytes'), { code: 'EIO' });
  }
}

async function syncDir(dir: string, fs: StoreFs): Promise<void> {
  // Windows cannot open a folder for fsync; the rename is as durable as it gets there.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
