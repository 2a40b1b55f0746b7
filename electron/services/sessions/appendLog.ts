import { open, type FileHandle } from 'node:fs/promises';

export const FLUSH_INTERVAL_MS = 1000;

/**
 * An append-only file of lines. Each line is written to the OS at once (so killing the
 * process loses nothing written), and fsynced within FLUSH_INTERVAL_MS (so a power cut
 * loses at most the last second).
 */
export class AppendLog {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly handle: FileHandle,
    private readonly onError: (error: unknown) => void,
  ) {}

  static async open(file: string, onError: (error: unknown) => void = () => {}): Promise<AppendLog> {
    return new AppendLog(await open(file, 'a'), onError);
  }

  /** Resolves once the line is with the OS; writes keep their order. */
  append(line: string): Promise<void> {
    const write = this.chain.then(() => this.handle.write(`${line}\n`));
    this.chain = write.catch(() => {});
    return write.then(() => {
      this.dirty = true;
      this.timer ??= setTimeout(() => void this.flush().catch(this.onError), FLUSH_INTERVAL_MS);
    });
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
    await this.flush();
    await this.handle.close();
  }
}
