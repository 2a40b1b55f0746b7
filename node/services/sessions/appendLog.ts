import type { FileHandle } from 'node:fs/promises';
import { writeAll } from '../atomicWrite';
import { nodeFs, type StoreFs } from '../storeFs';

/**
 * An append-only file of lines. An append resolves only once its whole line is written and
 * fsynced: acknowledged means on the disk, so neither a killed process nor a power cut loses
 * it. Appends that arrive while an fsync runs share the next one (group commit), so a burst
 * of keystrokes costs one flush, not one each. A write that fails part-way (a full disk) is
 * rolled back, so the file always ends at a line's end.
 */
export class AppendLog {
  private chain: Promise<unknown> = Promise.resolve();
  /** A failed write could not be rolled back: the file's end is unknown, nothing more goes in. */
  private broken: unknown;
  /** Bytes known to be on the disk (through the last fsync that finished). */
  private synced: number;
  /** The fsync running now, and the size it covers. */
  private syncing: { through: number; done: Promise<void> } | undefined;

  private constructor(
    private readonly handle: FileHandle,
    /** Bytes in the file through the last whole line. */
    private size: number,
  ) {
    this.synced = size;
  }

  static async open(file: string, fs: StoreFs = nodeFs): Promise<AppendLog> {
    const handle = await fs.open(file, 'a');
    try {
      return new AppendLog(handle, (await handle.stat()).size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Resolves once the whole line is on the disk (written and fsynced); writes keep their order. */
  append(line: string): Promise<void> {
    return this.appendWritten(line).then((written) => written.durable);
  }

  /**
   * Resolves once the whole line is with the OS, in order, giving `durable`, which resolves
   * once it is fsynced too. A caller that runs appends one after another waits for the first
   * and answers on the second: the next line can be written while this one is flushed.
   */
  appendWritten(line: string): Promise<{ durable: Promise<void> }> {
    const write = this.chain.then(() => this.write(Buffer.from(`${line}\n`)));
    this.chain = write.catch(() => {});
    return write.then((end) => {
      const durable = this.syncThrough(end);
      // Whoever holds `durable` hears of a failure; an unheld one must not crash the process.
      durable.catch(() => {});
      return { durable };
    });
  }

  private async write(data: Buffer): Promise<number> {
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
    return this.size;
  }

  /**
   * Waits until the file is fsynced through byte `end`. One fsync runs at a time; the lines
   * written while it runs wait for it and then share the next, which covers all of them.
   */
  private async syncThrough(end: number): Promise<void> {
    while (this.synced < end) {
      if (!this.syncing) {
        const through = this.size;
        const done = this.handle.sync().then(() => {
          this.synced = Math.max(this.synced, through);
        });
        const running = { through, done };
        this.syncing = running;
        void done.finally(() => {
          if (this.syncing === running) this.syncing = undefined;
        }).catch(() => {});
      }
      // A failed fsync rejects every append it was to cover: none of them is acknowledged.
      await this.syncing.done;
    }
  }

  /** Waits for every append so far to be on the disk. */
  async flush(): Promise<void> {
    await this.chain;
    await this.syncThrough(this.size);
  }

  async close(): Promise<void> {
    await this.flush().catch(() => {});
    await this.handle.close();
  }
}

/** What a session's log is to the store: appends, a flush, a close. */
export type LogWriter = Pick<AppendLog, 'append' | 'appendWritten' | 'flush' | 'close'>;

const readOnlyRefusal = () => Object.assign(new Error('EROFS: the session is open read-only'), { code: 'EROFS' });

/** The log of a session opened read-only: nothing goes in (the store refuses before it gets here). */
export const READ_ONLY_LOG: LogWriter = {
  append: () => Promise.reject(readOnlyRefusal()),
  appendWritten: () => Promise.reject(readOnlyRefusal()),
  flush: () => Promise.resolve(),
  close: () => Promise.resolve(),
};
