import type { EventDraft, SessionEvent } from '../../session/events';

/** Numbers the log 1, 2, 3… again after an edit, as a real log always is. */
function renumber(events: readonly SessionEvent[]): SessionEvent[] {
  return events.map((e, i) => ({ ...e, seq: i + 1 }));
}

/** The log without the events that match. */
export function without(events: readonly SessionEvent[], match: (e: SessionEvent) => boolean): SessionEvent[] {
  return renumber(events.filter((e) => !match(e)));
}

/** The log with one more event right after the first that matches, at the same moment and phase. */
export function insertAfter(events: readonly SessionEvent[], match: (e: SessionEvent) => boolean, draft: EventDraft): SessionEvent[] {
  const i = events.findIndex(match);
  if (i === -1) throw new Error('insertAfter: no event matches');
  const { t, at, phase } = events[i]!;
  const added = { v: 1, seq: 0, t, at, phase, ...draft } as SessionEvent;
  return renumber([...events.slice(0, i + 1), added, ...events.slice(i + 1)]);
}

/** The log with one more event just before the session ended (the reducer ignores changes after). */
export function beforeEnd(events: readonly SessionEvent[], draft: EventDraft): SessionEvent[] {
  const end = events.findIndex((e) => e.type === 'session.ended');
  const last = events[end === -1 ? events.length - 1 : end - 1];
  return insertAfter(events, (e) => e === last, draft);
}

/** The log with the first matching event's payload changed. */
export function changed<T extends SessionEvent>(events: readonly SessionEvent[], match: (e: SessionEvent) => e is T, change: (payload: T['payload']) => T['payload']): SessionEvent[] {
  let done = false;
  const out = events.map((e) => {
    if (done || !match(e)) return e;
    done = true;
    return { ...e, payload: change(structuredClone(e.payload)) } as SessionEvent;
  });
  if (!done) throw new Error('changed: no event matches');
  return out;
}
