import { describe, expect, it } from 'vitest';
import { decide, stamp, type SessionCommand } from '../session/commands';
import { reduce } from '../session/reduce';
import type { SessionState } from '../session/state';
import { samplePlan, samplePrompt } from '../session/testing/samplePlan';
import { itemsOf } from './apply';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

function session(): { state: SessionState; run: (command: SessionCommand, at?: number) => SessionState | string } {
  let state = reduce(undefined, stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'solo' } }, T0));
  let now = T0;
  const run = (command: SessionCommand, at = now + 1_000) => {
    now = at;
    const decision = decide(state, command);
    if (!decision.ok) return decision.reason;
    state = reduce(state, stamp(state, decision.draft, at));
    return state;
  };
  run({ type: 'start' });
  return {
    get state() {
      return state;
    },
    run,
  };
}

const fr = (text: string) => ({ list: 'functional' as const, text });

describe('structured notes', () => {
  it('add, edit, move and remove items, keeping the order of each list apart', () => {
    const s = session();
    s.run({ type: 'note.add', id: 'a', index: 0, body: fr('shorten a link') });
    s.run({ type: 'note.add', id: 't', index: 0, body: { list: 'tradeoff', chose: 'NoSQL', gaveUp: 'joins', because: 'simple lookups' } });
    s.run({ type: 'note.add', id: 'b', index: 1, body: fr('redirect') });
    s.run({ type: 'note.add', id: 'c', index: 0, body: fr('custom alias') });
    expect(itemsOf(s.state.items, 'functional').map((i) => i.body.text)).toEqual(['custom alias', 'shorten a link', 'redirect']);

    s.run({ type: 'note.move', id: 'c', index: 2 });
    s.run({ type: 'note.edit', id: 'a', body: fr('shorten a long link') }, T0 + 60_000);
    expect(itemsOf(s.state.items, 'functional').map((i) => i.body.text)).toEqual(['shorten a long link', 'redirect', 'custom alias']);
    expect(itemsOf(s.state.items, 'tradeoff')).toHaveLength(1);
    const edited = s.state.items.find((i) => i.id === 'a')!;
    expect(edited.editedT).toBeGreaterThan(edited.addedT);
    expect(edited.phase).toBe(samplePlan.phases[0]!.id);

    s.run({ type: 'note.remove', id: 'b' });
    expect(itemsOf(s.state.items, 'functional').map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('refuse what cannot apply, naming the item', () => {
    const s = session();
    s.run({ type: 'note.add', id: 'a', index: 0, body: fr('x') });
    expect(s.run({ type: 'note.add', id: 'a', index: 0, body: fr('y') })).toMatch(/already a note with id "a"/);
    expect(s.run({ type: 'note.edit', id: 'zz', body: fr('y') })).toMatch(/no note with id "zz"/);
    expect(s.run({ type: 'note.edit', id: 'a', body: { list: 'risk', text: 'y' } })).toMatch(/is in functional, not risk/);
    expect(s.run({ type: 'note.remove', id: 'zz' })).toMatch(/no note/);
    s.run({ type: 'end' });
    expect(s.run({ type: 'note.add', id: 'b', index: 0, body: fr('late') })).toMatch(/ended/);
  });
});
