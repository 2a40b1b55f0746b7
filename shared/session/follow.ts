import type { SessionEvent } from './events';
import { reduce } from './reduce';
import type { SessionState } from './state';

/**
 * How a window keeps up with a session it does not own: every event (pushed, or the
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
