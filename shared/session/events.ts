import { z } from 'zod';
import { PromptId } from '../schemas/prompt';
import { Plan } from './plan';
import { CanvasDelta } from '../canvas/element';
import { Scratchpad } from '../estimate/pad';
import { DEFAULT_LEVEL, TargetLevel } from './level';
import { NoteBody, NoteId } from '../notes/item';
import { SelfScores } from '../pairing/scores';
import { SpeechSegment } from '../voice/speech';

/** Who asked for a clock change: absent (older logs, solo) means the candidate. */
const By = z.enum(['candidate', 'interviewer']).optional();

/**
 * The session is its log: every action is one event, and one reducer folds them into
 * state. Each type has a payload schema; `v` is the version of that schema, so a later
 * change can migrate old logs. Later features (canvas, scratchpad, notes) add entries.
 */
export const payloadSchemas = {
  'session.created': z.object({
    prompt: z.object({ id: PromptId, title: z.string() }),
    plan: Plan,
    mode: z.enum(['solo', 'paired']).default('solo'),
    level: TargetLevel.default(DEFAULT_LEVEL),
  }),
  'session.started': z.object({}),
  'session.paused': z.object({
    /** user: asked; suspend: the machine slept; closed: the app stopped while the clock ran. */
    reason: z.enum(['user', 'suspend', 'closed']),
    /** For a pause found after a sleep: when the app noticed (the event's `at` is the suspend). */
    detectedAt: z.number().int().optional(),
    by: By,
  }),
  'session.resumed': z.object({ by: By }),
  'phase.extended': z.object({ minutes: z.union([z.literal(1), z.literal(2)]), by: By }),
  'phase.entered': z.object({ index: z.number().int().nonnegative(), via: z.enum(['next', 'previous']), by: By }),
  'notes.changed': z.object({ phase: z.string(), text: z.string().max(200_000) }),
  /** Element-level changes to the diagram, batched by the window at most once a second. */
  'canvas.changed': CanvasDelta,
  /** The whole estimation pad after an edit: small, and replay needs no earlier state to show it. */
  'scratchpad.changed': Scratchpad,
  /** Structured notes, one event per item change; `index` counts within the item's own list. */
  'note.added': z.object({ id: NoteId, index: z.number().int().nonnegative(), body: NoteBody }),
  'note.edited': z.object({ id: NoteId, body: NoteBody }),
  'note.removed': z.object({ id: NoteId }),
  'note.moved': z.object({ id: NoteId, index: z.number().int().nonnegative() }),
  /**
   * A question put to the scripted interviewer (solo mode) and the reply it gave. Written by
   * the Node side, which holds the prompt's answers; `answer` is the index of the scripted
   * answer that matched, null when none did and the reply asked for an assumption.
   */
  'interviewer.asked': z.object({
    question: z.string().min(1).max(2_000),
    reply: z.string().max(5_000),
    answer: z.number().int().nonnegative().nullable(),
    /** How close the best phrasing was, 0 (exact) to 1 (nothing alike); null when nothing was compared. */
    score: z.number().min(0).max(1).nullable(),
    /**
     * What the interviewer made of it (issue 20): an answer (two for a two-part question), a
     * "which do you mean" between two answers, or the neutral reply. Absent in older logs,
     * where `answer` alone says it (null: neutral).
     */
    kind: z.enum(['answer', 'clarify', 'neutral']).optional(),
    /** The scripted answers given (kind answer), or the two asked about (kind clarify). */
    answers: z.array(z.number().int().nonnegative()).max(2).optional(),
  }),
  /**
   * Paired mode: the person interviewing answered a clarifying question. `answer` is the index
   * of the prompt's scripted answer they sent (null when they typed their own), `note` the
   * candidate's question item it answers, when they picked one.
   */
  'interviewer.answered': z.object({
    question: z.string().max(2_000),
    text: z.string().min(1).max(5_000),
    answer: z.number().int().nonnegative().nullable(),
    note: NoteId.optional(),
  }),
  /** Paired mode: a hint (points at something) or a nudge (move along), sent to the candidate. */
  'interviewer.hinted': z.object({ kind: z.enum(['hint', 'nudge']), text: z.string().min(1).max(2_000) }),
  /** Paired mode: the interviewer changed a requirement; `index` is the prompt's curveball, `text` what the candidate is told. */
  'curveball.sprung': z.object({ index: z.number().int().nonnegative(), text: z.string().min(1).max(2_000) }),
  /**
   * The window began recording the candidate's voice (issue 23), logged before the first chunk
   * is saved, so a crash in the first second still leaves the session known as recorded and
   * reopening it records again.
   */
  'voice.recording': z.object({}),
  /** One stretch of talk the voice detector heard, `start` and `end` on the session clock (ms). */
  'speech.heard': SpeechSegment,
  'session.ended': z.object({}),
  /** Paired mode, after the end: the candidate's own score per criterion, given before any report is shown. */
  'self.assessed': z.object({ scores: SelfScores }),
} as const;

export type EventType = keyof typeof payloadSchemas;
export type Payload<T extends EventType> = z.output<(typeof payloadSchemas)[T]>;

export const EVENT_SCHEMA_VERSION = 1;

const envelope = {
  v: z.literal(EVENT_SCHEMA_VERSION),
  /** 1, 2, 3… with no gaps: the order of the log. */
  seq: z.number().int().positive(),
  /** Milliseconds on the session clock, which stands still while paused. */
  t: z.number().int().nonnegative(),
  /** Wall time, ms since the epoch. */
  at: z.number().int().nonnegative(),
  /** The phase current when it happened. */
  phase: z.string(),
};

function eventOf<T extends EventType>(type: T) {
  return z.object({ ...envelope, type: z.literal(type), payload: payloadSchemas[type] });
}

export const SessionEvent = z.discriminatedUnion('type', [
  eventOf('session.created'),
  eventOf('session.started'),
  eventOf('session.paused'),
  eventOf('session.resumed'),
  eventOf('phase.extended'),
  eventOf('phase.entered'),
  eventOf('notes.changed'),
  eventOf('canvas.changed'),
  eventOf('scratchpad.changed'),
  eventOf('note.added'),
  eventOf('note.edited'),
  eventOf('note.removed'),
  eventOf('note.moved'),
  eventOf('interviewer.asked'),
  eventOf('interviewer.answered'),
  eventOf('interviewer.hinted'),
  eventOf('curveball.sprung'),
  eventOf('voice.recording'),
  eventOf('speech.heard'),
  eventOf('session.ended'),
  eventOf('self.assessed'),
]);
export type SessionEvent = z.infer<typeof SessionEvent>;
export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;

/** An event before the log gives it a place: what happened, not yet when or where. */
export type EventDraft = { [T in EventType]: { type: T; payload: z.input<(typeof payloadSchemas)[T]> } }[EventType];
