import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedRequest, Response } from '../../../shared/bridge/contract';
import { BridgeError } from '../../../shared/bridge/parse';
import type { Settings } from '../../../shared/schemas/settings';
import type { AudioRun } from '../../../shared/session/audio';
import { messageOf } from '../../../shared/errors';
import { WAV_HEADER_BYTES, wavHeader } from './wav';
import { TRANSCRIPT_FORMAT, TRANSCRIPT_PCM_MAX_BYTES, TRANSCRIPT_SAMPLE_RATE, type TranscriptEngineInfo, type TranscriptJob, type TranscriptSegment } from '../../../shared/voice/transcript';
import { writeAll } from '../atomicWrite';
import type { AudioStore } from '../sessions/audioStore';
import type { SessionStore } from '../sessions/sessionStore';
import { pocketSphinxEngine, whisperEngine, type TranscriptEngine } from './engines';
import { readTranscript, transcriptPath, writeTranscript } from './transcriptFile';

export type TranscriptServiceOptions = {
  dataDir: string;
  sessions: Pick<SessionStore, 'get'>;
  audio: Pick<AudioStore, 'list'>;
  settings(): Settings;
  onProgress(id: string, job: TranscriptJob): void;
  log?: (line: string) => void;
  /** The engines as the settings name them; tests may pass their own. */
  engines?: (settings: Settings) => TranscriptEngine[];
  /** Where decoded audio waits for its engine: the system's temporary folder unless a test says. */
  tmpDir?: string;
  now?: () => number;
};

/** Progress is told when it moved by this much, so a long run does not flood the windows. */
const PROGRESS_STEP = 0.01;

/** The engines this app knows, in the order one is picked when none is chosen: the better first. */
export function enginesFor(settings: Settings): TranscriptEngine[] {
  return [whisperEngine({ program: settings.whisperProgram, model: settings.whisperModel }), pocketSphinxEngine()];
}


/**
 * Segments of one run on the session clock: engine times are clamped to the run's length (an
 * engine may place words past the audio, decision 11) and cut at the next run's start.
 */
export function placeSegments(segments: readonly TranscriptSegment[], run: { startT: number; durationMs: number; nextStartT?: number }): TranscriptSegment[] {
  const limit = Math.min(run.startT + run.durationMs, run.nextStartT ?? Infinity);
  return segments.flatMap((s) => {
    const start = run.startT + Math.max(0, s.start);
    if (start >= limit) return [];
    return [{ start, end: Math.max(start, Math.min(limit, run.startT + s.end)), text: s.text }];
  });
}

type Upload = { file: string; seq: number; bytes: number };
type Work = { dir: string; runs: Map<number, Upload>; total: number };

/**
 * Transcripts of recorded sessions (issue 23): the window sends each run decoded to 16 kHz
 * PCM, this runs the chosen engine on each in a child process, reports progress, and saves the
 * segments on the session clock as transcript.json. One job per session at a time.
 */
