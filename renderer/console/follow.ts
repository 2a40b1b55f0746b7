import type { PrivateEvent, PrivateState } from '../../shared/pairing/privateLog';
import { reducePrivate } from '../../shared/pairing/privateLog';
import type { SessionEvent } from '../../shared/session/events';

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
