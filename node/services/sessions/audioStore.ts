import { mkdir, open, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedRequest, Response } from '../../../shared/bridge/contract';
import { BridgeError } from '../../../shared/bridge/parse';
import { AUDIO_SESSION_MAX_BYTES, audioFileName, parseAudioFileName, type AudioRun, type ExportedAudioRun } from '../../../shared/session/audio';
import { writeAll } from '../atomicWrite';
import { errnoOf, STORAGE_CODES, isMissing } from '../storeFs';
import { sessionPaths } from './sessionFiles';
import type { SessionStore } from './sessionStore';

export type AudioStoreOptions = {
  dataDir: string;
  sessions: SessionStore;
  /** The most audio one session keeps; AUDIO_SESSION_MAX_BYTES unless a test sets less. */
  maxSessionBytes?: number;
};

/**
 * The session folder's `audio/` (docs/decisions/0009-audio-chunks.md). Each run is one file
 * only ever appended to; every chunk is written and fsynced before it is acknowledged. The
 * file is opened per chunk, not held, so the session folder can move to the trash at any time.
 */
export function createAudioStore(options: AudioStoreOptions) {
  /** The next seq each run in this process expects: a run begun before a restart is not continued (its page starts a new one). */
  const expected = new Map<string, { file: string; seq: number; bytes: number }>();
  /** Chunks of one session go one at a time, so two first chunks cannot take the same run number. */
  const queues = new Map<string, Promise<unknown>>();
  /** Bytes of audio each session holds, read from its folder at a run's first chunk and counted from then. */
  const totals = new Map<string, number>();
  const maxBytes = options.maxSessionBytes ?? AUDIO_SESSION_MAX_BYTES;

  const dirOf = (id: string) => join(sessionPaths(options.dataDir, id).dir, 'audio');

  async function runs(id: string): Promise<(AudioRun & { file: string })[]> {
    const dir = dirOf(id);
    const names = await readdir(dir).catch((error: unknown) => {
      if (isMissing(error)) return [] as string[];
      throw error;
    });
    const found = [];
    for (const name of names.sort()) {
      const run = parseAudioFileName(name);
      if (!run) continue;
      const file = join(dir, name);
      found.push({ ...run, bytes: (await stat(file)).size, file });
    }
    return found;
  }

  async function appendNow(request: ParsedRequest<'audio.append'>): Promise<Response<'audio.append'>> {
    const { id, seq, data } = request;
    const { state } = await options.sessions.get(id);
    if (state.status === 'ended') throw BridgeError.of('bad-request', 'audio.append', `session "${id}" has ended: nothing more is recorded in it`);
    const chunk = Buffer.from(data, 'base64');
    let run: number;
    let target: { file: string; seq: number; bytes: number };
    if (seq === 0) {
      await mkdir(dirOf(id), { recursive: true });
      const held = await runs(id);
      totals.set(id, held.reduce((sum, r) => sum + r.bytes, 0));
      run = Math.max(0, ...held.map((r) => r.run)) + 1;
      target = { file: join(dirOf(id), audioFileName(run, request.startT!, request.mime!)), seq: 0, bytes: 0 };
    } else {
      run = request.run!;
      const known = expected.get(`${id}/${run}`);
      if (!known) throw BridgeError.of('bad-request', 'audio.append', `run ${run} of session "${id}" is not being recorded now: start a new run (seq 0)`);
      if (known.seq !== seq) throw BridgeError.of('bad-request', 'audio.append', `run ${run} expects chunk ${known.seq} next, not ${seq}`);
      target = known;
    }
    const total = totals.get(id) ?? 0;
    if (total + chunk.length > maxBytes) {
      throw BridgeError.of('bad-request', 'audio.append', `session "${id}" holds ${Math.round(total / 1024 / 1024)} MB of audio, the most one session keeps: the recording stops here (the session goes on)`);
    }
    // 'wx' on a first chunk: a run's file is new, so nothing is ever overwritten.
    const handle = await open(target.file, seq === 0 ? 'wx' : 'a').catch(storageRefusal);
    try {
      await writeAll(handle, chunk);
      await handle.sync();
    } catch (error) {
      // Part of the chunk may be in the file: cut it back, so the run still ends at a whole chunk.
      await handle.truncate(target.bytes).catch(() => {});
      storageRefusal(error);
    } finally {
      await handle.close();
    }
    totals.set(id, total + chunk.length);
    const next = { file: target.file, seq: seq + 1, bytes: target.bytes + chunk.length };
    expected.set(`${id}/${run}`, next);
    return { run, bytes: next.bytes };
  }

  return {
    append(request: ParsedRequest<'audio.append'>): Promise<Response<'audio.append'>> {
      const before = queues.get(request.id) ?? Promise.resolve();
      const turn = before.then(() => appendNow(request));
      queues.set(
        request.id,
        turn.catch(() => {}),
      );
      return turn;
    },
    async list({ id }: ParsedRequest<'audio.list'>): Promise<Response<'audio.list'>> {
      await options.sessions.get(id);
      return { runs: (await runs(id)).map(({ run, startT, mime, bytes }) => ({ run, startT, mime, bytes })) };
    },
    async read({ id, run }: ParsedRequest<'audio.read'>): Promise<Response<'audio.read'>> {
      await options.sessions.get(id);
      const found = (await runs(id)).find((r) => r.run === run);
      if (!found) throw BridgeError.of('not-found', 'audio.read', `session "${id}" has no recorded run ${run}`);
      return { mime: found.mime, data: (await readFile(found.file)).toString('base64') };
    },
    /** Every run whole, for a bundle asked to carry the audio. */
    async forExport(id: string): Promise<ExportedAudioRun[]> {
      const found = await runs(id);
      return Promise.all(found.map(async ({ run, startT, mime, file }) => ({ run, startT, mime, data: (await readFile(file)).toString('base64') })));
    },
    /** Writes a bundle's runs into a new session folder (an import); the caller removes the folder if this fails. */
    async restore(id: string, exported: readonly ExportedAudioRun[]): Promise<void> {
      if (exported.length === 0) return;
      await mkdir(dirOf(id), { recursive: true });
      for (const { run, startT, mime, data } of exported) {
        await writeFile(join(dirOf(id), audioFileName(run, startT, mime)), Buffer.from(data, 'base64'), { flag: 'wx' });
      }
    },
  };
}

export type AudioStore = ReturnType<typeof createAudioStore>;

function storageRefusal(error: unknown): never {
  const code = errnoOf(error);
  if (code !== undefined && STORAGE_CODES.has(code)) {
    throw BridgeError.of('storage', 'audio.append', `Could not save the recording (${code}): the last second of audio was not kept.`);
  }
  throw error;
}
