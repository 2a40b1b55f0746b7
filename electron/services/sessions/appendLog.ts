import type { FileHandle } from 'node:fs/promises';
import { writeAll } from '../atomicWrite';
import { nodeFs, type StoreFs } from '../storeFs';

export const FLUSH_INTERVAL_MS = 1000;

/**
 * An append-only file of lines. Each line is written to the OS whole before its append
 * resolves (so killing the process loses nothing acknowledged), and fsynced within
 * FLUSH_INTERVAL_MS (so a power cut loses at most the last second). A write that fails
 * part-way (a full disk) is rolled back, so the file always ends at a line's end.
 */
export class AppendLog {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  /** A failed write could not be rolled back: the file's end is unknown, nothing more goes in. */
  private broken: unknown;

  private constructor(
    private readonly handle: FileHandle,
    /** Bytes in the file through the last whole line. */
    private size: number,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async open(file: string, onError: (error: unknown) => void = () => {}, fs: StoreFs = nodeFs): Promise<AppendLog> {
    const handle = await fs.open(file, 'a');
    try {
      return new AppendLog(handle, (await handle.stat()).size, onError);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Resolves once the whole line is with the OS; writes keep their order. */
  append(line: string): Promise<void> {
    const write = this.chain.then(() => this.write(Buffer.from(`${line}\n`)));
    this.chain = write.catch(() => {});
    return write.then(() => {
      this.dirty = true;
      this.timer ??= setTimeout(() => void this.flush().catch(this.onError), FLUSH_INTERVAL_MS);
    });
  }

  private async write(data: Buffer): Promise<void> {
    if (this.broken !== undefined) throw this.broken;
    try {
      await writeAll(this.handle, data);
    } catch (error) {
      // Part of the line may be on disk: cut back to the last whole line, so the next
      // append (once there is room) starts a line of its own instead of gluing onto a torn one.
      await this.handle.truncate(this.size).catch((cut: unknown) => {
        this.broken = cut;
      });
      throw error;
    }
    this.size += data.length;
  }

  /** Forces what was appended onto the disk. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
    if (!this.dirty) return;
    this.dirty = false;
    await this.handle.sync();
  }

  async close(): Promise<void> {
    await this.flush().catch(this.onError);
    await this.handle.close();
  }
}

/** What a session's log is to the store: appends, a flush, a close. */
export type LogWriter = Pick<AppendLog, 'append' | 'flush' | 'close'>;

/** The log of a session opened read-only: nothing goes in (the store refuses before it gets here). */
export const READ_ONLY_LOG: LogWriter = {
  append: () => Promise.reject(Object.assign(new Error('EROFS: the session is open read-only'), { code: 'EROFS' })),
  flush: () => Promise.resolve(),
  close: () => Promise.resolve(),
};
