import { SpeechSegmenter, type SpeechSegment } from '../../shared/voice/speech';
import type { SpeechWorkerOut } from './speech.worker';

/** Where the build puts the model and the worklet (vite.config.ts). */
const ASSETS = '/vad/';
/** The legacy Silero model takes 1536 samples at 16 kHz a frame: 96 ms, ten runs a second. */
const FRAME_SAMPLES = 1536;
const FRAME_MS = FRAME_SAMPLES / 16;

export type Hearing = 'off' | 'quiet' | 'speaking';

export type SpeechDetectorOptions = {
  /** The microphone stream the recorder also uses: the detector neither opens nor stops it. */
  stream: MediaStream;
  /** The session clock now (ms): frames are counted from the moment listening begins. */
  clock(): number;
  /** A stretch of talk ended (or was cut by a pause, a phase change, the end). */
  onSegment(segment: SpeechSegment): void;
  /** For the live meter: listening and hearing speech or quiet, or not listening (paused, stopped). */
  onHearing(hearing: Hearing): void;
};

/**
 * Voice activity on the live microphone. vad-web's audio worklet cuts the stream into 16 kHz
 * frames; a worker (speech.worker.ts) runs Silero's model on each, so the window's thread only
 * passes frames on; the shared SpeechSegmenter turns the probabilities into segments. Each
 * frame is placed on the session clock by counting frames from the moment listening (re)began,
 * never by when its answer came back. Loaded on first use: only a recorded session fetches it.
 */
export class SpeechDetector {
  private readonly segmenter = new SpeechSegmenter({ frameMs: FRAME_MS });
  private worker: Worker | undefined;
  private context: AudioContext | undefined;
  private source: MediaStreamAudioSourceNode | undefined;
  private node: AudioWorkletNode | undefined;
  private baseT = 0;
  /** Session time the detector began listening: a pause stops the clock too, so it stays. */
  private listenedFrom: number | undefined;
  private frames = 0;
  /** Frames older than this (sent before a pause) are dropped when their answer comes. */
  private since = 0;
  private listening = false;
  private stopped = false;

  constructor(private readonly options: SpeechDetectorOptions) {}

  /** Loads the model and listens. Rejects when the model cannot run here. */
  async start(): Promise<void> {
    const worker = new Worker(new URL('./speech.worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<SpeechWorkerOut>) => {
        const message = event.data;
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(new Error(message.message));
        else this.heard(message.t, message.probability);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the voice detector did not load'));
      worker.postMessage({ type: 'load', assets: ASSETS });
    });
    if (this.stopped) return;
    const context = new AudioContext();
    this.context = context;
    await context.audioWorklet.addModule(`${ASSETS}vad.worklet.bundle.min.js`);
    if (this.stopped) return;
    this.node = new AudioWorkletNode(context, 'vad-helper-worklet', { processorOptions: { frameSamples: FRAME_SAMPLES } });
    this.node.port.onmessage = (event: MessageEvent<{ message: string; data?: ArrayBuffer }>) => {
      if (!this.listening || event.data.message !== 'AUDIO_FRAME' || !event.data.data) return;
      const t = this.baseT + this.frames * FRAME_MS;
      this.frames += 1;
      const frame = new Float32Array(event.data.data);
      this.worker?.postMessage({ type: 'frame', t, frame }, [frame.buffer]);
    };
    this.listen();
  }

  /** The clock stopped: the talk so far is a segment, and frames stop coming. */
  pause(): void {
    if (!this.listening) return;
    this.listening = false;
    this.source?.disconnect();
    this.source = undefined;
    this.cut();
    this.worker?.postMessage({ type: 'reset' });
    this.options.onHearing('off');
  }

  /** The clock runs again. */
  resume(): void {
    if (this.listening || this.stopped || !this.node) return;
    this.listen();
  }

  /** Closes the open segment (a phase change or the end is about to be logged). */
  cut(): void {
    this.emit(this.segmenter.close());
    if (this.listening) this.options.onHearing('quiet');
  }

  stop(): void {
    if (this.listening) this.cut();
    this.stopped = true;
    this.listening = false;
    this.source?.disconnect();
    this.node?.port.postMessage('SPEECH_STOP');
    void this.context?.close().catch(() => {});
    this.worker?.terminate();
    this.worker = undefined;
    this.options.onHearing('off');
  }

  private listen(): void {
    this.baseT = this.options.clock();
    this.since = this.baseT;
    this.listenedFrom ??= Math.round(this.baseT);
    this.frames = 0;
    this.source = new MediaStreamAudioSourceNode(this.context!, { mediaStream: this.options.stream });
    this.source.connect(this.node!);
    this.listening = true;
    this.options.onHearing('quiet');
  }

  private emit(segment: SpeechSegment | undefined): void {
    if (!segment) return;
    const listenedFrom = Math.min(this.listenedFrom ?? segment.start, segment.start);
    this.options.onSegment({ ...segment, listenedFrom });
  }

  private heard(t: number, probability: number): void {
    if (this.stopped || !this.listening || t < this.since) return;
    const was = this.segmenter.speaking;
    this.emit(this.segmenter.push(probability, t));
    if (this.segmenter.speaking !== was) this.options.onHearing(this.segmenter.speaking ? 'speaking' : 'quiet');
  }
}
