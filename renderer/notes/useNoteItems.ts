import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteBody, NoteItem } from '../../shared/notes/item';
import { flushBeforePhaseChange, selectSendSession } from '../session/sessionSlice';
import { useAppStore } from '../store/store';
import { useFlushOnLeave } from '../ui/useFlushOnLeave';
import { applies, applyCommand, emptyHistory, indexInList, inverseOf, record, takeRedo, takeUndo, type NoteCommand, type Step } from './history';
import { newNoteId } from './noteId';

/** Typing is sent this long after the last keystroke (and at once on blur): not an event per key. */
const EDIT_AFTER_MS = 600;

export type ItemsStatus = 'untouched' | 'editing' | 'saving' | 'saved' | 'failed';

export type NoteItems = {
  /** The items as this window has them: what was typed here at once, else what the log says. */
  items: readonly NoteItem[];
  status: ItemsStatus;
  canUndo: boolean;
  canRedo: boolean;
  /** Adds an item at `index` of its list; returns its id. */
  add(body: NoteBody, index: number): string;
  /** Shows a change at once and records it after a pause in typing (`now`: at once, for a choice). */
  change(id: string, body: NoteBody, now?: boolean): void;
  /** Records what was typed into this item now (blur). */
  commit(id: string): void;
  remove(id: string): void;
  /** Moves an item within its list by `by` places; false when it is already at that end. */
  move(id: string, by: -1 | 1): boolean;
  /** Undoes or redoes the last change; resolves to the command sent, for placing the focus. */
  undo(): NoteCommand | undefined;
  redo(): NoteCommand | undefined;
};

/**
 * The structured notes of one session as an editor works on them. Each change is applied here
 * first (so typing and Enter never wait for the log) and sent as a note command, in order, one
 * after the other; the log's own items are taken back whenever nothing of ours is pending.
 * Undo sends the inverse command, so an undo is itself in the log.
 */
