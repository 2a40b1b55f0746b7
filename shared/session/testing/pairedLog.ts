import { stamp } from '../commands';
import type { EventDraft, SessionEvent } from '../events';
import { reduce } from '../reduce';
import type { SessionState } from '../state';
import { samplePlan, samplePrompt } from './samplePlan';

/** When the log's session was created. */
export const T0 = Date.UTC(2026, 10, 23, 19, 0, 0);

/**
 * A paired session's log for tests: created, started, then one hint per text, a second
 * apart; `states[i]` is the fold up to `events[i]`.
 */
export function pairedLog(hints: string[]): { events: SessionEvent[]; states: SessionState[] } {
  const drafts: EventDraft[] = [
    { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'paired' } },
    { type: 'session.started', payload: {} },
    ...hints.map((text): EventDraft => ({ type: 'interviewer.hinted', payload: { kind: 'hint', text } })),
  ];
  const events: SessionEvent[] = [];
  const states: SessionState[] = [];
  let state: SessionState | undefined;
  drafts.forEach((draft, i) => {
    const event = stamp(state, draft, T0 + i * 1000);
    state = reduce(state, event);
    events.push(event);
    states.push(state);
  });
  return { events, states };
}
