import type { TranscriptEngineId } from '../../shared/voice/transcript';
import { TRANSCRIPT_PCM_PIECE_BYTES, TRANSCRIPT_SAMPLE_RATE } from '../../shared/voice/transcript';
import { call, describeError, subscribe } from '../bridge/bridge';
import { base64Of } from '../bridge/fileTransfer';
import { useAppStore } from '../store/store';

/**
 * Where a session's transcript stands in this window: the window first decodes each run
 * (`preparing`), then the host's engine works (`running`, from its progress events).
 */
export type TranscriptView =
  | { state: 'preparing'; fraction: number }
  | { state: 'running'; engine: TranscriptEngineId; fraction: number }
  | { state: 'done'; segments: number }
  | { state: 'failed'; message: string }
  | { state: 'cancelled' };

/** Sessions whose preparing the person cancelled: the next step sees it and stops. */
const cancelled = new Set<string>();
let following = false;

/** The host's progress reaches the store however many screens show it, from the first transcript on. */
function follow(): void {
  if (following) return;
  following = true;
  subscribe('transcript.progress', ({ id, job }) => useAppStore.getState().setTranscriptView(id, job));
}

/**
 * A run's file decoded as the replay plays it, then resampled to 16 kHz mono by an
 * OfflineAudioContext and written as 16-bit samples: the engines read nothing else and the host
 * has no decoder for Opus (docs/decisions/0011-transcript-engines.md).
 */
export async function decodeRun(id: string, run: number): Promise<Uint8Array<ArrayBuffer>> {
  const { data } = await call('audio.read', { id, run });
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  const context = new AudioContext();
  let decoded: AudioBuffer;
  try {
    decoded = await context.decodeAudioData(bytes.buffer);
  } catch (error) {
    throw new Error(`run ${run} of the recording could not be decoded: ${describeError(error)}`, { cause: error });
  } finally {
    void context.close().catch(() => {});
  }
  const frames = Math.max(1, Math.ceil(decoded.duration * TRANSCRIPT_SAMPLE_RATE));
  // One channel: the offline context mixes the recording's channels down as it renders.
  const offline = new OfflineAudioContext(1, frames, TRANSCRIPT_SAMPLE_RATE);
  const source = new AudioBufferSourceNode(offline, { buffer: decoded });
  source.connect(offline.destination);
  source.start();
  const samples = (await offline.startRendering()).getChannelData(0);
  const pcm = new DataView(new ArrayBuffer(samples.length * 2));
  for (let i = 0; i < samples.length; i += 1) pcm.setInt16(i * 2, Math.round(Math.max(-1, Math.min(1, samples[i]!)) * 0x7fff), true);
  return new Uint8Array(pcm.buffer as ArrayBuffer);
}

/**
 * Transcribes an ended session's recording: each run decoded here and sent in pieces, then the
 * host's engine started. Progress and the end are in the store (`transcripts[id]`).
 */
export async function transcribeSession(id: string): Promise<void> {
  follow();
  const set = (view: TranscriptView) => useAppStore.getState().setTranscriptView(id, view);
  cancelled.delete(id);
  set({ state: 'preparing', fraction: 0 });
  try {
    const { runs } = await call('audio.list', { id });
    for (const [i, run] of runs.entries()) {
      const pcm = await decodeRun(id, run.run);
      for (let seq = 0, at = 0; at < pcm.length; seq += 1, at += TRANSCRIPT_PCM_PIECE_BYTES) {
        if (cancelled.has(id)) return set({ state: 'cancelled' });
        const piece = await base64Of(new Blob([pcm.subarray(at, at + TRANSCRIPT_PCM_PIECE_BYTES)]), 'the decoded recording');
        await call('transcript.audio', { id, run: run.run, seq, pcm: piece });
        set({ state: 'preparing', fraction: (i + Math.min(1, (at + TRANSCRIPT_PCM_PIECE_BYTES) / pcm.length)) / runs.length });
      }
    }
    if (cancelled.has(id)) return set({ state: 'cancelled' });
    const { job } = await call('transcript.start', { id });
    // A progress event may have come first: the newest word stands.
    const now = useAppStore.getState().transcripts[id];
    if (now?.state === 'preparing') set(job);
  } catch (error) {
    set({ state: 'failed', message: describeError(error) });
  }
}

/** Stops the session's transcript: the preparing here, or the host's engine. */
export async function cancelTranscript(id: string): Promise<void> {
  const view = useAppStore.getState().transcripts[id];
  if (view?.state === 'preparing') {
    cancelled.add(id);
    return;
  }
  await call('transcript.cancel', { id });
}

/** Starts the transcript when the person keeps the setting on and an engine is installed; says nothing otherwise (the report tells how). */
export async function transcribeIfWanted(id: string): Promise<void> {
  const settings = useAppStore.getState().settings;
  if (settings.status === 'ready' && settings.value.transcribeAuto === false) return;
  const { use } = await call('transcript.engines', {}).catch(() => ({ use: undefined }));
  if (use) await transcribeSession(id);
}

/** What the report and the replay know of the session's transcript job when they open: this window's, else the host's. */
export async function loadTranscriptView(id: string): Promise<void> {
  follow();
  if (useAppStore.getState().transcripts[id]) return;
  const { job } = await call('transcript.get', { id });
  if (job && !useAppStore.getState().transcripts[id]) useAppStore.getState().setTranscriptView(id, job);
}
