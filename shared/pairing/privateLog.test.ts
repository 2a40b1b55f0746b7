import { describe, expect, it } from 'vitest';
import { foldPrivate, PrivateEvent, reducePrivate } from './privateLog';

let seq = 0;
const event = (draft: Pick<PrivateEvent, 'type' | 'payload'>, t = 1_000): PrivateEvent =>
  PrivateEvent.parse({ v: 1, seq: ++seq, t, at: 1_800_000_000_000 + t, phase: 'clarify', ...draft });

describe("the interviewer's private log", () => {
  it('keeps notes in the order written, each with its time, phase and tags once each', () => {
    seq = 0;
    const state = foldPrivate([
      event({ type: 'inote.added', payload: { id: 'a', text: 'Asked about scale', tags: ['strength', 'strength'] } }, 5_000),
      event({ type: 'inote.added', payload: { id: 'b', text: 'Skipped estimates', tags: ['concern'] } }, 9_000),
      event({ type: 'inote.removed', payload: { id: 'a' } }),
    ]);
    expect(state.notes).toEqual([{ id: 'b', text: 'Skipped estimates', tags: ['concern'], t: 9_000, at: 1_800_000_009_000, phase: 'clarify' }]);
    expect(state.lastSeq).toBe(3);
  });

  it('holds the latest score per criterion, and forgets a cleared one', () => {
    seq = 0;
    const state = foldPrivate([
      event({ type: 'iscore.set', payload: { criterion: 'api', score: 1 } }),
      event({ type: 'iscore.set', payload: { criterion: 'scope', score: 4 } }),
      event({ type: 'iscore.set', payload: { criterion: 'api', score: 3 } }),
      event({ type: 'iscore.set', payload: { criterion: 'scope', score: null } }),
    ]);
    expect(state.scores).toEqual({ api: 3 });
  });

  it('ignores an event it has already folded, and a note added twice', () => {
    seq = 0;
    const first = event({ type: 'inote.added', payload: { id: 'a', text: 'One', tags: [] } });
    const once = reducePrivate(foldPrivate([]), first);
    expect(reducePrivate(once, first)).toBe(once);
    const again = reducePrivate(once, event({ type: 'inote.added', payload: { id: 'a', text: 'Two', tags: [] } }));
    expect(again.notes.map((n) => n.text)).toEqual(['One']);
  });
});
