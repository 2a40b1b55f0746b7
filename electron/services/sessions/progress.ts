import { open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ProgressEntry } from '../../../shared/bridge/contract';
import { Report } from '../../../shared/rubric/report';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import { PhaseKind } from '../../../shared/schemas/prompt';
import type { SessionSummary } from '../../../shared/session/summary';
import type { ReportStore } from './reportStore';
import { sessionPaths } from './sessionFiles';
import type { SessionStore } from './sessionStore';

export type ProgressOptions = {
  dataDir: string;
  sessions: Pick<SessionStore, 'list' | 'get'>;
  reports: Pick<ReportStore, 'get'>;
  log?: (line: string) => void;
};

export type Progress = { sessions: ProgressEntry[]; skipped: { id: string; message: string }[] };

/** The first line of the log holds the plan; a plan of a few hundred KiB would be absurd. */
const FIRST_LINE_LIMIT = 256 * 1024;
const CHUNK = 16 * 1024;
const BATCH = 16;

const CreatedPlan = z.object({
  type: z.literal('session.created'),
  payload: z.object({
    plan: z.object({ phases: z.array(z.object({ id: z.string(), kind: PhaseKind.optional() })) }),
    mode: z.enum(['solo', 'paired']).default('solo'),
  }),
});

/**
 * Every ended session's scores, oldest first. Reads session.json (through the list),
 * report.json and the first line of the log of each, and never loads a session: a hundred
 * ended sessions cost a few hundred small file reads (0.1 to 0.6 s measured, most of it
 * parsing the reports). Only a session without a readable report goes through the report
 * store, which loads it, scores it and saves the report: a one-off of some 10 to 40 ms each.
 */
export async function readProgress(options: ProgressOptions): Promise<Progress> {
  const log = options.log ?? (() => {});
  const ended = (await options.sessions.list()).filter((s) => s.status === 'ended');
  const results = await inBatches(ended, async (summary) => {
    try {
      return { entry: await entryOf(options, summary) };
    } catch (error) {
      const message = `session ${summary.id} could not be scored: ${(error as Error).message}`;
      log(message);
      return { skipped: { id: summary.id, message } };
    }
  });
  const sessions = results.flatMap((r) => (r.entry ? [r.entry] : [])).sort((a, b) => a.endedAt - b.endedAt || a.createdAt - b.createdAt);
  return { sessions, skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])) };
}

/** A few sessions at a time: hundreds of open files at once could hit the process's limit. */
async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  return results;
}

async function entryOf(options: ProgressOptions, summary: SessionSummary): Promise<ProgressEntry | undefined> {
  const paths = sessionPaths(options.dataDir, summary.id);
  const [saved, { kinds, mode }] = await Promise.all([readReport(paths.report), readCreated(paths.events)]);
  // A paired session's scores wait for the candidate's own, as its report does.
  if (mode === 'paired' && (await options.sessions.get(summary.id)).state.selfScores === null) return undefined;
  // A missing or damaged report is left to the store: it sets a damaged one aside before scoring.
  const report = saved ?? (await options.reports.get(summary.id)).report;
  return {
    id: summary.id,
    prompt: summary.prompt,
    createdAt: summary.createdAt,
    endedAt: summary.lastAt,
    level: report.level,
    band: report.band,
    overall: report.overall,
    criteria: report.criteria.map((c) => ({ id: c.id, name: c.name, score: c.score })),
    phases: report.phases.map((p) => {
      const kind = kinds.get(p.id);
      return { id: p.id, title: p.title, ...(kind ? { kind } : {}), plannedMs: p.plannedMs, usedMs: p.usedMs };
    }),
    rubricVersion: report.rubricVersion,
    stale: report.rubricVersion !== RUBRIC_VERSION,
  };
}

async function readReport(file: string): Promise<Report | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = Report.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Each phase's kind, from the plan in the log's first event (empty when it cannot be read),
 * and whether the session was paired.
 */
async function readCreated(file: string): Promise<{ kinds: Map<string, PhaseKind>; mode: 'solo' | 'paired' }> {
  const kinds = new Map<string, PhaseKind>();
  let mode: 'solo' | 'paired' = 'solo';
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return { kinds, mode };
  try {
    const chunks: Buffer[] = [];
    let read = 0;
    let end = -1;
    while (end < 0 && read < FIRST_LINE_LIMIT) {
      const chunk = Buffer.alloc(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, read);
      if (bytesRead === 0) break;
      const newline = chunk.subarray(0, bytesRead).indexOf(0x0a);
      if (newline >= 0) end = read + newline;
      chunks.push(chunk.subarray(0, bytesRead));
      read += bytesRead;
    }
    if (end < 0) return { kinds, mode };
    const created = CreatedPlan.safeParse(JSON.parse(Buffer.concat(chunks).subarray(0, end).toString('utf8')));
    if (created.success) {
      for (const p of created.data.payload.plan.phases) if (p.kind) kinds.set(p.id, p.kind);
      mode = created.data.payload.mode;
    }
  } catch {
    // A first line that is not JSON leaves the phases without kinds; the scores still chart.
  } finally {
    await handle.close();
  }
  return { kinds, mode };
}
