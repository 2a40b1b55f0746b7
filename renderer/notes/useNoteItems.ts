import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { NoteBody, NoteItem } from '../../shared/notes/item';
import { currentConnection } from '../bridge/connection';
import { flushBeforePhaseChange, selectSendSession, selectSessionSyncs } from '../session/sessionSlice';
import { useAppStore } from '../store/store';
import { useFlushOnLeave } from '../ui/useFlushOnLeave';
import { applies, applyCommand, emptyHistory, indexInList, inverseOf, record, takeRedo, takeUndo, type NoteCommand, type Step } from './history';
import { newNoteId } from './noteId';

/** Typing is sent this long after the last keystroke (and at once on blur): not an event per key. */
const EDIT_AFTER_MS = 600;
/** A change that did not go through is sent again after this, then less and less often. */
const RETRY_AFTER_MS = 3000;
const RETRY_AT_MOST_MS = 30_000;

export type ItemsStatus = 'untouched' | 'editing' | 'saving' | 'saved' | 'failed';

export type NoteItems = {
  /** The items as this window has them: what was typed here at once, else what the log says. */
  items: readonly NoteItem[];
  status: ItemsStatus;
  /** Changes made here that the log does not have yet (kept and sent again until it does). */
  unsaved: number;
  /** One of them did not go through: they wait for the next try. */
  stuck: boolean;
  /** Changes that had to be left out on a retry because another window changed those items meanwhile. */
  dropped: number;
  /** Sends what did not go through now, without waiting for the next try. */
  retry(): void;
  /** Gives up what did not go through and shows what the log holds: only when the person asks. */
  discard(): void;
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
 * A change that does not go through (no connection, a server error, a full disk) stays here,
 * shown and queued, and is sent again: when the connection is back, on Retry, and now and then;
 * only Discard gives it up. Undo sends the inverse command, so an undo is itself in the log.
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
  // The timers call the latest retry (defined below); set after each render, before any timer can fire.
  const retryRef = useRef<() => void>(() => {});
  // Whether any typing is unsent, as state: undo offers it, and a render may not read the ref.
  const [drafting, setDrafting] = useState(false);
  const timers = useRef(new Map<string, number>());
  /** Commands shown here and not yet in the log, oldest first; the first is the one being sent. */
  const pending = useRef<NoteCommand[]>([]);
  const sending = useRef(false);
  /** The first pending command did not go through: nothing more is sent until a retry. */
  const blocked = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const retryTimer = useRef<number | undefined>(undefined);
  const retryDelay = useRef(RETRY_AFTER_MS);
  const [unsaved, setUnsaved] = useState(0);
  const [stuck, setStuck] = useState(false);
  const [dropped, setDropped] = useState(0);
  const syncs = useAppStore(selectSessionSyncs);

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

  /** Shows the log's items when nothing of ours is pending (another window's change). */
  const adopt = useCallback(() => {
    if (pending.current.length > 0 || drafts.current.size > 0) return;
    const value = logged();
    if (value !== undefined && value !== current.current) setItems(value);
  }, [logged, setItems]);

  /** Sends the pending commands in order, one at a time, until all are in or one does not go through. */
  const drain = useCallback(
    (keepalive = false): Promise<void> => {
      if (sending.current || blocked.current || pending.current.length === 0) return queue.current;
      sending.current = true;
      setStatus('saving');
      const run = async () => {
        while (pending.current.length > 0) {
          const ok = await send(pending.current[0]!, { id: sessionId, keepalive });
          if (!ok) {
            blocked.current = true;
            setStuck(true);
            break;
          }
          pending.current.shift();
          setUnsaved(pending.current.length);
        }
        sending.current = false;
        if (blocked.current) {
          // Kept, shown and sent again; the reason is shown by the session screen or the connection notice.
          setStatus('failed');
          window.clearTimeout(retryTimer.current);
          retryTimer.current = window.setTimeout(() => retryRef.current(), retryDelay.current);
          retryDelay.current = Math.min(retryDelay.current * 2, RETRY_AT_MOST_MS);
        } else {
          retryDelay.current = RETRY_AFTER_MS;
          if (drafts.current.size === 0) setStatus('saved');
          adopt();
        }
      };
      queue.current = run();
      return queue.current;
    },
    [send, sessionId, adopt],
  );

  /**
   * Sends again what did not go through, against the log as it is now: a change it already has
   * (its reply was lost with the connection) is not sent twice, and one it can no longer take
   * (another window removed the item) is left out and counted, never silently.
   */
  const retry = useCallback(() => {
    window.clearTimeout(retryTimer.current);
    if (!blocked.current || sending.current) return;
    // No connection: nothing to try; the connection coming back tries again.
    if (currentConnection().status !== 'connected') return;
    blocked.current = false;
    setStuck(false);
    const log = logged();
    if (log) {
      let items = log;
      const keep: NoteCommand[] = [];
      let left = 0;
      for (const command of pending.current) {
        if (isIn(items, command)) continue;
        if (!applies(items, command)) {
          left++;
          continue;
        }
        keep.push(command);
        items = applyCommand(items, command, phaseId);
      }
      pending.current = keep;
      setUnsaved(keep.length);
      if (left > 0) setDropped((d) => d + left);
    }
    if (pending.current.length === 0) {
      setStatus(drafts.current.size === 0 ? 'saved' : 'editing');
      adopt();
      return;
    }
    void drain();
  }, [logged, phaseId, drain, adopt]);
  useLayoutEffect(() => {
    retryRef.current = retry;
  });

  const discard = useCallback(() => {
    window.clearTimeout(retryTimer.current);
    for (const timer of timers.current.values()) window.clearTimeout(timer);
    timers.current.clear();
    drafts.current.clear();
    setDrafting(false);
    if (sending.current) return;
    pending.current = [];
    blocked.current = false;
    setStuck(false);
    setUnsaved(0);
    setHistory(emptyHistory);
    setStatus('untouched');
    adopt();
  }, [adopt, setHistory]);

  const enqueue = useCallback(
    (command: NoteCommand, keepalive = false) => {
      pending.current.push(command);
      setUnsaved(pending.current.length);
      if (blocked.current) return;
      void drain(keepalive);
    },
    [drain],
  );

  // The connection came back and the session was read again: send what is waiting.
  useEffect(() => {
    if (syncs > 0) retryRef.current();
  }, [syncs]);
  useEffect(() => () => window.clearTimeout(retryTimer.current), []);

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
      setDrafting(drafts.current.size > 0);
      const item = current.current.find((i) => i.id === id);
      if (!item || JSON.stringify(item.body) === JSON.stringify(logged)) {
        if (drafts.current.size === 0 && pending.current.length === 0) setStatus((s) => (s === 'editing' ? 'saved' : s));
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
      setDrafting(true);
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
      setDrafting(drafts.current.size > 0);
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
    unsaved,
    stuck,
    dropped,
    retry,
    discard,
    canUndo: history.past.length > 0 || drafting,
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

/** Whether the log's items already show `command` (sent, but its reply lost with the connection). */
function isIn(items: readonly NoteItem[], command: NoteCommand): boolean {
  const item = items.find((i) => i.id === command.id);
  switch (command.type) {
    case 'note.add':
      // Ids are made unique here: an item with this id is the one this command added.
      return item !== undefined;
    case 'note.edit':
      return item !== undefined && JSON.stringify(item.body) === JSON.stringify(command.body);
    case 'note.remove':
      return item === undefined;
    case 'note.move':
      return item !== undefined && indexInList(items, command.id) === command.index;
  }
}
