import type { PrivateEvent, PrivateState } from '../../shared/pairing/privateLog';
import { reducePrivate } from '../../shared/pairing/privateLog';
import type { SessionEvent } from '../../shared/session/events';
import { reduce } from '../../shared/session/reduce';
import type { SessionState } from '../../shared/session/state';

/**
 * How the console keeps up with a session it does not own: every event (pushed, or the
 * reply to its own action) is folded once and in order. One that comes before an event
 * still on its way waits in `ahead`; a gap that stays is the caller's cue to read again.
 */
export type Followed = { state: SessionState; ahead: readonly SessionEvent[] };

export function followEvent({ state, ahead }: Followed, event: SessionEvent): Followed {
  if (event.seq <= state.lastSeq || ahead.some((e) => e.seq === event.seq)) return { state, ahead };
  const waiting = [...ahead, event].sort((a, b) => a.seq - b.seq);
  let next = state;
  while (waiting.length > 0 && waiting[0]!.seq === next.lastSeq + 1) next = reduce(next, waiting.shift()!);
  return { state: next, ahead: waiting.filter((e) => e.seq > next.lastSeq) };
}

/**
 * The whole log the rubric's suggestion reads, grown by one event at a time. `undefined`
 * when `event` does not follow on: the log must be fetched again.
 */
export function extendLog(events: readonly SessionEvent[], event: SessionEvent): readonly SessionEvent[] | undefined {
  const last = events.at(-1)?.seq ?? 0;
  if (event.seq <= last) return events;
  return event.seq === last + 1 ? [...events, event] : undefined;
}

/** The private log folded with `event`; `undefined` when an event before it is missing. */
export function followPrivate(own: PrivateState, event: PrivateEvent): PrivateState | undefined {
  if (event.seq > own.lastSeq + 1) return undefined;
  return reducePrivate(own, event);
}
