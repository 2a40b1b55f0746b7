import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import type { InterviewerCommand } from '../../shared/pairing/commands';
import type { PrivateEvent, PrivateState } from '../../shared/pairing/privateLog';
import type { SessionEvent } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/state';
import { call, describeError, subscribe } from '../bridge/bridge';
import { onConnection } from '../bridge/connection';
import { loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';
import { followEvent } from '../../shared/session/follow';
import { gapWait } from '../session/gapWait';
import { extendLog, followPrivate } from './follow';

/** What the console shows of one paired session: the public fold, the whole prompt, its own notes and scores. */
export type ConsoleData = Response<'console.open'> & {
  /** Session events that came before one still missing. */
  ahead: readonly SessionEvent[];
};

export type ConsoleSlice = {
  consoleView: { id: string; data: Load<ConsoleData> } | undefined;
  /** The session's whole log, for the automatic rubric's suggestions; undefined until read. */
  consoleLog: readonly SessionEvent[] | undefined;
  /** A clock action is on its way; the clock buttons wait for it. */
  consoleBusy: boolean;
  /** Why the last action was refused or failed, fit to show. */
  consoleError: string | undefined;
  openConsole(id: string): Promise<void>;
  /** Sends a partner's action; resolves to whether it was taken. */
  actConsole(command: InterviewerCommand): Promise<boolean>;
  dismissConsoleError(): void;
  /** Folds what any window appends to the session and the private log. Returns the unsubscribe. */
  followConsole(): () => void;
};

const isClock = (command: InterviewerCommand) => ['pause', 'resume', 'extend', 'skip'].includes(command.type);

export const createConsoleSlice: StateCreator<AppState, [], [], ConsoleSlice> = (set, get) => {
  /** Pushed while console.open was on its way; folded once it answers. */
  let early: { session: SessionEvent[]; own: PrivateEvent[] } = { session: [], own: [] };
  const gap = gapWait();
  let logPending = false;

  const ready = (id: string): ConsoleData | undefined => {
    const open = get().consoleView;
    return open?.id === id && open.data.status === 'ready' ? open.data.value : undefined;
  };
  const put = (id: string, value: ConsoleData) => set({ consoleView: { id, data: { status: 'ready', value } } });

  const readLog = (id: string) => {
    if (logPending) return;
    logPending = true;
    call('session.events', { id }).then(
      ({ events }) => {
        logPending = false;
        if (get().consoleView?.id === id) set({ consoleLog: events });
      },
      () => {
        logPending = false;
      },
    );
  };

  /** Reads the session again: a gap did not fill, so this window missed something. */
  const reread = async (id: string) => {
    const reply = await settle(call('console.open', { id }));
    const shown = ready(id);
    if (reply.status !== 'ready' || !shown) return;
    const state = reply.value.state.lastSeq >= shown.state.lastSeq ? reply.value.state : shown.state;
    const own = reply.value.own.lastSeq >= shown.own.lastSeq ? reply.value.own : shown.own;
    put(id, { ...shown, state, own, ahead: shown.ahead.filter((e) => e.seq > state.lastSeq) });
    readLog(id);
  };

  const watchGap = (id: string) =>
    gap.watch(() => {
      const shown = ready(id);
      if (shown && shown.ahead.length > 0) void reread(id);
    });
  /** The gap filled or the console was left. */
  const stopGapWait = () => gap.stop();

  const take = (id: string, event: SessionEvent) => {
    const open = get().consoleView;
    if (open?.id !== id) return;
    if (open.data.status === 'loading') {
      early.session.push(event);
      return;
    }
    const shown = ready(id);
    if (!shown) return;
    const followed = followEvent(shown, event);
    if (followed.state !== shown.state || followed.ahead !== shown.ahead) put(id, { ...shown, ...followed });
    if (followed.ahead.length > 0) watchGap(id);
    else stopGapWait();
    const log = get().consoleLog;
    if (log) {
      const longer = extendLog(log, event);
      if (longer === undefined) readLog(id);
      else if (longer !== log) set({ consoleLog: longer });
    }
  };

  const takePrivate = (id: string, event: PrivateEvent) => {
    const open = get().consoleView;
    if (open?.id !== id) return;
    if (open.data.status === 'loading') {
      early.own.push(event);
      return;
    }
    const shown = ready(id);
    if (!shown) return;
    const own = followPrivate(shown.own, event);
    if (own === undefined) void reread(id);
    else if (own !== shown.own) put(id, { ...shown, own });
  };

  return {
    consoleView: undefined,
    consoleLog: undefined,
    consoleBusy: false,
    consoleError: undefined,

    async openConsole(id) {
      const current = get().consoleView;
      // Back from the report: what was appended meanwhile was not followed, so read it again.
      if (current?.id === id && current.data.status === 'ready') return reread(id);
      if (current?.id === id && current.data.status !== 'failed') return;
      early = { session: [], own: [] };
      set({ consoleView: { id, data: loading }, consoleLog: undefined, consoleError: undefined });
      const reply = await settle(call('console.open', { id }));
      if (get().consoleView?.id !== id) return;
      if (reply.status !== 'ready') {
        set({ consoleView: { id, data: reply } });
        return;
      }
      let value: ConsoleData = { ...reply.value, ahead: [] };
      for (const event of early.session) value = { ...value, ...followEvent(value, event) };
      let own: PrivateState | undefined = value.own;
      for (const event of early.own) own = own && followPrivate(own, event);
      early = { session: [], own: [] };
      put(id, own ? { ...value, own } : value);
      if (!own || value.ahead.length > 0) void reread(id);
      readLog(id);
    },

    async actConsole(command) {
      const id = get().consoleView?.id;
      if (id === undefined) return false;
      const clock = isClock(command);
      if (clock) set({ consoleBusy: true });
      set({ consoleError: undefined });
      try {
        const reply = await call('console.act', { id, command });
        if (reply.event) take(id, reply.event);
        if (reply.private) takePrivate(id, reply.private);
        return true;
      } catch (error) {
        set({ consoleError: describeError(error) });
        return false;
      } finally {
        if (clock) set({ consoleBusy: false });
      }
    },

    dismissConsoleError() {
      set({ consoleError: undefined });
    },

    followConsole() {
      const unfollowSession = subscribe('session.appended', ({ id, event }) => take(id, event));
      const unfollowOwn = subscribe('console.appended', ({ id, event }) => takePrivate(id, event));
      // Pushes sent while the connection was down are lost: read the session again when it is back.
      const unwatch = onConnection(({ status }) => {
        const id = get().consoleView?.id;
        if (status === 'connected' && id !== undefined) void reread(id);
      });
      return () => {
        unfollowSession();
        unfollowOwn();
        unwatch();
        // A read timed for a gap would answer a screen that is gone.
        stopGapWait();
      };
    },
  };
};

export const selectConsole = (s: AppState) => s.consoleView;
export const selectConsoleLog = (s: AppState) => s.consoleLog;
export const selectConsoleBusy = (s: AppState) => s.consoleBusy;
export const selectConsoleError = (s: AppState) => s.consoleError;
export const selectActConsole = (s: AppState) => s.actConsole;

/** The folded session shown, once loaded. */
export const selectConsoleState = (s: AppState): SessionState | undefined => (s.consoleView?.data.status === 'ready' ? s.consoleView.data.value.state : undefined);