export function createTranscriptService(options: TranscriptServiceOptions) {
  const log = options.log ?? (() => {});
  const now = options.now ?? Date.now;
  const enginesOf = options.engines ?? enginesFor;
  const work = new Map<string, Promise<Work>>();
  const jobs = new Map<string, TranscriptJob>();
  const running = new Map<string, AbortController>();
  /** Pieces of one session go one at a time, in order. */
  const queues = new Map<string, Promise<unknown>>();

  async function detect(): Promise<{ engines: TranscriptEngine[]; infos: TranscriptEngineInfo[]; use?: TranscriptEngine }> {
    const settings = options.settings();
    const engines = enginesOf(settings);
    const infos = await Promise.all(
      engines.map(async (e): Promise<TranscriptEngineInfo> => {
        const status = await e.detect();
        return status.available ? { id: e.id, name: e.name, available: true } : { id: e.id, name: e.name, available: false, why: status.why, install: status.install };
      }),
    );
    const there = engines.filter((_, i) => infos[i]!.available);
    const use = there.find((e) => e.id === settings.transcriptEngine) ?? there[0];
    return { engines, infos, ...(use ? { use } : {}) };
  }

  async function endedRuns(id: string, channel: string): Promise<AudioRun[]> {
    const { state } = await options.sessions.get(id);
    if (state.status !== 'ended') throw BridgeError.of('bad-request', channel, `session "${id}" has not ended: its recording is transcribed once it has`);
    return (await options.audio.list({ id })).runs;
  }

  function workOf(id: string): Promise<Work> {
    let found = work.get(id);
    if (!found) {
      found = mkdtemp(join(options.tmpDir ?? tmpdir(), 'designdrill-transcript-')).then((dir) => ({ dir, runs: new Map(), total: 0 }));
      work.set(id, found);
    }
    return found;
  }

  async function forget(id: string): Promise<void> {
    const found = work.get(id);
    work.delete(id);
    if (found) await rm((await found).dir, { recursive: true, force: true }).catch((error: unknown) => log(`could not remove the decoded audio of session ${id}: ${messageOf(error)}`));
  }

  async function audioNow({ id, run, seq, pcm }: ParsedRequest<'transcript.audio'>): Promise<Response<'transcript.audio'>> {
    if (running.has(id)) throw BridgeError.of('bad-request', 'transcript.audio', `session "${id}" is being transcribed: cancel it first`);
    const runs = await endedRuns(id, 'transcript.audio');
    if (!runs.some((r) => r.run === run)) throw BridgeError.of('not-found', 'transcript.audio', `session "${id}" has no recorded run ${run}`);
    const piece = Buffer.from(pcm, 'base64');
    if (piece.length % 2 !== 0) throw BridgeError.of('bad-request', 'transcript.audio', 'decoded audio is 16-bit samples: a piece holds an even number of bytes');
    const w = await workOf(id);
    const known = w.runs.get(run);
    if (seq !== 0 && (!known || known.seq !== seq)) throw BridgeError.of('bad-request', 'transcript.audio', `run ${run} expects piece ${known?.seq ?? 0} next, not ${seq}`);
    const before = seq === 0 ? 0 : known!.bytes;
    const total = w.total - (seq === 0 ? (known?.bytes ?? 0) : 0);
    if (total + piece.length > TRANSCRIPT_PCM_MAX_BYTES) throw BridgeError.of('bad-request', 'transcript.audio', `session "${id}" sent more than four hours of audio to transcribe`);
    const file = known?.file ?? join(w.dir, `run-${run}.wav`);
    // The header is written with the first piece and made right when the job starts.
    const handle = await open(file, seq === 0 ? 'w' : 'a');
    try {
      await writeAll(handle, seq === 0 ? Buffer.concat([wavHeader(0), piece]) : piece);
    } finally {
      await handle.close();
    }
    w.runs.set(run, { file, seq: seq + 1, bytes: before + piece.length });
    w.total = total + piece.length;
    return { bytes: before + piece.length };
  }

  function tell(id: string, job: TranscriptJob): void {
    jobs.set(id, job);
    options.onProgress(id, job);
  }

  async function transcribe(id: string, engine: TranscriptEngine, runs: AudioRun[], w: Work, signal: AbortSignal): Promise<TranscriptSegment[]> {
    const durations = runs.map((r) => w.runs.get(r.run)!.bytes / 2 / (TRANSCRIPT_SAMPLE_RATE / 1000));
    const totalMs = durations.reduce((a, b) => a + b, 0) || 1;
    let doneMs = 0;
    let told = 0;
    const segments: TranscriptSegment[] = [];
    for (const [i, run] of runs.entries()) {
      const upload = w.runs.get(run.run)!;
      const handle = await open(upload.file, 'r+');
      try {
        await handle.write(wavHeader(upload.bytes), 0, WAV_HEADER_BYTES, 0);
      } finally {
        await handle.close();
      }
      const durationMs = durations[i]!;
      const found = await engine.transcribe(upload.file, {
        durationMs,
        signal,
        onProgress: (f) => {
          const fraction = Math.min(1, (doneMs + f * durationMs) / totalMs);
          if (fraction - told < PROGRESS_STEP) return;
          told = fraction;
          tell(id, { state: 'running', engine: engine.id, fraction });
        },
      });
      const next = runs[i + 1];
      segments.push(...placeSegments(found, { startT: run.startT, durationMs, ...(next ? { nextStartT: next.startT } : {}) }));
      doneMs += durationMs;
    }
    return segments;
  }

  async function start({ id }: ParsedRequest<'transcript.start'>): Promise<Response<'transcript.start'>> {
    if (running.has(id)) throw BridgeError.of('bad-request', 'transcript.start', `session "${id}" is being transcribed already`);
    const runs = await endedRuns(id, 'transcript.start');
    if (runs.length === 0) throw BridgeError.of('bad-request', 'transcript.start', `session "${id}" holds no recorded voice`);
    const { infos, use } = await detect();
    if (!use) {
      const how = infos.map((i) => `${i.name}: ${i.why}. ${i.install}.`).join(' ');
      throw BridgeError.of('bad-request', 'transcript.start', `No transcript engine is installed. ${how}`);
    }
    // Waits for pieces still being written.
    await (queues.get(id) ?? Promise.resolve());
    const w = await workOf(id);
    const missing = runs.filter((r) => !w.runs.has(r.run)).map((r) => r.run);
    if (missing.length > 0) throw BridgeError.of('bad-request', 'transcript.start', `the decoded audio of run ${missing.join(', ')} was not sent (transcript.audio)`);
    for (const r of runs) if ((await stat(w.runs.get(r.run)!.file)).size !== WAV_HEADER_BYTES + w.runs.get(r.run)!.bytes) throw new Error(`the decoded audio of run ${r.run} is not whole`);
    const controller = new AbortController();
    running.set(id, controller);
    const job: TranscriptJob = { state: 'running', engine: use.id, fraction: 0 };
    tell(id, job);
    void transcribe(id, use, runs, w, controller.signal)
      .then(async (segments) => {
        await writeTranscript(transcriptPath(options.dataDir, id), { format: TRANSCRIPT_FORMAT, version: 1, engine: use.id, createdAt: now(), segments });
        tell(id, { state: 'done', engine: use.id, segments: segments.length });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return tell(id, { state: 'cancelled', engine: use.id });
        log(`the transcript of session ${id} failed: ${messageOf(error)}`);
        tell(id, { state: 'failed', engine: use.id, message: messageOf(error) });
      })
      .finally(() => {
        running.delete(id);
        void forget(id);
      });
    return { job };
  }

  return {
    async engines(): Promise<Response<'transcript.engines'>> {
      const { infos, use } = await detect();
      return { engines: infos, ...(use ? { use: use.id } : {}) };
    },
    audio(request: ParsedRequest<'transcript.audio'>): Promise<Response<'transcript.audio'>> {
      const turn = (queues.get(request.id) ?? Promise.resolve()).then(() => audioNow(request));
      queues.set(
        request.id,
        turn.catch(() => {}),
      );
      return turn;
    },
    start,
    async cancel({ id }: ParsedRequest<'transcript.cancel'>): Promise<Response<'transcript.cancel'>> {
      await options.sessions.get(id);
      const controller = running.get(id);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
    async get({ id }: ParsedRequest<'transcript.get'>): Promise<Response<'transcript.get'>> {
      await options.sessions.get(id);
      const transcript = await readTranscript(transcriptPath(options.dataDir, id)).catch((error: unknown) => {
        throw BridgeError.of('damaged', 'transcript.get', messageOf(error));
      });
      const job = jobs.get(id);
      return { ...(transcript ? { transcript } : {}), ...(job ? { job } : {}) };
    },
    /** Stops every job and removes the decoded audio. */
    async close(): Promise<void> {
      for (const controller of running.values()) controller.abort();
      await Promise.all([...work.keys()].map((id) => forget(id)));
    },
  };
}

export type TranscriptService = ReturnType<typeof createTranscriptService>;
