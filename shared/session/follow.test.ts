import { describe, expect, it } from 'vitest';
import { stamp } from './commands';
import type { EventDraft, SessionEvent } from './events';
import { followEvent } from './follow';
import { reduce } from './reduce';
import type { SessionState } from './state';
import { samplePlan, samplePrompt } from './testing/samplePlan';

const T0 = Date.UTC(2026, 10, 23, 19, 0, 0);

/** A paired session's log: created, started, then one hint per text, a second apart. */
function pairedLog(hints: string[]): { events: SessionEvent[]; states: SessionState[] } {
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

describe('followEvent', () => {
  const { events, states } = pairedLog(['one', 'two', 'three']);
  const start = { state: states[1]!, ahead: [] };

  it('shows an event that overtook another only once the one before it arrives, in order', () => {
    const early = followEvent(start, events[3]!);
    expect(early.state.fromInterviewer).toEqual([]);
    expect(early.ahead.map((e) => e.seq)).toEqual([4]);
    const caught = followEvent(early, events[2]!);
    expect(caught.state.fromInterviewer.map((m) => m.text)).toEqual(['one', 'two']);
    expect(caught.ahead).toEqual([]);
  });

  it('folds an event once though it comes back as the reply and again as the push', () => {
    const once = followEvent(start, events[2]!);
    const twice = followEvent(once, events[2]!);
    expect(twice.state.fromInterviewer.map((m) => m.text)).toEqual(['one']);
    expect(twice.state).toBe(once.state);
  });

  it('keeps waiting while an event is missing', () => {
    const waiting = followEvent(followEvent(start, events[4]!), events[3]!);
    expect(waiting.state.lastSeq).toBe(2);
    expect(waiting.ahead.map((e) => e.seq)).toEqual([4, 5]);
  });
});
