import { describe, expect, it } from 'vitest';
import type { NoteBody, NoteItem } from '../../shared/notes/item';
import { applies, applyCommand, emptyHistory, indexInList, inverseOf, record, takeRedo, takeUndo, type History, type NoteCommand } from './history';

const fr = (text: string): NoteBody => ({ list: 'functional', text });
const risk = (text: string): NoteBody => ({ list: 'risk', text });
const item = (id: string, body: NoteBody): NoteItem => ({ id, body, addedT: 0, editedT: 0, phase: 'clarify' });

/** Functional a, b, c with a risk r between b and c in the whole order. */
const items = [item('a', fr('read links')), item('b', fr('make links')), item('r', risk('hot keys')), item('c', fr('expire links'))];
const texts = (list: readonly NoteItem[]) => list.map((i) => ('text' in i.body ? i.body.text : ''));
/** Each list's items in order: the order that counts (the log keeps order per list). */
const byList = (list: readonly NoteItem[]) => ({ functional: list.filter((i) => i.body.list === 'functional'), risk: list.filter((i) => i.body.list === 'risk') });

/** Applies `command` and then its inverse: each list must be as it was. */
function roundTrip(before: readonly NoteItem[], command: NoteCommand) {
  const backward = inverseOf(before, command);
  expect(backward).toBeDefined();
  return byList(applyCommand(applyCommand(before, command, 'clarify'), backward!, 'clarify'));
}

describe('inverse commands', () => {
  it('a removed item comes back with the same id, place in its list and text', () => {
    expect(inverseOf(items, { type: 'note.remove', id: 'b' })).toEqual({ type: 'note.add', id: 'b', index: 1, body: fr('make links') });
    expect(roundTrip(items, { type: 'note.remove', id: 'b' })).toEqual(byList(items));
    expect(roundTrip(items, { type: 'note.remove', id: 'c' })).toEqual(byList(items));
  });

  it('an added item is removed again', () => {
    expect(roundTrip(items, { type: 'note.add', id: 'n', index: 1, body: fr('count clicks') })).toEqual(byList(items));
  });

  it('an edit goes back to the text before it', () => {
    expect(inverseOf(items, { type: 'note.edit', id: 'a', body: fr('read links fast') })).toEqual({ type: 'note.edit', id: 'a', body: fr('read links') });
    expect(roundTrip(items, { type: 'note.edit', id: 'a', body: fr('read links fast') })).toEqual(byList(items));
  });

  it('a move goes back to where the item was, and never reorders another list', () => {
    const moved = applyCommand(items, { type: 'note.move', id: 'a', index: 2 }, 'clarify');
    expect(texts(moved)).toEqual(['make links', 'hot keys', 'expire links', 'read links']);
    expect(indexInList(moved, 'r')).toBe(0);
    expect(roundTrip(items, { type: 'note.move', id: 'a', index: 2 })).toEqual(byList(items));
  });

  it('a command about an item that is gone has no inverse and does not apply', () => {
    expect(inverseOf(items, { type: 'note.remove', id: 'zz' })).toBeUndefined();
    expect(applies(items, { type: 'note.edit', id: 'zz', body: fr('x') })).toBe(false);
    expect(applies(items, { type: 'note.add', id: 'a', index: 0, body: fr('x') })).toBe(false);
    expect(applies(items, { type: 'note.edit', id: 'a', body: risk('x') })).toBe(false);
  });
});

describe('undo history', () => {
  const step = (id: string) => ({ forward: { type: 'note.remove', id } as NoteCommand, backward: { type: 'note.add', id, index: 0, body: fr(id) } as NoteCommand });

  it('undoes the latest change first, and redoes in the order undone', () => {
    let history: History = record(record(emptyHistory, step('a')), step('b'));
    const first = takeUndo(history)!;
    expect(first.step).toEqual(step('b'));
    history = first.history;
    const second = takeUndo(history)!;
    expect(second.step).toEqual(step('a'));
    history = second.history;
    expect(takeUndo(history)).toBeUndefined();
    const redone = takeRedo(history)!;
    expect(redone.step).toEqual(step('a'));
    expect(takeRedo(redone.history)!.step).toEqual(step('b'));
  });

  it('a new change after an undo drops what could have been redone', () => {
    const undone = takeUndo(record(record(emptyHistory, step('a')), step('b')))!.history;
    const changed = record(undone, step('c'));
    expect(takeRedo(changed)).toBeUndefined();
    expect(takeUndo(changed)!.step).toEqual(step('c'));
  });

  it('keeps the latest 500 steps', () => {
    let history = emptyHistory;
    for (let i = 0; i < 520; i++) history = record(history, step(`s${i}`));
    expect(history.past).toHaveLength(500);
    expect(history.past[0]).toEqual(step('s20'));
  });
});
