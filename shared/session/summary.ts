import { z } from 'zod';
import { Band } from '../rubric/report';
import { PromptId } from '../schemas/prompt';
import { TargetLevel } from './level';

export const SessionId = z.string().regex(/^s-\d{8}-\d{6}-[a-z0-9]{4}$/, 'not a session id (like s-20261122-142501-a1b2)');

/** One line of the session list, kept in the session's metadata so listing reads no logs. */
export const SessionSummary = z.object({
  id: SessionId,
  prompt: z.object({ id: PromptId, title: z.string() }),
  plan: z.object({ id: z.string(), name: z.string() }),
  /** Unknown for a damaged session whose log could not be read. */
  level: TargetLevel.optional(),
  createdAt: z.number(),
  status: z.enum(['ready', 'running', 'paused', 'ended', 'damaged']),
  /** Session-clock time used as of `lastAt`. */
  activeMs: z.number().nonnegative(),
  plannedMs: z.number().nonnegative(),
  /** Wall time the times are as of: the last event, or for a running session the moment it was listed. */
  lastAt: z.number(),
  /** Why a damaged session cannot be opened. */
  problem: z.string().optional(),
  /** The same in a few words for the list ("its log is empty"); older notes have none. */
  reason: z.string().optional(),
  /** Where a damaged session's files are, so a person can look at them (the app moves nothing of it). */
  folder: z.string().optional(),
  /**
   * Its log was damaged and repaired to the records before the damage: how many were kept
   * of how many, where the damaged original went, and whether the session had ended (what
   * was kept then opens to be read, not continued).
   */
  kept: z.object({ records: z.number().int().nonnegative(), of: z.number().int().nonnegative(), original: z.string().optional(), ended: z.boolean() }).optional(),
  /** Something that was mended and is worth knowing (session.json rebuilt from the log, say); the session still opens. */
  warning: z.string().optional(),
  /** Paired sessions only; older metadata and solo sessions leave it out. */
  mode: z.literal('paired').optional(),
  /** A paired session that ended before the candidate scored themselves: the list shows no band yet. */
  awaitingSelfScores: z.boolean().optional(),
  /** The band of the saved report (report.json), for the list only: listing never scores. */
  band: Band.optional(),
  /**
   * Its report is by another rubric (or missing) and is being made in the background: the
   * band follows in a `session.scored` push (or the next listing).
   */
  scoring: z.boolean().optional(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;
