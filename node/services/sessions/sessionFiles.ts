import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { SessionState } from '../../../shared/session/state';
import { SessionSummary } from '../../../shared/session/summary';

export const SESSIONS_DIR = 'sessions';
export const SNAPSHOT_VERSION = 1;
export const META_VERSION = 1;

export function sessionPaths(dataDir: string, id: string) {
  const dir = join(dataDir, SESSIONS_DIR, id);
  return {
    dir,
    meta: join(dir, 'session.json'),
    events: join(dir, 'events.jsonl'),
    snapshot: join(dir, 'snapshot.json'),
    damage: join(dir, 'damaged.json'),
    /** What repairs of the log found and did, said again on every later open. */
    repairs: join(dir, 'repairs.json'),
    /** The prompt as it was at the start, so a later edit of it cannot change the score. */
    prompt: join(dir, 'prompt.json'),
    /** The saved report, written when it is first asked for after the end. */
    report: join(dir, 'report.json'),
    /** Paired mode: the interviewer's notes and scores, apart from the log the candidate's window reads. */
    interviewer: join(dir, 'interviewer.jsonl'),
  };
}

/** Size and mtime of a session's log: enough to tell that it changed since it was last read or written. */
export const LogStamp = z.object({ size: z.number(), mtimeMs: z.number() });
export type LogStamp = z.infer<typeof LogStamp>;

/** session.json: what the list shows, refreshed when the status or phase changes. */
export const SessionMeta = SessionSummary.omit({ problem: true, reason: true, folder: true, band: true, scoring: true }).extend({
  v: z.literal(META_VERSION),
  status: z.enum(['ready', 'running', 'paused', 'ended']),
  /**
   * The log as the store last read it whole or wrote it, when this was written: a list that
   * finds the log otherwise checks it behind the listing (older files lack it: checked once).
   */
  log: LogStamp.optional(),
});
export type SessionMeta = z.infer<typeof SessionMeta>;

/** The list's row of a session.json: the file's own bookkeeping (its version, the log's stamp) left out. */
export function summaryOfMeta(meta: SessionMeta): SessionSummary {
  const { v: _v, log: _log, ...summary } = meta;
  return summary;
}

/** snapshot.json: the folded state after event `seq`, for a fast resume. */
export const Snapshot = z.object({
  v: z.literal(SNAPSHOT_VERSION),
  seq: z.number().int().positive(),
  /**
   * Length of events.jsonl up to the end of event `seq`'s line: a resume reads the log
   * from here on only. Snapshots written before this was recorded lack it and read it all.
   */
  bytes: z.number().int().positive().optional(),
  /**
   * CRC-32 of those bytes: checked on open, so the snapshot cannot stand in for a log that
   * was damaged behind it. Snapshots written before it was recorded read the whole log.
   */
  crc: z.number().int().nonnegative().optional(),
  state: SessionState,
});
export type Snapshot = z.infer<typeof Snapshot>;

/** When a session was made, to the second, as its id says it (0 when the id is not of that shape): the last thing that knows a damaged session's date. */
export function createdAtOfId(id: string): number {
  const m = /^s-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-/.exec(id);
  if (!m) return 0;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(year, month - 1, day, hour, minute, second);
  return Number.isNaN(at) ? 0 : at;
}

/** Sortable by creation time and readable in a folder listing: s-20261122-142501-a1b2. */
export function newSessionId(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}`;
  const time = `${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  const suffix = randomBytes(4).toString('hex').slice(0, 4);
  return `s-${date}-${time}-${suffix}`;
}
