import { z } from 'zod';
import { activeMsAt } from './clock';
import { EVENT_SCHEMA_VERSION, SessionEvent, type EventDraft } from './events';
import type { SessionState } from './state';
import { CanvasDelta } from '../canvas/element';
import { Scratchpad } from '../estimate/pad';
import { MAX_NOTE_ITEMS, NoteBody, NoteId } from '../notes/item';
import { SpeechSegment } from '../voice/speech';

/** What a window may ask of a running session. The Node side turns each into an event. */
export const SessionCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('extend'), minutes: z.union([z.literal(1), z.literal(2)]) }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('previous') }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('notes'), phase: z.string(), text: z.string().max(200_000) }),
  z.object({ type: z.literal('canvas'), delta: CanvasDelta }),
  z.object({ type: z.literal('scratchpad'), pad: Scratchpad }),
  /** The window names the id, so it can show and undo the item before the event comes back. */
  z.object({ type: z.literal('note.add'), id: NoteId, index: z.number().int().nonnegative(), body: NoteBody }),
  z.object({ type: z.literal('note.edit'), id: NoteId, body: NoteBody }),
  z.object({ type: z.literal('note.remove'), id: NoteId }),
  z.object({ type: z.literal('note.move'), id: NoteId, index: z.number().int().nonnegative() }),
  /** The window is about to record the voice (sent once, before the first chunk). */
  z.object({ type: z.literal('voice.record') }),
  z.object({ type: z.literal('speech'), segment: SpeechSegment }),
]);
export type SessionCommand = z.infer<typeof SessionCommand>;

export type Decision = { ok: true; draft: EventDraft } | { ok: false; reason: string };

const refuse = (reason: string): Decision => ({ ok: false, reason });
const accept = (draft: EventDraft): Decision => ({ ok: true, draft });

/** Whether `command` makes sense now, and the event it becomes. Pure, so both sides agree. */
export function decide(state: SessionState, command: SessionCommand): Decision {
  if (state.status === 'ended') return refuse('the session has ended');
  switch (command.type) {
    case 'start':
      return state.status === 'ready' ? accept({ type: 'session.started', payload: {} }) : refuse('the session has already started');
    case 'pause':
      return state.status === 'running' ? accept({ type: 'session.paused', payload: { reason: 'user' } }) : refuse('the clock is not running');
    case 'resume':
      return state.status === 'paused' ? accept({ type: 'session.resumed', payload: {} }) : refuse('the session is not paused');
    case 'extend':
      return state.status === 'ready' ? refuse('start the session first') : accept({ type: 'phase.extended', payload: { minutes: command.minutes } });
    case 'next':
      if (state.status === 'ready') return refuse('start the session first');
      if (state.phaseIndex >= state.phases.length - 1) return refuse('this is the last phase; end the session instead');
      return accept({ type: 'phase.entered', payload: { index: state.phaseIndex + 1, via: 'next' } });
    case 'previous':
      if (state.status === 'ready') return refuse('start the session first');
      if (state.phaseIndex === 0) return refuse('this is the first phase');
      return accept({ type: 'phase.entered', payload: { index: state.phaseIndex - 1, via: 'previous' } });
    case 'end':
      return accept({ type: 'session.ended', payload: {} });
    case 'notes':
      if (!state.phases.some((p) => p.id === command.phase)) return refuse(`there is no phase "${command.phase}" in this plan`);
      return accept({ type: 'notes.changed', payload: { phase: command.phase, text: command.text } });
    case 'canvas':
      return accept({ type: 'canvas.changed', payload: command.delta });
    case 'scratchpad':
      return accept({ type: 'scratchpad.changed', payload: command.pad });
    case 'note.add':
      if (state.items.some((i) => i.id === command.id)) return refuse(`there is already a note with id "${command.id}"`);
      if (state.items.length >= MAX_NOTE_ITEMS) return refuse(`a session holds at most ${MAX_NOTE_ITEMS} note items`);
      return accept({ type: 'note.added', payload: { id: command.id, index: command.index, body: command.body } });
    case 'note.edit': {
      const item = state.items.find((i) => i.id === command.id);
      if (!item) return refuse(`there is no note with id "${command.id}"`);
      if (item.body.list !== command.body.list) return refuse(`note "${command.id}" is in ${item.body.list}, not ${command.body.list}`);
      return accept({ type: 'note.edited', payload: { id: command.id, body: command.body } });
    }
    case 'note.remove':
      return state.items.some((i) => i.id === command.id) ? accept({ type: 'note.removed', payload: { id: command.id } }) : refuse(`there is no note with id "${command.id}"`);
    case 'note.move':
      return state.items.some((i) => i.id === command.id)
        ? accept({ type: 'note.moved', payload: { id: command.id, index: command.index } })
        : refuse(`there is no note with id "${command.id}"`);
    case 'voice.record':
      return state.recorded ? refuse('the voice is already being recorded') : accept({ type: 'voice.recording', payload: {} });
    case 'speech': {
      if (state.status === 'ready') return refuse('start the session first');
      if (!state.recorded) return refuse('this session is not recording the voice');
      return accept({ type: 'speech.heard', payload: command.segment });
    }
  }
}

/** Gives a draft its place in the log: the next seq, the wall time and the session clock then. */
export function stamp(state: SessionState | undefined, draft: EventDraft, at: number): SessionEvent {
  return SessionEvent.parse({
    v: EVENT_SCHEMA_VERSION,
    seq: (state?.lastSeq ?? 0) + 1,
    t: state ? Math.round(activeMsAt(state, at)) : 0,
    at,
    phase: state ? state.phases[state.phaseIndex]!.id : firstPhaseOf(draft),
    ...draft,
  });
}

function firstPhaseOf(draft: EventDraft): string {
  return draft.type === 'session.created' ? (draft.payload.plan.phases[0]?.id ?? '') : '';
}
