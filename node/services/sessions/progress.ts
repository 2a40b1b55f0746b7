import { open } from 'node:fs/promises';
import { z } from 'zod';
import type { ProgressEntry, RubricNote } from '../../../shared/bridge/contract';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import { PhaseKind } from '../../../shared/schemas/prompt';
import { needsSelfScores } from '../../../shared/session/state';
import type { SessionSummary } from '../../../shared/session/summary';
import { currentOrQueued, inBatches, type BackgroundScoring } from './rescore';
import type { CurrentReportOf, ReportStore } from './reportStore';
import { sessionPaths } from './sessionFiles';
import type { SessionStore } from './sessionStore';
import { messageOf } from '../../../shared/errors';

export type ProgressOptions = {
  dataDir: string;
  sessions: Pick<SessionStore, 'list' | 'get'>;
  reports: Pick<ReportStore, 'peekReport'>;
  /** Makes the reports that are missing or by an older rubric, behind the answer (shared with the history). */
  scoring: BackgroundScoring;
  log?: (line: string) => void;
};

export type Progress = {
  sessions: ProgressEntry[];
  skipped: { id: string; message: string }[];
  rubric: RubricNote;
  /** Ended sessions whose report by the current rubric is still being made: charted once pushed as scored. */
  scoring: number;
};

/** The first line of the log holds the plan; a plan of a few hundred KiB would be absurd. */
const FIRST_LINE_LIMIT = 256 * 1024;
const CHUNK = 16 * 1024;

const CreatedPlan = z.object({
  type: z.literal('session.created'),
  payload: z.object({
    plan: z.object({ phases: z.array(z.object({ id: z.string(), kind: PhaseKind.optional() })) }),
    mode: z.enum(['solo', 'paired']).default('solo'),
  }),
});

/**
 * Every ended session's scores by the current rubric, oldest first, answered at once. Reads
 * session.json (through the list), report.json and the first line of the log of each, and
 * never loads a session whose report is current: a hundred ended sessions cost a few hundred
 * small file reads. A session without a readable report, or with one by another rubric
 * version, is left out and counted in `scoring`: the background scoring the history uses
 * makes and saves its report (the older one kept beside it), once per session and version,
 * and pushes `session.scored`; the window then asks again. One that could not be scored by
 * the current rubric is skipped with why, so no chart mixes versions.
 */
export async function readProgress(options: ProgressOptions): Promise<Progress> {
  const log = options.log ?? (() => {});
  const ended = (await options.sessions.list()).filter((s) => s.status === 'ended');
  const toScore: string[] = [];
  const results = await inBatches(ended, async (summary): Promise<{ entry?: ProgressEntry; scoring?: true; skipped?: { id: string; message: string } }> => {
    // Blind: a paired session's scores wait for the candidate's own, as its report does.
    if (summary.awaitingSelfScores) return {};
    try {
      const found = await currentOrQueued(summary.id, (id) => options.reports.peekReport(id), options.scoring, toScore);
      if ('scoring' in found) return { scoring: true };
      if ('failed' in found) throw new Error(found.failed);
      return { entry: await entryOf(options, summary, found.current) };
    } catch (error) {
      const message = `session ${summary.id} could not be scored: ${messageOf(error)}`;
      log(message);
      return { skipped: { id: summary.id, message } };
    }
  });
  options.scoring.enqueue(toScore);
  const sessions = results.flatMap((r) => (r.entry ? [r.entry] : [])).sort((a, b) => a.endedAt - b.endedAt || a.createdAt - b.createdAt);
  const rubric = { version: RUBRIC_VERSION, rescored: sessions.filter((s) => s.rescoredFrom !== undefined).length };
  return { sessions, skipped: results.flatMap((r) => (r.skipped ? [r.skipped] : [])), rubric, scoring: results.filter((r) => r.scoring).length };
}

async function entryOf(options: ProgressOptions, summary: SessionSummary, { report, rescoredFrom }: CurrentReportOf): Promise<ProgressEntry | undefined> {
  const paths = sessionPaths(options.dataDir, summary.id);
  const { kinds, mode } = await readCreated(paths.events);
  // A paired session's scores wait for the candidate's own, as its report does.
  // The mode comes from the log's first line, so a solo session is never opened for it.
  if (mode === 'paired' && needsSelfScores((await options.sessions.get(summary.id)).state)) return undefined;
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
    stale: false,
    ...(rescoredFrom ? { rescoredFrom } : {}),
  };
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
