import { describe, expect, it } from 'vitest';
import { emptyPrivateState, type PrivateEvent } from '../../shared/pairing/privateLog';
import { extendLog, followPrivate } from './follow';
import { T0, pairedLog } from '../../shared/session/testing/pairedLog';

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
