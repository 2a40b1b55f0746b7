import { readFile, stat } from 'node:fs/promises';
import type { SessionEvent } from '../../shared/session/events';
import { LogStartError, fold } from '../../shared/session/reduce';
import type { SessionState } from '../../shared/session/state';
import { SessionId } from '../../shared/session/summary';
import { describeMend, prefixMismatch, readSessionLog, unreadableMessage, UnreadableLog, type LogReading } from '../services/sessions/sessionLog';
import { isMissing, nodeFs } from '../services/storeFs';
import { SessionMeta, Snapshot, sessionPaths } from '../services/sessions/sessionFiles';
import { failure } from './errors';
import { messageOf } from '../../shared/errors';

/**
 * A session read straight from its files, never through SessionStore: the store mends what
 * it loads (pauses a running clock, truncates a torn line, quarantines a damaged file), and
 * the command line must leave the data folder exactly as it found it. Only reads and stats.
 */
export type SessionFiles = {
  id: string;
  paths: ReturnType<typeof sessionPaths>;
  events: SessionEvent[];
  /** A snapshot that agrees with the log, or nothing. */
  snapshot?: SessionState;
  /** When the app last touched the log (it does so every second while the clock runs). */
  logTouchedAt: number;
  /** What the app would mend or set aside when it next opens the session. */
  warnings: string[];
};

export async function readSessionFiles(dataDir: string, id: string): Promise<SessionFiles> {
  // Only ids of the app's own shape: anything else could point outside the sessions folder.
  if (!SessionId.safeParse(id).success) throw failure(`no session "${id}" (session ids look like s-20261122-142501-a1b2; see "designdrill sessions list")`);
  const paths = sessionPaths(dataDir, id);
  let reading: LogReading;
  try {
    reading = await readSessionLog(nodeFs, paths.events);
  } catch (error) {
    if (isMissing(error)) {
      const folder = await stat(paths.dir).catch(() => undefined);
      if (!folder) throw failure(`no session "${id}" in ${dataDir} (see "designdrill sessions list")`);
      throw failure(`session ${id} has no event log: ${paths.events} is missing`);
    }
    // The same verdict, in the same words, as the app gives when it opens the session.
    if (error instanceof UnreadableLog) throw Object.assign(failure(`${unreadableMessage(id, error.message)} (${paths.events})`), { cause: error });
    throw failure(`cannot read ${paths.events}: ${messageOf(error)}`);
  }
  const logTouchedAt = (await stat(paths.events)).mtimeMs;

  // What the app will mend when it next opens the session, said here and not done: the events
  // below are the ones it keeps, so every command shows what the app will show.
  const warnings = reading.mends.map((mend) => `${paths.events}: ${describeMend(mend, reading.read.events.length).planned} (nothing was changed)`);
  const events = reading.read.events;
  try {
    // Only the first event can break the fold (it must create the session); the reducer takes the rest.
    fold(events.slice(0, 1));
  } catch (error) {
    if (error instanceof LogStartError) throw failure(`the log of session ${id} is damaged at ${paths.events}:1: ${error.message}`);
    throw error;
  }

  const lastSeq = events[events.length - 1]!.seq;
  const snapshot = await readSnapshot(paths.snapshot, reading, lastSeq, warnings);
  if (snapshot?.status !== 'ended' && !events.some((e) => e.type === 'session.ended') && (await saysEnded(paths))) {
    warnings.push(`${paths.events}: the session had ended, but the log has lost its end; DesignDrill ends it again after the kept events when it next opens the session (nothing was changed)`);
  }
  return { id, paths, events, ...(snapshot ? { snapshot } : {}), logTouchedAt, warnings };
}

/** Whether session.json, or else the snapshot (even one the log no longer agrees with), says the session ended: as the app judges it. */
async function saysEnded(paths: ReturnType<typeof sessionPaths>): Promise<boolean> {
  const read = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;
  const meta = await read(paths.meta).then((json) => SessionMeta.safeParse(json).data, () => undefined);
  if (meta) return meta.status === 'ended';
  const snapshot = await read(paths.snapshot).then((json) => Snapshot.safeParse(json).data, () => undefined);
  return snapshot?.state.status === 'ended';
}

async function readSnapshot(file: string, reading: LogReading, lastSeq: number, warnings: string[]): Promise<SessionState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!isMissing(error)) warnings.push(`cannot read ${file} (${messageOf(error)}); folded the log from the start`);
    return undefined;
  }
  let problem: string;
  try {
    const parsed = Snapshot.safeParse(JSON.parse(text));
    if (!parsed.success) problem = `it does not match the snapshot schema (${parsed.error.issues[0]!.message})`;
    else if (parsed.data.state.lastSeq !== parsed.data.seq) problem = 'its seq does not match its state';
    else if (parsed.data.seq > lastSeq) problem = `it covers event ${parsed.data.seq} but the log ends at event ${lastSeq}`;
    else if (parsed.data.bytes !== undefined && parsed.data.crc !== undefined) {
      // As the app does: a snapshot stands in for the log only where the log is still what it covered.
      const mismatch = prefixMismatch(reading.data, { bytes: parsed.data.bytes, crc: parsed.data.crc });
      if (mismatch === undefined) return parsed.data.state;
      problem = mismatch;
    } else return parsed.data.state;
  } catch (error) {
    problem = `it is not JSON (${messageOf(error)})`;
  }
  warnings.push(`the snapshot ${file} is unusable (${problem}); folded the log from the start`);
  return undefined;
}

/**
 * The folded state once the session clock reached `at` ms: the log up to its first event
 * stamped later than `at` (several events can share a `t`, say notes typed while paused,
 * and all of them count). Without `at`, the whole log. Starts from the snapshot when it
 * covers no more than that.
 */
export function stateAt(files: SessionFiles, at?: number): { state: SessionState; wholeLog: boolean } {
  const { events, snapshot } = files;
  let end = events.length;
  if (at !== undefined) {
    const later = events.findIndex((e) => e.t > at);
    if (later !== -1) end = later;
  }
  // The first event is stamped t = 0, so the prefix is never empty.
  const prefix = events.slice(0, Math.max(1, end));
  const base = snapshot && snapshot.lastSeq <= prefix[prefix.length - 1]!.seq ? snapshot : undefined;
  return { state: fold(base ? prefix.slice(base.lastSeq) : prefix, base), wholeLog: prefix.length === events.length };
}
