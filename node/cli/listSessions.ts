import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SessionState } from '../../shared/session/state';
import type { SessionSummary } from '../../shared/session/summary';
import { damagedSummary, LOG_UNREADABLE, logStamp, readDamageNote, sameStamp, stillUnreadable, whereOf } from '../services/sessions/damageNote';
import { isMissing, nodeFs } from '../services/storeFs';
import { UnreadableLog } from '../services/sessions/sessionLog';
import { SESSIONS_DIR, SessionMeta, sessionPaths, summaryOfMeta } from '../services/sessions/sessionFiles';
import { summaryOfState, withBand } from '../services/sessions/sessionRow';
import { formatDate, formatDuration, table } from './format';
import { readSessionFiles, stateAt } from './readSession';
import { messageOf } from '../../shared/errors';

/**
 * Every session in the data folder, newest first, read without SessionStore: its list()
 * opens a session found running (appending a pause) and quarantines and rewrites a bad
 * session.json, and the command line changes nothing. A running session's used time is
 * read from its log (session.json only records it when the status or phase changes); a
 * bad session.json is summarised from the log instead; a session neither can describe is
 * listed as damaged. Where the app already judged a session (its damaged.json), the list
 * gives the app's reason.
 */
export async function listSessions(dataDir: string, now: () => number): Promise<{ sessions: SessionSummary[]; warnings: string[] }> {
  const root = join(dataDir, SESSIONS_DIR);
  let ids: string[];
  try {
    ids = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch (error) {
    if (isMissing(error)) return { sessions: [], warnings: [] };
    throw error;
  }
  const warnings: string[] = [];
  // The row and its band are read as the app's list reads them (sessionRow.ts), so both say the same.
  const sessions = await Promise.all(ids.map(async (id) => withBand(await summaryOf(dataDir, id, now, warnings), sessionPaths(dataDir, id).report)));
  sessions.sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  return { sessions, warnings };
}

async function summaryOf(dataDir: string, id: string, now: () => number, warnings: string[]): Promise<SessionSummary> {
  const paths = sessionPaths(dataDir, id);
  const file = paths.meta;
  let problem: string;
  try {
    const parsed = SessionMeta.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (parsed.success && parsed.data.status !== 'running') return settledRow(dataDir, id, parsed.data);
    if (parsed.success) {
      try {
        return summaryOfState(id, await stateOf(dataDir, id), now());
      } catch (error) {
        warnings.push(`${id}: its used time is as of ${formatDate(parsed.data.lastAt)}: ${messageOf(error)}`);
        return summaryOfMeta(parsed.data);
      }
    }
    problem = `${file} does not match its schema (${parsed.error.issues[0]!.message})`;
  } catch (error) {
    if (isMissing(error)) {
      // The app sets a damaged session.json aside and notes why beside it.
      const note = await readDamageNote(paths.damage);
      if (note?.outcome === 'unreadable' && (await stillUnreadable(note, paths.events))) return damagedSummary(id, note, await whereOf(nodeFs, paths));
      problem = note ? `${file} was set aside by DesignDrill: ${note.problem}` : `${file} is missing`;
    } else if (error instanceof SyntaxError) problem = `${file} is not JSON (${error.message})`;
    else problem = `${file} is not readable (${messageOf(error)})`;
  }
  try {
    const summary = summaryOfState(id, await stateOf(dataDir, id), now());
    warnings.push(`${id}: ${problem}; listed from its log (DesignDrill rebuilds the file when it next lists sessions)`);
    return summary;
  } catch (error) {
    return damagedSummary(id, unreadable(problem, error), await whereOf(nodeFs, paths));
  }
}

/**
 * A paused or ended session's row from its session.json, unless its log changed since the app
 * last read or wrote it (or the file predates that record): then the log is read the way `session
 * show` reads it, so damage done on disk is said here too rather than listed as a whole session.
 */
async function settledRow(dataDir: string, id: string, meta: SessionMeta): Promise<SessionSummary> {
  const row = summaryOfMeta(meta);
  const paths = sessionPaths(dataDir, id);
  if (meta.log && sameStamp(await logStamp(paths.events), meta.log)) return row;
  try {
    const files = await readSessionFiles(dataDir, id);
    return files.warnings.length > 0 ? { ...row, warning: files.warnings.join('; ') } : row;
  } catch (error) {
    return damagedSummary(id, unreadable(LOG_UNREADABLE, error), await whereOf(nodeFs, paths));
  }
}

/** Why a session cannot be listed: the log's verdict in the app's own words (the full refusal repeats what the row says already). */
function unreadable(problem: string, error: unknown): { problem: string; logProblem: string; reason?: string } {
  const verdict = (error as Error).cause instanceof UnreadableLog ? ((error as Error).cause as UnreadableLog) : undefined;
  return { problem, logProblem: verdict?.message ?? messageOf(error), ...(verdict ? { reason: verdict.reason } : {}) };
}

async function stateOf(dataDir: string, id: string): Promise<SessionState> {
  return stateAt(await readSessionFiles(dataDir, id)).state;
}

export function formatList(sessions: readonly SessionSummary[], dataDir: string): string {
  if (sessions.length === 0) return `No sessions in ${dataDir}.\n`;
  const rows = [['ID', 'PROMPT', 'MODE', 'CREATED', 'USED', 'PLANNED', 'STATUS', 'BAND']];
  for (const s of sessions) {
    rows.push([s.id, s.prompt.title, s.mode ?? 'solo', formatDate(s.createdAt), formatDuration(s.activeMs), formatDuration(s.plannedMs), s.status, bandCell(s)]);
  }
  // A damaged row whose short reason says it all has no full one: the reason is said instead.
  const problems = sessions.flatMap((s) => [s.problem ?? s.reason, s.warning].filter((text) => text !== undefined).map((text) => `${s.id}: ${text}`));
  return `${table(rows, [4, 5])}\n${problems.length > 0 ? `\n${problems.join('\n')}\n` : ''}`;
}

/** As the history's band column: the saved report's band, or why there is none to show yet. */
function bandCell(s: SessionSummary): string {
  if (s.band) return s.band;
  // Blind: a paired session's band waits for the candidate's own scores, given in the app.
  return s.awaitingSelfScores ? 'score yourself first' : '—';
}
