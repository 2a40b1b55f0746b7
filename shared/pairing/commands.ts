import { z } from 'zod';
import { decide } from '../session/commands';
import type { EventDraft } from '../session/events';
import type { SessionState } from '../session/state';
import { NoteId } from '../notes/item';
import { CriterionId } from '../rubric/report';
import { InterviewerNoteId, NoteTag, type PrivateDraft, type PrivateState } from './privateLog';

/**
 * What the person interviewing may do, from the console. Answers, hints, curveballs and
 * clock changes become events in the session's log (the candidate sees them); notes and
 * scores go to the private log.
 */
export const InterviewerCommand = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('answer'),
    /** The question as the interviewer heard it; may be left empty. */
    question: z.string().trim().max(2_000).default(''),
    /** The prompt's scripted answer sent, or null for one typed in `text`. */
    answer: z.number().int().nonnegative().nullable(),
    /** The words sent; for a scripted answer, absent means its text as written. */
    text: z.string().trim().min(1).max(5_000).optional(),
    /** The candidate's question item being answered. */
    note: NoteId.optional(),
  }),
  z.object({ type: z.literal('hint'), kind: z.enum(['hint', 'nudge']), text: z.string().trim().min(1).max(2_000) }),
  z.object({ type: z.literal('curveball'), index: z.number().int().nonnegative() }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('extend'), minutes: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('note'), id: InterviewerNoteId, text: z.string().trim().min(1).max(5_000), tags: z.array(NoteTag).max(3).default([]) }),
  z.object({ type: z.literal('note.remove'), id: InterviewerNoteId }),
  z.object({ type: z.literal('score'), criterion: CriterionId, score: z.number().int().min(0).max(4).nullable() }),
]);
export type InterviewerCommand = z.infer<typeof InterviewerCommand>;

/** The parts of the prompt an interviewer's command reads. */
export type PromptScript = { answers: readonly { answer: string }[]; curveballs: readonly string[] };

export type InterviewerDecision =
  | { ok: true; log: 'session'; draft: EventDraft }
  | { ok: true; log: 'private'; draft: PrivateDraft }
  | { ok: false; reason: string };

const refuse = (reason: string): InterviewerDecision => ({ ok: false, reason });

/**
 * Whether the interviewer's `command` applies now, and the event it becomes in which log.
 * Pure, like `decide`. Notes and scores are taken after the end too: scoring usually
 * happens then.
 */
export function decideInterviewer(state: SessionState, own: PrivateState, command: InterviewerCommand, script: PromptScript): InterviewerDecision {
  if (state.mode !== 'paired') return refuse('this session is solo: it has no interviewer');
  switch (command.type) {
    case 'note':
      if (own.notes.some((n) => n.id === command.id)) return refuse(`there is already a note with id "${command.id}"`);
      return { ok: true, log: 'private', draft: { type: 'inote.added', payload: { id: command.id, text: command.text, tags: command.tags } } };
    case 'note.remove':
      if (!own.notes.some((n) => n.id === command.id)) return refuse(`there is no note with id "${command.id}"`);
      return { ok: true, log: 'private', draft: { type: 'inote.removed', payload: { id: command.id } } };
    case 'score':
      return { ok: true, log: 'private', draft: { type: 'iscore.set', payload: { criterion: command.criterion, score: command.score } } };
  }
  if (state.status === 'ended') return refuse('the session has ended');
  switch (command.type) {
    case 'answer': {
      const scripted = command.answer === null ? undefined : script.answers[command.answer];
      if (command.answer !== null && !scripted) return refuse(`the prompt has no scripted answer ${command.answer + 1}`);
      const text = command.text ?? scripted?.answer;
      if (!text) return refuse('write the answer, or pick one of the scripted answers');
      if (command.note && !state.items.some((i) => i.id === command.note)) return refuse(`the candidate has no question item "${command.note}"`);
      const payload = { question: command.question, text, answer: command.answer, ...(command.note ? { note: command.note } : {}) };
      return { ok: true, log: 'session', draft: { type: 'interviewer.answered', payload } };
    }
    case 'hint':
      return { ok: true, log: 'session', draft: { type: 'interviewer.hinted', payload: { kind: command.kind, text: command.text } } };
    case 'curveball': {
      const text = script.curveballs[command.index];
      if (text === undefined) return refuse(`the prompt has no curveball ${command.index + 1}`);
      if (state.fromInterviewer.some((m) => m.kind === 'curveball' && m.curveball === command.index)) return refuse('that curveball has already been sprung');
      return { ok: true, log: 'session', draft: { type: 'curveball.sprung', payload: { index: command.index, text } } };
    }
    case 'pause':
    case 'resume':
    case 'extend':
    case 'skip':
      return asInterviewer(decide(state, command.type === 'skip' ? { type: 'next' } : command));
  }
}

/** The clock commands are the candidate's own, marked as the interviewer's doing. */
function asInterviewer(decision: ReturnType<typeof decide>): InterviewerDecision {
  if (!decision.ok) return decision;
  const { draft } = decision;
  switch (draft.type) {
    case 'session.paused':
    case 'session.resumed':
    case 'phase.extended':
    case 'phase.entered':
      return { ok: true, log: 'session', draft: { ...draft, payload: { ...draft.payload, by: 'interviewer' } } as EventDraft };
    default:
      return { ok: false, reason: `${draft.type} is not a clock change` };
  }
}
