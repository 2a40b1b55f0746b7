import { readFile } from 'node:fs/promises';
import { Band } from '../../../shared/rubric/report';
import { timings } from '../../../shared/session/clock';
import { awaitsSelfScores, type SessionState } from '../../../shared/session/state';
import type { SessionSummary } from '../../../shared/session/summary';
import type { SessionMeta } from './sessionFiles';

/**
 * A session's row in the list, as the history shows it: the app's store writes it into
 * session.json and the command line's `sessions list` reads it the same way, so neither can
 * drop a field the other shows. A running session's times are as of `now`, and `lastAt` says so.
 */
export function summaryOfState(id: string, state: SessionState, now: number, { warning, kept }: Pick<SessionSummary, 'warning' | 'kept'> = {}): Omit<SessionMeta, 'v' | 'log'> {
  const at = state.status === 'running' ? Math.max(state.lastAt, now) : state.lastAt;
  const time = timings(state, at);
  return {
    id,
    prompt: state.prompt,
    plan: state.plan,
    level: state.level,
    createdAt: state.createdAt,
    status: state.status,
    activeMs: Math.round(time.elapsedMs),
    plannedMs: time.plannedMs,
    lastAt: at,
    ...(state.mode === 'paired' ? { mode: 'paired' as const, awaitingSelfScores: awaitsSelfScores(state) } : {}),
    ...(warning === undefined ? {} : { warning }),
    ...(kept ? { kept } : {}),
  };
}

/** The band of the saved report, when there is a readable one; the list never scores. */
export async function withBand(summary: SessionSummary, reportFile: string): Promise<SessionSummary> {
  // Blind: the candidate sees no score of a paired session before giving their own.
  if (summary.status !== 'ended' || summary.awaitingSelfScores) return summary;
  try {
    const band = Band.safeParse((JSON.parse(await readFile(reportFile, 'utf8')) as { band?: unknown }).band);
    return band.success ? { ...summary, band: band.data } : summary;
  } catch {
    // No report yet, or a damaged one: the report screen makes or mends it.
    return summary;
  }
}