export function useNoteItems(sessionId: string, remote: readonly NoteItem[], phaseId: string): NoteItems {
  const send = useAppStore(selectSendSession);
  const [items, setItemsState] = useState(remote);
  const current = useRef(items);
  const [status, setStatus] = useState<ItemsStatus>('untouched');
  const [history, setHistoryState] = useState(emptyHistory);
  const historyRef = useRef(history);
  /** Items typed into but not sent yet, with the body the log has for them. */
  const drafts = useRef(new Map<string, NoteBody>());
  const timers = useRef(new Map<string, number>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(0);
  const failed = useRef(false);

  const setItems = useCallback((next: readonly NoteItem[]) => {
    current.current = next;
    setItemsState(next);
  }, []);
  const setHistory = useCallback((next: typeof history) => {
    historyRef.current = next;
    setHistoryState(next);
  }, []);

  /** The log's items now (read from the store: a prop could be a render behind our own send). */
  const logged = useCallback(() => {
    const session = useAppStore.getState().session;
    return session?.id === sessionId && session.state.status === 'ready' ? session.state.value.items : undefined;
  }, [sessionId]);

  /** Shows the log's items when nothing of ours is pending (another window's change, a refusal). */
  const adopt = useCallback(() => {
    if (inFlight.current > 0 || drafts.current.size > 0) return;
    const value = logged();
    if (value !== undefined && value !== current.current) setItems(value);
  }, [logged, setItems]);

  const enqueue = useCallback(
    (command: NoteCommand, keepalive = false) => {
      inFlight.current++;
      setStatus('saving');
      const run = () =>
        send(command, { id: sessionId, keepalive }).then((ok) => {
          inFlight.current--;
          if (!ok) failed.current = true;
          if (inFlight.current > 0) return;
          if (failed.current) {
            // Refused or lost: what the log holds is the truth; the reason is shown by the session screen.
            failed.current = false;
            for (const timer of timers.current.values()) window.clearTimeout(timer);
            timers.current.clear();
            drafts.current.clear();
            setHistory(emptyHistory);
            setStatus('failed');
          } else if (drafts.current.size === 0) {
            setStatus('saved');
          }
          adopt();
        });
      // A page going away cannot wait for the queue: send at once when nothing is ahead of it.
      queue.current = keepalive && inFlight.current === 1 ? run() : queue.current.then(run);
    },
    [send, sessionId, adopt, setHistory],
  );

  /** Applies a change here, sends it, and puts it on the undo stack unless it is an undo or redo. */
  const perform = useCallback(
    (command: NoteCommand, undoable = true) => {
      const before = current.current;
      if (!applies(before, command)) return false;
      const backward = inverseOf(before, command);
      setItems(applyCommand(before, command, phaseId));
      if (backward && undoable) setHistory(record(historyRef.current, { forward: command, backward }));
      enqueue(command);
      return true;
    },
    [enqueue, phaseId, setHistory, setItems],
  );

  const commit = useCallback(
    (id: string, keepalive = false) => {
      window.clearTimeout(timers.current.get(id));
      timers.current.delete(id);
      const logged = drafts.current.get(id);
      if (logged === undefined) return;
      drafts.current.delete(id);
      const item = current.current.find((i) => i.id === id);
      if (!item || JSON.stringify(item.body) === JSON.stringify(logged)) {
        if (drafts.current.size === 0 && inFlight.current === 0) setStatus((s) => (s === 'editing' ? 'saved' : s));
        adopt();
        return;
      }
      // The undo step runs from the body the log had to the one typed, so one undo takes back a burst of typing.
      const forward: NoteCommand = { type: 'note.edit', id, body: item.body };
      setHistory(record(historyRef.current, { forward, backward: { type: 'note.edit', id, body: logged } }));
      enqueue(forward, keepalive);
    },
    [adopt, enqueue, setHistory],
  );

  const commitAll = useCallback(
    (keepalive = false) => {
      for (const id of [...drafts.current.keys()]) commit(id, keepalive);
    },
    [commit],
  );

  const change = useCallback(
    (id: string, body: NoteBody, now = false) => {
      const item = current.current.find((i) => i.id === id);
      if (!item || item.body.list !== body.list) return;
      if (!drafts.current.has(id)) drafts.current.set(id, item.body);
      setItems(current.current.map((i) => (i.id === id ? { ...i, body } : i)));
      setStatus('editing');
      window.clearTimeout(timers.current.get(id));
      if (now) commit(id);
      else timers.current.set(id, window.setTimeout(() => commit(id), EDIT_AFTER_MS));
    },
    [commit, setItems],
  );

  const add = useCallback(
    (body: NoteBody, index: number) => {
      commitAll();
      const id = newNoteId();
      perform({ type: 'note.add', id, index, body });
      return id;
    },
    [commitAll, perform],
  );

  const remove = useCallback(
    (id: string) => {
      // What was typed since the last send goes with the item: undo brings back what the log had.
      const logged = drafts.current.get(id);
      window.clearTimeout(timers.current.get(id));
      timers.current.delete(id);
      drafts.current.delete(id);
      if (logged !== undefined) setItems(current.current.map((i) => (i.id === id ? { ...i, body: logged } : i)));
      commitAll();
      perform({ type: 'note.remove', id });
    },
    [commitAll, perform, setItems],
  );

  const move = useCallback(
    (id: string, by: -1 | 1) => {
      const item = current.current.find((i) => i.id === id);
      if (!item) return false;
      const from = indexInList(current.current, id);
      const to = from + by;
      const count = current.current.filter((i) => i.body.list === item.body.list).length;
      if (to < 0 || to >= count) return false;
      commitAll();
      return perform({ type: 'note.move', id, index: to });
    },
    [commitAll, perform],
  );

  const travel = useCallback(
    (take: typeof takeUndo, pick: (step: Step) => NoteCommand) => {
      commitAll();
      // A step another window made impossible (its item removed there) is skipped.
      for (let taken = take(historyRef.current); taken; taken = take(historyRef.current)) {
        setHistory(taken.history);
        const command = pick(taken.step);
        if (perform(command, false)) return command;
      }
      return undefined;
    },
    [commitAll, perform, setHistory],
  );

  const undo = useCallback(() => travel(takeUndo, (s) => s.backward), [travel]);
  const redo = useCallback(() => travel(takeRedo, (s) => s.forward), [travel]);

  useEffect(adopt, [remote, adopt]);

  // Before next, previous and end (so an edit is logged in its phase); on hiding or leaving the page; on leaving the screen.
  useEffect(
    () =>
      flushBeforePhaseChange(async () => {
        commitAll();
        await queue.current;
      }),
    [commitAll],
  );
  useFlushOnLeave(commitAll);

  return {
    items,
    status,
    canUndo: history.past.length > 0 || drafts.current.size > 0,
    canRedo: history.future.length > 0,
    add,
    change,
    commit: useCallback((id: string) => commit(id), [commit]),
    remove,
    move,
    undo,
    redo,
  };
}
