import type { Stats } from 'node:fs';
import { BridgeError } from '../../../shared/bridge/parse';
import { messageOf } from '../../../shared/errors';
import { quarantine } from '../quarantine';
import { isMissing, type StoreFs } from '../storeFs';
import { LOG_UNREADABLE, logStamp, writeDamageNote, type DamageNote } from './damageNote';
import { FOLDER_NOT_LOG, readSessionLog, unreadableMessage, UnreadableLog, type LogReading } from './sessionLog';
import { SessionMeta, Snapshot, type sessionPaths } from './sessionFiles';

/** What reading and repairing a session's files need of the store that holds it. */
export type StoreContext = {
  dataDir: string;
  fs: StoreFs;
  now: () => number;
  log: (line: string) => void;
  /** The data folder cannot be written: nothing is set aside, noted or mended. */
  readOnly?: string;
};

/** A session's files as loading it finds them: read and judged, nothing mended yet. */
export type SessionFiles = {
  /** The log's stat from before it was read, so a change made while it was read counts as one. */
  stat: Stats;
  snapshot?: Snapshot;
  reading: LogReading;
  /** What session.json says, when it can be read: how far the session got before any damage. */
  listed?: SessionMeta;
  /** What the reading found to say (a damaged snapshot); the repair adds to them. */
  warnings: string[];
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Reads a session's log (through the one reading, sessionLog.ts), its snapshot and its
 * summary. No log is `not-found`; a log with nothing readable is the typed error `damaged`
 * in words, its verdict noted beside it (and kept as the error's cause for the list).
 */
export async function readForLoad(context: StoreContext, id: string, paths: ReturnType<typeof sessionPaths>): Promise<SessionFiles> {
  const warnings: string[] = [];
  // No log, no session, whatever else its folder holds: say so before mending anything.
  const stat = await context.fs.stat(paths.events).catch((error: unknown) => {
    if (isMissing(error)) throw BridgeError.of('not-found', 'session.open', `no session "${id}"`);
    throw error;
  });
  const snapshot = await readSnapshot(context, paths.snapshot, warnings);
  let reading: LogReading;
  try {
    if (stat.isDirectory()) throw FOLDER_NOT_LOG;
    reading = await readSessionLog(context.fs, paths.events, snapshot);
  } catch (error) {
    if (!(error instanceof UnreadableLog)) throw error;
    await noteUnreadable(context, id, paths, error);
    const refused = BridgeError.of('damaged', 'session.open', `${capitalised(unreadableMessage(id, error.message))}.`);
    // The verdict itself, for a list that says it in its own words.
    refused.cause = error;
    throw refused;
  }
  const listed = await listedMeta(context.fs, paths.meta);
  return { stat, ...(snapshot ? { snapshot } : {}), reading, ...(listed ? { listed } : {}), warnings };
}

/** Says beside the session that its log cannot be read, so the list shows it damaged rather than as it last stood. */
async function noteUnreadable(context: StoreContext, id: string, paths: ReturnType<typeof sessionPaths>, verdict: UnreadableLog): Promise<void> {
  if (context.readOnly) return;
  const note: DamageNote = { v: 1, at: context.now(), problem: LOG_UNREADABLE, outcome: 'unreadable', logProblem: verdict.message, log: await logStamp(paths.events), reason: verdict.reason };
  await writeDamageNote(paths.damage, note).catch((error: unknown) => context.log(`could not note the damage to session ${id}: ${messageOf(error)}`));
}

/** The snapshot, or nothing: none, or damaged (then set aside in quarantine/ and said in `warnings`). */
async function readSnapshot(context: StoreContext, file: string, warnings: string[]): Promise<Snapshot | undefined> {
  let text: string;
  try {
    text = await context.fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let problem: string;
  try {
    const parsed = Snapshot.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.state.lastSeq === parsed.data.seq) return parsed.data;
    problem = parsed.success ? 'its seq does not match its state' : `it does not match the snapshot schema (${parsed.error.issues[0]!.message})`;
  } catch (error) {
    problem = `it is not JSON (${messageOf(error)})`;
  }
  const moved = context.readOnly ? undefined : await quarantine(context.dataDir, file, problem, new Date(context.now()), context.fs).catch(() => undefined);
  warnings.push(`The session's snapshot was damaged (${problem})${moved ? ` and was moved to ${moved}` : ''}; the session was rebuilt from its log.`);
  return undefined;
}

/** What session.json says, or nothing when it cannot be read. */
export async function listedMeta(fs: StoreFs, file: string): Promise<SessionMeta | undefined> {
  try {
    const parsed = SessionMeta.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
