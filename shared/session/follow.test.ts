import { describe, expect, it } from 'vitest';
import { followEvent } from './follow';
import { pairedLog } from './testing/pairedLog';

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
