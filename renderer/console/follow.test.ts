import { describe, expect, it } from 'vitest';
import { emptyPrivateState, type PrivateEvent } from '../../shared/pairing/privateLog';
import { stamp } from '../../shared/session/commands';
import type { EventDraft, SessionEvent } from '../../shared/session/events';
import { reduce } from '../../shared/session/reduce';
import type { SessionState } from '../../shared/session/state';
import { samplePlan, samplePrompt } from '../../shared/session/testing/samplePlan';
import { extendLog, followPrivate } from './follow';

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

describe('extendLog', () => {
  const { events } = pairedLog(['one', 'two']);

  it('grows the log by the next event and ignores one it holds', () => {
    const grown = extendLog(events.slice(0, 3), events[3]!);
    expect(grown?.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(extendLog(events, events[1]!)).toBe(events);
  });

  it('asks for the log again when an event is missing', () => {
    expect(extendLog(events.slice(0, 2), events[3]!)).toBeUndefined();
  });
});

describe('followPrivate', () => {
  const note = (seq: number, id: string): PrivateEvent => ({
    v: 1,
    seq,
    t: seq * 1000,
    at: T0 + seq * 1000,
    phase: 'clarify',
    type: 'inote.added',
    payload: { id, text: `note ${id}`, tags: ['strength'] },
  });

  it('adds the next note', () => {
    expect(followPrivate(emptyPrivateState(), note(1, 'a'))?.notes.map((n) => n.id)).toEqual(['a']);
  });

  it('asks for the log again when a note before it is missing', () => {
    expect(followPrivate(emptyPrivateState(), note(2, 'b'))).toBeUndefined();
  });
});
