import { afterRecording, diffScene, type Recorded } from '../../shared/canvas/delta';
import { CanvasFile, type CanvasDelta, type CanvasElement } from '../../shared/canvas/element';

/** At most one batch a second while drawing. */
export const FLUSH_EVERY_MS = 1000;
const RETRY_AFTER_MS = 2000;
/** The log refuses a file bigger than this (an image as a data: URL). */
const MAX_FILE_CHARS = CanvasFile.shape.dataURL.maxLength ?? 8_000_000;

export type RecorderStatus = 'saved' | 'saving' | 'failed';

export type RecorderOptions = {
  /** What the log already holds: the scene the canvas was opened with. */
  recorded: Recorded;
  /** Appends a delta to the session log; resolves to whether it was appended. */
  send(delta: CanvasDelta, keepalive: boolean): Promise<boolean>;
  onStatus?(status: RecorderStatus): void;
  /** An image too large for the log was left out (the element stays, its picture does not). */
  onFileTooLarge?(file: CanvasFile): void;
};

type Scene = { elements: readonly CanvasElement[]; files: Readonly<Record<string, CanvasFile>> };

/**
 * Turns Excalidraw's stream of scenes into element-level deltas for the session log.
 *
 * `update` is called from Excalidraw's onChange (every pointer move while drawing, every
 * pan): it only keeps the reference and makes sure a flush is due within a second.
 * (Excalidraw mutates elements in place and bumps their versions, so an unchanged array
 * may still hold changes: only the diff can tell.)
 * A flush diffs the newest scene against what is recorded and sends what changed; a
 * failed send is rolled back so the next flush carries it again (appending an element's
 * version twice is harmless: the fold keeps the newest).
 */
export class CanvasRecorder {
  private recorded: Recorded;
  private latest: Scene | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlushAt = 0;
  private sending: Promise<void> | undefined;
  private stopped = false;
  private status: RecorderStatus = 'saved';
  private readonly tooLarge = new Set<string>();

  constructor(private readonly options: RecorderOptions) {
    this.recorded = options.recorded;
  }

  /** The newest scene from Excalidraw. Cheap: no diff here. */
  update(elements: readonly CanvasElement[], files: Readonly<Record<string, CanvasFile>>): void {
    if (this.stopped) return;
    this.latest = { elements, files };
    this.schedule(Math.max(0, this.lastFlushAt + FLUSH_EVERY_MS - Date.now()));
  }

  /**
   * Elements that reached the log from elsewhere (another window) and are now shown here:
   * they need not be sent back.
   */
  markRecorded(elements: readonly CanvasElement[], fileIds: readonly string[] = []): void {
    if (elements.length === 0 && fileIds.length === 0) return;
    this.recorded = afterRecording(this.recorded, {
      added: [],
      changed: elements.filter((e) => !e.isDeleted),
      deleted: elements.filter((e) => e.isDeleted).map(({ id, version, versionNonce }) => ({ id, version, versionNonce })),
      files: [],
    });
    if (fileIds.length > 0) this.recorded = { ...this.recorded, files: new Set([...this.recorded.files, ...fileIds]) };
  }

  /**
   * Sends what changed now. `keepalive` is for a page that is going away: it is sent at
   * once even while another batch is on its way.
   */
  flush(keepalive = false): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // One batch on its way at a time, so batches reach the log in order.
    if (this.sending && !keepalive) return this.sending.then(() => this.flush());
    const scene = this.latest;
    if (!scene) return this.sending ?? Promise.resolve();
    this.lastFlushAt = Date.now();
    const found = diffScene(this.recorded, scene.elements, this.withoutOversizeFiles(scene.files));
    if (!found) {
      if (!this.sending) this.setStatus('saved');
      return this.sending ?? Promise.resolve();
    }
    // Excalidraw goes on mutating its elements in place: send them as they are now.
    const delta = structuredClone(found);
    const before = this.recorded;
    this.recorded = afterRecording(this.recorded, delta);
    this.setStatus('saving');
    const sent = this.options
      .send(delta, keepalive)
      .catch(() => false)
      .then((ok) => {
        if (this.sending === sent) this.sending = undefined;
        if (!ok) {
          // Diff against the older record again, so the next flush carries this batch too.
          this.recorded = before;
          this.setStatus('failed');
          if (!this.stopped) this.schedule(RETRY_AFTER_MS);
          return;
        }
        if (!this.sending) this.setStatus('saved');
      });
    if (!keepalive || !this.sending) this.sending = sent;
    return sent;
  }

  /** Stops recording after a last flush (the session ended, the screen closed). */
  async stop(): Promise<void> {
    const last = this.flush();
    this.stopped = true;
    clearTimeout(this.timer);
    await last;
  }

  private schedule(delayMs: number): void {
    if (this.stopped || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  private withoutOversizeFiles(files: Readonly<Record<string, CanvasFile>>): Readonly<Record<string, CanvasFile>> {
    let kept: Record<string, CanvasFile> | undefined;
    for (const [id, file] of Object.entries(files)) {
      if (file.dataURL.length <= MAX_FILE_CHARS) continue;
      kept ??= { ...files };
      delete kept[id];
      if (!this.tooLarge.has(id)) {
        this.tooLarge.add(id);
        this.options.onFileTooLarge?.(file);
      }
    }
    return kept ?? files;
  }

  private setStatus(status: RecorderStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}
