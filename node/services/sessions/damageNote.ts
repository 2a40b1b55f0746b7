import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { SessionSummary } from '../../../shared/session/summary';
import { writeFileAtomic } from '../atomicWrite';
import { nodeFs, type StoreFs, isMissing } from '../storeFs';
import { createdAtOfId, LogStamp, SessionMeta, Snapshot, type sessionPaths } from './sessionFiles';
import { FOLDER_NOT_LOG } from './sessionLog';

const common = {
  v: z.literal(1),
  /** When the damage was found. */
  at: z.number(),
  /** What was wrong with session.json and where it went, in words for the session list. */
  problem: z.string(),
};

/**
 * damaged.json in a session's folder: the verdict reached when its session.json was found
 * missing or damaged. The damaged file itself went to quarantine/, so without this note a
 * later list would only see "missing" and would read the log again each time; with it, the
 * list keeps showing the original reason, and a log known to be unreadable is not re-read
 * until it changes.
 */
export const DamageNote = z.discriminatedUnion('outcome', [
  /** session.json was rebuilt from the log; the session opens as usual. */
  z.object({ ...common, outcome: z.literal('rebuilt') }),
  /** The log could not describe the session either: `logProblem` says why; `log` is the log as judged (null: there was none). */
  z.object({ ...common, outcome: z.literal('unreadable'), logProblem: z.string(), log: LogStamp.nullable(), reason: z.string().optional() }),
]);
export type DamageNote = z.infer<typeof DamageNote>;
export type UnreadableNote = DamageNote & { outcome: 'unreadable' };

/** The note, or nothing when there is none or it cannot be read (the session is then judged afresh). */
export async function readDamageNote(file: string): Promise<DamageNote | undefined> {
  try {
    const parsed = DamageNote.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeDamageNote(file: string, note: DamageNote): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(note, null, 2)}\n`);
}

/** The log's size and mtime now; null when there is none. */
export async function logStamp(file: string, fs: Pick<StoreFs, 'stat'> = nodeFs): Promise<LogStamp | null> {
  try {
    const { size, mtimeMs } = await fs.stat(file);
    return { size, mtimeMs };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Whether an unreadable verdict still holds: the log is exactly as it was judged. */
export async function stillUnreadable(note: UnreadableNote, logFile: string): Promise<boolean> {
  const now = await logStamp(logFile);
  return now === null || note.log === null ? now === note.log : sameStamp(now, note.log);
}

export function sameStamp(a: LogStamp | null | undefined, b: LogStamp | null | undefined): boolean {
  return a != null && b != null && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** What the session list says about a session whose summary was rebuilt from its log. */
export function rebuiltWarning(problem: string): string {
  return `${problem}; DesignDrill rebuilt it from the session's log.`;
}

/** What a damage note says when the log itself is the trouble (session.json was fine). */
export const LOG_UNREADABLE = 'the session log cannot be read';

/** A clause as a sentence of its own; one that starts with a file's name keeps its spelling. */
const sentence = (text: string) => `${/^[a-z]+[\s,:;]/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text}${text.endsWith('.') ? '' : '.'}`;

/**
 * Short reasons that say all the full one does ("its log is empty" against "its log holds no
 * readable events: the file is empty"): the row gives them once, with nothing more behind
 * "Show its files". Other full reasons name a line and what is wrong with it, which the short one does not.
 */
const SAID_WHOLE = new Set(['its log is empty', 'its log holds only blank lines', FOLDER_NOT_LOG.reason, 'its log is missing']);

/**
 * How the session list shows a session that cannot be opened, and why: what is wrong with its
 * log, said once, after what was wrong with its session.json when that was wrong too.
 */
export function damagedSummary(id: string, why: Pick<UnreadableNote, 'problem' | 'logProblem' | 'reason'>, where?: Where): SessionSummary {
  const logProblem = why.reason !== undefined && SAID_WHOLE.has(why.reason) ? undefined : sentence(why.logProblem);
  const problem = why.problem === LOG_UNREADABLE ? logProblem : [sentence(why.problem), logProblem].filter(Boolean).join(' ');
  return unreadableSummary(id, problem, { ...where, ...(why.reason ? { reason: why.reason } : {}) });
}

/** Where a damaged session's files are, and what its session.json still says of it (a title and date to know it by). */
export type Where = { folder?: string; reason?: string; known?: Pick<SessionSummary, 'prompt' | 'plan' | 'createdAt' | 'level' | 'mode'> };

/**
 * Where a session that cannot be opened keeps its files, and what still says which session
 * it was: its session.json, or else its snapshot's state; nothing when neither can be read.
 */
export async function whereOf(fs: Pick<StoreFs, 'readFile'>, paths: ReturnType<typeof sessionPaths>): Promise<Where> {
  const read = async <T>(file: string, parse: (json: unknown) => T | undefined): Promise<T | undefined> => {
    try {
      return parse(JSON.parse(await fs.readFile(file, 'utf8')));
    } catch {
      return undefined;
    }
  };
  const known =
    (await read(paths.meta, (json) => SessionMeta.safeParse(json).data)) ??
    (await read(paths.snapshot, (json) => {
      const state = Snapshot.safeParse(json).data?.state;
      return state && { prompt: state.prompt, plan: state.plan, createdAt: state.createdAt, level: state.level, ...(state.mode === 'paired' ? { mode: 'paired' as const } : {}) };
    }));
  return { folder: paths.dir, ...(known ? { known } : {}) };
}

/** A row for a session whose metadata cannot be read, saying why (`problem`: the full reason, when it adds to the short one). */
export function unreadableSummary(id: string, problem: string | undefined, { folder, reason, known }: Where = {}): SessionSummary {
  return {
    id,
    prompt: { id: 'unknown', title: 'Unreadable session' },
    plan: { id: 'unknown', name: '' },
    createdAt: createdAtOfId(id),
    ...(known ? { prompt: known.prompt, plan: known.plan, createdAt: known.createdAt, ...(known.level ? { level: known.level } : {}), ...(known.mode ? { mode: known.mode } : {}) } : {}),
    status: 'damaged',
    activeMs: 0,
    plannedMs: 0,
    lastAt: 0,
    ...(problem ? { problem } : {}),
    ...(reason ? { reason } : {}),
    ...(folder ? { folder } : {}),
  };
}
