import { z } from 'zod';
import { PhaseKind, PromptId } from '../schemas/prompt';
import { CanvasState, emptyCanvas } from '../canvas/element';
import { Scratchpad, emptyScratchpad } from '../estimate/pad';
import { DEFAULT_LEVEL, TargetLevel } from './level';
import { NoteItem } from '../notes/item';
import { SelfScores } from '../pairing/scores';
import { HeardSegment } from '../voice/speech';

export const PhaseState = z.object({
  id: z.string(),
  title: z.string(),
  kind: PhaseKind.optional(),
  guidance: z.array(z.string()),
  produces: z.string(),
  plannedMs: z.number().int().nonnegative(),
  /** Minutes added with +1/+2, kept apart so the report can show them. */
  extendedMs: z.number().int().nonnegative(),
  /** Active time spent in this phase before the current running stretch. */
  usedMs: z.number().nonnegative(),
});
export type PhaseState = z.infer<typeof PhaseState>;

export const AskedQuestion = z.object({
  question: z.string(),
  reply: z.string(),
  answer: z.number().int().nonnegative().nullable(),
  /** "clarify" when the interviewer asked which of two answers was meant; absent otherwise. */
  kind: z.enum(['answer', 'clarify', 'neutral']).optional(),
  t: z.number().int().nonnegative(),
  phase: z.string(),
});
export type AskedQuestion = z.infer<typeof AskedQuestion>;

/** What the person interviewing sent or did to the candidate's clock (paired mode), in order. */
export const InterviewerMessage = z.object({
  /** clock: the interviewer paused, resumed, extended or skipped a phase; `text` says which. */
  kind: z.enum(['answer', 'hint', 'nudge', 'curveball', 'clock']),
  text: z.string(),
  /** For an answer: the question as the interviewer wrote it down (may be empty). */
  question: z.string().optional(),
  /** For an answer: the candidate's question item it answers. */
  note: z.string().optional(),
  /** For a curveball: which of the prompt's curveballs. */
  curveball: z.number().int().nonnegative().optional(),
  seq: z.number().int().positive(),
  t: z.number().int().nonnegative(),
  phase: z.string(),
});
export type InterviewerMessage = z.infer<typeof InterviewerMessage>;

/** The folded session. A snapshot on disk is this plus the seq it covers. */
export const SessionState = z.object({
  status: z.enum(['ready', 'running', 'paused', 'ended']),
  prompt: z.object({ id: PromptId, title: z.string() }),
  plan: z.object({ id: z.string(), name: z.string() }),
  mode: z.enum(['solo', 'paired']),
  level: TargetLevel.default(DEFAULT_LEVEL),
  phases: z.array(PhaseState).min(1),
  phaseIndex: z.number().int().nonnegative(),
  /** Active time accumulated before `runningSince`. */
  activeMs: z.number().nonnegative(),
  /** Wall time the clock last started running; null while it stands still. */
  runningSince: z.number().nullable(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  notes: z.record(z.string(), z.string()),
  /** Snapshots written before the canvas existed have none: an empty one is right for them. */
  canvas: CanvasState.default(emptyCanvas),
  scratchpad: Scratchpad.default(emptyScratchpad),
  /** Structured notes in order; snapshots from before they existed have none. */
  items: z.array(NoteItem).default([]),
  /** Questions put to the scripted interviewer, with its replies, in order. */
  questions: z.array(AskedQuestion).default([]),
  /** Paired mode: answers, hints, nudges and curveballs from the interviewer. */
  fromInterviewer: z.array(InterviewerMessage).default([]),
  /** Paired mode: the candidate's blind self-assessment, once given after the end. */
  selfScores: SelfScores.nullable().default(null),
  /** The candidate chose to record their voice (a `voice.recording` event); older sessions were not. */
  recorded: z.boolean().default(false),
  /** Speech the voice detector heard, in order, each with the phase it was said in. */
  speech: z.array(HeardSegment).default([]),
  pauses: z.array(z.object({ t: z.number(), at: z.number(), reason: z.enum(['user', 'suspend', 'closed']) })),
  lastSeq: z.number().int().nonnegative(),
  lastAt: z.number(),
});
export type SessionState = z.infer<typeof SessionState>;

/** A paired session the candidate has not scored themselves for yet: every view of a score waits for theirs (blind). */
export function needsSelfScores(state: Pick<SessionState, 'mode' | 'selfScores'>): boolean {
  return state.mode === 'paired' && state.selfScores === null;
}

/** An ended paired session waiting for the candidate's own scores: "Score yourself" is offered only then, never while it runs. */
export function awaitsSelfScores(state: Pick<SessionState, 'status' | 'mode' | 'selfScores'>): boolean {
  return state.status === 'ended' && needsSelfScores(state);
}
