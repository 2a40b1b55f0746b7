import { z } from 'zod';
import { CriterionId } from '../rubric/report';

/**
 * What only the person interviewing writes and reads: timestamped notes and manual scores.
 * It is kept in its own log beside the session's (see docs/decisions/0005), so nothing that
 * serves the candidate's window can hand it over by mistake: their channels never read it.
 */
export const NoteTag = z.enum(['strength', 'concern', 'question']);
export type NoteTag = z.infer<typeof NoteTag>;

export const InterviewerNoteId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use letters, digits, - and _ (at most 64)');

const privatePayloads = {
  'inote.added': z.object({ id: InterviewerNoteId, text: z.string().trim().min(1).max(5_000), tags: z.array(NoteTag).max(3) }),
  'inote.removed': z.object({ id: InterviewerNoteId }),
  /** null clears the score. */
  'iscore.set': z.object({ criterion: CriterionId, score: z.number().int().min(0).max(4).nullable() }),
} as const;

export type PrivateEventType = keyof typeof privatePayloads;

const envelope = {
  v: z.literal(1),
  /** 1, 2, 3… in this log's own order (not the session log's). */
  seq: z.number().int().positive(),
  /** The session clock when it was written, so notes line up with the replay. */
  t: z.number().int().nonnegative(),
  at: z.number().int().nonnegative(),
  phase: z.string(),
};

function privateEventOf<T extends PrivateEventType>(type: T) {
  return z.object({ ...envelope, type: z.literal(type), payload: privatePayloads[type] });
}

export const PrivateEvent = z.discriminatedUnion('type', [
  privateEventOf('inote.added'),
  privateEventOf('inote.removed'),
  privateEventOf('iscore.set'),
]);
export type PrivateEvent = z.infer<typeof PrivateEvent>;

export type PrivateDraft = { [T in PrivateEventType]: { type: T; payload: z.input<(typeof privatePayloads)[T]> } }[PrivateEventType];

export const InterviewerNote = z.object({
  id: InterviewerNoteId,
  text: z.string(),
  tags: z.array(NoteTag),
  t: z.number().int().nonnegative(),
  at: z.number().int().nonnegative(),
  phase: z.string(),
});
export type InterviewerNote = z.infer<typeof InterviewerNote>;

/** The private log folded: the notes in the order written and the latest score per criterion. */
export const PrivateState = z.object({
  notes: z.array(InterviewerNote),
  scores: z.partialRecord(CriterionId, z.number().int().min(0).max(4)),
  lastSeq: z.number().int().nonnegative(),
});
export type PrivateState = z.infer<typeof PrivateState>;

export const emptyPrivateState = (): PrivateState => ({ notes: [], scores: {}, lastSeq: 0 });

/** Total, as the session reducer is: an event that does not apply (a second removal) changes nothing. */
export function reducePrivate(state: PrivateState, event: PrivateEvent): PrivateState {
  if (event.seq <= state.lastSeq) return state;
  const next = { ...state, lastSeq: event.seq };
  switch (event.type) {
    case 'inote.added': {
      if (state.notes.some((n) => n.id === event.payload.id)) return next;
      const { id, text, tags } = event.payload;
      return { ...next, notes: [...state.notes, { id, text, tags: [...new Set(tags)], t: event.t, at: event.at, phase: event.phase }] };
    }
    case 'inote.removed':
      return { ...next, notes: state.notes.filter((n) => n.id !== event.payload.id) };
    case 'iscore.set': {
      const { criterion, score } = event.payload;
      const scores = { ...state.scores };
      if (score === null) delete scores[criterion];
      else scores[criterion] = score;
      return { ...next, scores };
    }
  }
}

export function foldPrivate(events: Iterable<PrivateEvent>): PrivateState {
  let state = emptyPrivateState();
  for (const event of events) state = reducePrivate(state, event);
  return state;
}
