import { addItem, editItem, moveItem, removeItem } from '../../shared/notes/apply';
import type { NoteItem } from '../../shared/notes/item';
import type { SessionCommand } from '../../shared/session/commands';

export type NoteCommand = Extract<SessionCommand, { type: 'note.add' | 'note.edit' | 'note.remove' | 'note.move' }>;

/** One undoable change: the command that made it and the one that takes it back. */
export type Step = { forward: NoteCommand; backward: NoteCommand };

export type History = { past: readonly Step[]; future: readonly Step[] };

export const emptyHistory: History = { past: [], future: [] };

/** Far more than a session needs; it keeps a long session's memory bounded. */
const MAX_STEPS = 500;

/** Where an item stands among the items of its own list (the index note commands use), or -1. */
export function indexInList(items: readonly NoteItem[], id: string): number {
  const item = items.find((i) => i.id === id);
  return item ? items.filter((i) => i.body.list === item.body.list).indexOf(item) : -1;
}

/** Whether the log would take `command` given these items (the same tests the Node side makes). */
export function applies(items: readonly NoteItem[], command: NoteCommand): boolean {
  const item = items.find((i) => i.id === command.id);
  switch (command.type) {
    case 'note.add':
      return item === undefined;
    case 'note.edit':
      return item !== undefined && item.body.list === command.body.list;
    case 'note.remove':
    case 'note.move':
      return item !== undefined;
  }
}

/** The items after `command`, as the log's fold will have them (times aside). */
export function applyCommand(items: readonly NoteItem[], command: NoteCommand, phase: string): NoteItem[] {
  switch (command.type) {
    case 'note.add':
      return addItem(items, { id: command.id, body: command.body, addedT: 0, editedT: 0, phase }, command.index);
    case 'note.edit':
      return editItem(items, command.id, command.body, items.find((i) => i.id === command.id)?.editedT ?? 0);
    case 'note.remove':
      return removeItem(items, command.id);
    case 'note.move':
      return moveItem(items, command.id, command.index);
  }
}

/**
 * The command that undoes `command`, worked out from the items before it: an add is removed,
 * a removed item comes back with the same id, place and body, an edit and a move go back.
 */
export function inverseOf(items: readonly NoteItem[], command: NoteCommand): NoteCommand | undefined {
  const item = items.find((i) => i.id === command.id);
  if (command.type === 'note.add') return { type: 'note.remove', id: command.id };
  if (!item) return undefined;
  switch (command.type) {
    case 'note.edit':
      return { type: 'note.edit', id: item.id, body: item.body };
    case 'note.remove':
      return { type: 'note.add', id: item.id, index: indexInList(items, item.id), body: item.body };
    case 'note.move':
      return { type: 'note.move', id: item.id, index: indexInList(items, item.id) };
  }
}

/** A new change: it goes on the undo stack, and what was undone can no longer be redone. */
export function record(history: History, step: Step): History {
  return { past: [...history.past, step].slice(-MAX_STEPS), future: [] };
}

/** The step to undo, and the history after it; undefined when there is nothing to undo. */
export function takeUndo(history: History): { step: Step; history: History } | undefined {
  const step = history.past[history.past.length - 1];
  if (!step) return undefined;
  return { step, history: { past: history.past.slice(0, -1), future: [...history.future, step] } };
}

export function takeRedo(history: History): { step: Step; history: History } | undefined {
  const step = history.future[history.future.length - 1];
  if (!step) return undefined;
  return { step, history: { past: [...history.past, step], future: history.future.slice(0, -1) } };
}
