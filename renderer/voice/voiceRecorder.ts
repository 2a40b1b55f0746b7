import type { Request, Response } from '../../shared/bridge/contract';
import type { AudioMime } from '../../shared/session/audio';
import { base64Of } from '../bridge/fileTransfer';

/** How often the recorder hands over a chunk: a crash loses at most about this much. */
export const CHUNK_MS = 1000;

/** Opus in WebM where the browser records it (Chromium, Electron), else in Ogg (Firefox, Safari). */
export function recordingFormat(): { mimeType: string; mime: AudioMime } | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined;
  for (const [mimeType, mime] of [
    ['audio/webm;codecs=opus', 'audio/webm'],
    ['audio/ogg;codecs=opus', 'audio/ogg'],
  ] as const) {
    if (MediaRecorder.isTypeSupported(mimeType)) return { mimeType, mime };
  }
  return undefined;
}

export type VoiceRecorderOptions = {
  sessionId: string;
  stream: MediaStream;
  /** The bridge call; resolves once the chunk is on the disk. */
  send(request: Request<'audio.append'>): Promise<Response<'audio.append'>>;
  /** A chunk is on the disk. */
  onSaved?(): void;
  /** A chunk was refused or did not arrive: this run is over (its next chunks would not decode alone). */
  onBroken(error: unknown): void;
};

/**
 * One recording run: a MediaRecorder whose chunks go to the session folder one after another,
 * each sent only once the one before it was saved. The run's first chunk carries the
 * container's header, so its file decodes on its own; a run that breaks is not patched, the
 * caller starts another (docs/decisions/0009-audio-chunks.md).
 */
export class VoiceRecorder {
  private readonly recorder: MediaRecorder;
  private readonly mime: AudioMime;
  private queue: Promise<void> = Promise.resolve();
  private seq = 0;
  private run: number | undefined;
  private broken = false;
  private startT = 0;

  constructor(private readonly options: VoiceRecorderOptions) {
    const format = recordingFormat();
    if (!format) throw new Error('this browser cannot record Opus audio');
    this.mime = format.mime;
    this.recorder = new MediaRecorder(options.stream, { mimeType: format.mimeType, audioBitsPerSecond: 32_000 });
    this.recorder.ondataavailable = (e) => {
      if (e.data.size > 0) this.enqueue(e.data);
    };
  }

  /** Starts the run at session time `startT` (ms). */
  start(startT: number): void {
    const asked = performance.now();
    this.startT = Math.max(0, Math.round(startT));
    // The recorder begins a moment after it is asked (more on a busy machine): its file starts then.
    this.recorder.addEventListener('start', () => (this.startT = Math.max(0, Math.round(startT + performance.now() - asked))), { once: true });
    this.recorder.start(CHUNK_MS);
  }

  /** The session clock stopped: what was heard so far is saved, then the run waits. */
  pause(): void {
    if (this.recorder.state !== 'recording') return;
    this.recorder.requestData();
    this.recorder.pause();
  }

  resume(): void {
    if (this.recorder.state === 'paused') this.recorder.resume();
  }

  /** Sends what has been heard so far and waits until every chunk is saved (or refused). */
  async flush(): Promise<void> {
    if (this.recorder.state !== 'inactive') {
      const handed = new Promise<void>((resolve) => this.recorder.addEventListener('dataavailable', () => resolve(), { once: true }));
      this.recorder.requestData();
      await handed;
    }
    await this.queue;
  }

  /** Ends the run: the last chunk is sent and saved before this resolves. */
  async stop(): Promise<void> {
    if (this.recorder.state !== 'inactive') {
      const stopped = new Promise<void>((resolve) => this.recorder.addEventListener('stop', () => resolve(), { once: true }));
      this.recorder.stop();
      await stopped;
    }
    await this.queue;
  }

  /** Drops the run without sending what is left (the session ended or the page is going). */
  abandon(): void {
    this.broken = true;
    if (this.recorder.state !== 'inactive') this.recorder.stop();
  }

  private enqueue(blob: Blob): void {
    this.queue = this.queue.then(async () => {
      if (this.broken) return;
      const data = await base64Of(blob, 'a chunk of the recording');
      const seq = this.seq;
      const request: Request<'audio.append'> =
        seq === 0 ? { id: this.options.sessionId, seq, startT: this.startT, mime: this.mime, data } : { id: this.options.sessionId, run: this.run!, seq, data };
      try {
        const reply = await this.options.send(request);
        this.run = reply.run;
        this.seq = seq + 1;
        this.options.onSaved?.();
      } catch (error) {
        this.broken = true;
        if (this.recorder.state !== 'inactive') this.recorder.stop();
        this.options.onBroken(error);
      }
    });
  }
}
