import type { EventOf, SessionEvent } from './events';
import type { InterviewerMessage, SessionState } from './state';
import { emptyCanvas } from '../canvas/element';
import { applyDelta } from '../canvas/scene';
import { emptyScratchpad } from '../estimate/pad';
import { MAX_NOTE_ITEMS } from '../notes/item';
import { addItem, editItem, moveItem, removeItem } from '../notes/apply';

const MINUTE = 60_000;

/** Thrown when a log does not begin with `session.created`: nothing can be folded. */
export class LogStartError extends Error {}

function created(event: EventOf<'session.created'>): SessionState {
  const { prompt, plan, mode, level } = event.payload;
  return {
    status: 'ready',
    prompt,
    plan: { id: plan.id, name: plan.name },
    mode,
    level,
    phases: plan.phases.map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      guidance: p.guidance,
      produces: p.produces,
      plannedMs: p.minutes * MINUTE,
      extendedMs: 0,
      usedMs: 0,
    })),
    phaseIndex: 0,
    activeMs: 0,
    runningSince: null,
    createdAt: event.at,
    startedAt: null,
    endedAt: null,
    notes: {},
    canvas: emptyCanvas(),
    scratchpad: emptyScratchpad(),
    items: [],
    questions: [],
    fromInterviewer: [],
    selfScores: null,
    recorded: false,
    speech: [],
    pauses: [],
    lastSeq: event.seq,
    lastAt: event.at,
  };
}

/** Closes the running stretch at `at`, crediting it to the session and the current phase. */
function settle(state: SessionState, at: number): SessionState {
  if (state.runningSince === null) return state;
  const elapsed = Math.max(0, at - state.runningSince);
  return {
    ...state,
    activeMs: state.activeMs + elapsed,
    runningSince: at,
    phases: state.phases.map((p, i) => (i === state.phaseIndex ? { ...p, usedMs: p.usedMs + elapsed } : p)),
  };
}

function tell(state: SessionState, event: SessionEvent, message: Omit<InterviewerMessage, 'seq' | 't' | 'phase'>): SessionState {
  return { ...state, fromInterviewer: [...state.fromInterviewer, { ...message, seq: event.seq, t: event.t, phase: event.phase }] };
}

/** The interviewer's clock changes, told in the candidate's feed; the candidate's own are not. */
function clockNote(before: SessionState, after: SessionState, event: SessionEvent): SessionState {
  if (after === before || !('by' in event.payload) || event.payload.by !== 'interviewer') return after;
  const phase = before.phases[before.phaseIndex]!.title;
  const text =
    event.type === 'session.paused'
      ? 'The interviewer paused the clock.'
      : event.type === 'session.resumed'
        ? 'The interviewer restarted the clock.'
        : event.type === 'phase.extended'
          ? `The interviewer gave ${phase} ${event.payload.minutes} more minute${event.payload.minutes === 1 ? '' : 's'}.`
          : event.type === 'phase.entered'
            ? `The interviewer moved on to ${after.phases[after.phaseIndex]!.title}.`
            : '';
  return text ? tell(after, event, { kind: 'clock', text }) : after;
}

