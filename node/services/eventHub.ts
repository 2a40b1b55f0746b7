import type { EventName, EventPayload } from '../../shared/bridge/contract';
import { parseEvent } from '../../shared/bridge/parse';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Fans pushed events out to every open window, whichever host it lives in. */
export type EventHub = {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
};

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const checked = parseEvent(event, payload);
      for (const listener of listeners) listener(event, checked);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