function apply(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'session.created':
      return state;
    case 'session.started':
      return state.status === 'ready' ? { ...state, status: 'running', runningSince: event.at, startedAt: event.at } : state;
    case 'session.paused': {
      if (state.status !== 'running') return state;
      const settled = settle(state, event.at);
      return {
        ...settled,
        status: 'paused',
        runningSince: null,
        pauses: [...state.pauses, { t: event.t, at: event.at, reason: event.payload.reason }],
      };
    }
    case 'session.resumed':
      return state.status === 'paused' ? { ...state, status: 'running', runningSince: event.at } : state;
    case 'phase.extended':
      if (state.status === 'ended') return state;
      return {
        ...state,
        phases: state.phases.map((p, i) => (i === state.phaseIndex ? { ...p, extendedMs: p.extendedMs + event.payload.minutes * MINUTE } : p)),
      };
    case 'phase.entered': {
      const { index } = event.payload;
      if (state.status === 'ended' || index >= state.phases.length || index === state.phaseIndex) return state;
      return { ...settle(state, event.at), phaseIndex: index };
    }
    case 'notes.changed':
      return { ...state, notes: { ...state.notes, [event.payload.phase]: event.payload.text } };
    case 'canvas.changed':
      return state.status === 'ended' ? state : { ...state, canvas: applyDelta(state.canvas, event.payload, event.phase) };
    case 'scratchpad.changed':
      return state.status === 'ended' ? state : { ...state, scratchpad: event.payload };
    case 'note.added': {
      if (state.status === 'ended' || state.items.length >= MAX_NOTE_ITEMS) return state;
      const { id, index, body } = event.payload;
      return { ...state, items: addItem(state.items, { id, body, addedT: event.t, editedT: event.t, phase: event.phase }, index) };
    }
    case 'note.edited':
      return state.status === 'ended' ? state : { ...state, items: editItem(state.items, event.payload.id, event.payload.body, event.t) };
    case 'note.removed':
      return state.status === 'ended' ? state : { ...state, items: removeItem(state.items, event.payload.id) };
    case 'note.moved':
      return state.status === 'ended' ? state : { ...state, items: moveItem(state.items, event.payload.id, event.payload.index) };
    case 'interviewer.asked': {
      if (state.status === 'ended') return state;
      const { question, reply, answer, kind } = event.payload;
      return { ...state, questions: [...state.questions, { question, reply, answer, ...(kind ? { kind } : {}), t: event.t, phase: event.phase }] };
    }
    case 'interviewer.answered': {
      if (state.status === 'ended') return state;
      const { question, text, note } = event.payload;
      return tell(state, event, { kind: 'answer', text, question, ...(note ? { note } : {}) });
    }
    case 'interviewer.hinted':
      return state.status === 'ended' ? state : tell(state, event, { kind: event.payload.kind, text: event.payload.text });
    case 'curveball.sprung':
      return state.status === 'ended' ? state : tell(state, event, { kind: 'curveball', text: event.payload.text, curveball: event.payload.index });
    case 'voice.recording':
      return state.status === 'ended' || state.recorded ? state : { ...state, recorded: true };
    case 'speech.heard': {
      // Only while the session runs or stands paused; a segment needs the recording it came from.
      if (state.status === 'ready' || state.status === 'ended' || !state.recorded) return state;
      const { start, end, listenedFrom } = event.payload;
      return { ...state, speech: [...state.speech, { start, end, ...(listenedFrom === undefined ? {} : { listenedFrom }), phase: event.phase }] };
    }
    case 'session.ended': {
      if (state.status === 'ended') return state;
      return { ...settle(state, event.at), status: 'ended', runningSince: null, endedAt: event.at };
    }
    case 'self.assessed':
      // Given once, after the end: a later one would be a second look.
      return state.status === 'ended' && state.selfScores === null ? { ...state, selfScores: event.payload.scores } : state;
  }
}

/**
 * Folds one event into the state. Total by design: an event that does not apply in the
 * current state (a resume while running, say) changes nothing, so any log folds.
 */
export function reduce(state: SessionState | undefined, event: SessionEvent): SessionState {
  if (state === undefined) {
    if (event.type !== 'session.created') throw new LogStartError(`a session log must begin with session.created, not ${event.type}`);
    return created(event);
  }
  return { ...clockNote(state, apply(state, event), event), lastSeq: event.seq, lastAt: Math.max(state.lastAt, event.at) };
}

/** Folds a log, optionally on top of a snapshot that covers the events before it. */
export function fold(events: Iterable<SessionEvent>, from?: SessionState): SessionState {
  let state = from;
  for (const event of events) {
    if (state && event.seq <= state.lastSeq) continue;
    state = reduce(state, event);
  }
  if (!state) throw new LogStartError('the session log is empty');
  return state;
}
