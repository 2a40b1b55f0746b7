import type { StateCreator } from 'zustand';
import type { SessionCommand } from '../../shared/session/commands';
import type { SessionEvent } from '../../shared/session/events';
import { reduce } from '../../shared/session/reduce';
import type { SessionState } from '../../shared/session/state';
import { call, describeError, subscribe, type CallOptions } from '../bridge/bridge';
import { loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

/** The session this window shows. The log lives on the Node side; this is its fold. */
export type OpenSession = {
  id: string;
  state: Load<SessionState>;
  /** What the Node side noticed while loading it (a torn log, a pause after a crash). */
  warnings: string[];
};

export type SessionSlice = {
  session: OpenSession | undefined;
  /** A control command (start, next…) is on its way; controls wait for it. */
  sessionBusy: boolean;
  /** Why the last command was refused or failed, fit to show. */
  sessionError: string | undefined;
  /** Creates a session and makes it the open one; resolves to its id, or throws a message. */
  createSession(promptId: string, planId: string): Promise<string>;
  openSession(id: string): Promise<void>;
  /** Sends a command for the open session (or `options.id`); resolves to whether it was appended. */
  sendSession(command: SessionCommand, options?: SendOptions): Promise<boolean>;
  dismissSessionWarnings(): void;
  dismissSessionError(): void;
  /** Folds every event appended to the open session, from this window or another. Returns the unsubscribe. */
  followSessions(): () => void;
};

export type SendOptions = CallOptions & {
  /** The session the command is for, when it may no longer be the open one (notes flushed on leaving). */
  id?: string;
};

/** Events that arrive while the open session is still loading, replayed once it is. */
let early: SessionEvent[] = [];

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  /** Takes a state for the open session if it is newer than the one shown. */
  const adopt = (id: string, next: SessionState) => {
    const session = get().session;
    if (!session || session.id !== id) return;
    if (session.state.status === 'ready' && session.state.value.lastSeq >= next.lastSeq) return;
    set({ session: { ...session, state: { status: 'ready', value: next } } });
  };

  const load = async (id: string) => {
    early = [];
    set({ session: { id, state: loading, warnings: [] }, sessionError: undefined });
    const result = await settle(call('session.open', { id }));
    if (get().session?.id !== id) return;
    if (result.status !== 'ready') {
      set({ session: { id, state: result, warnings: [] } });
      return;
    }
    let state = result.value.state;
    for (const event of early) if (event.seq === state.lastSeq + 1) state = reduce(state, event);
    early = [];
    set({ session: { id, state: { status: 'ready', value: state }, warnings: result.value.warnings } });
  };

  return {
    session: undefined,
    sessionBusy: false,
    sessionError: undefined,

    async createSession(promptId, planId) {
      const created = await call('session.create', { promptId, planId });
      early = [];
      set({ session: { id: created.id, state: { status: 'ready', value: created.state }, warnings: [] }, sessionError: undefined });
      return created.id;
    },

    async openSession(id) {
      const current = get().session;
      // Already open and followed: the events keep it current.
      if (current?.id === id && (current.state.status === 'ready' || current.state.status === 'loading')) return;
      await load(id);
    },

    async sendSession(command, options) {
      const id = options?.id ?? get().session?.id;
      if (id === undefined) return false;
      const control = command.type !== 'notes';
      if (control) set({ sessionBusy: true, sessionError: undefined });
      try {
        const reply = await call('session.append', { id, command }, { keepalive: options?.keepalive });
        adopt(id, reply.state);
        return true;
      } catch (error) {
        set({ sessionError: describeError(error) });
        return false;
      } finally {
        if (control) set({ sessionBusy: false });
      }
    },

    dismissSessionWarnings() {
      const session = get().session;
      if (session) set({ session: { ...session, warnings: [] } });
    },

    dismissSessionError() {
      set({ sessionError: undefined });
    },

    followSessions() {
      return subscribe('session.appended', ({ id, event }) => {
        const session = get().session;
        if (!session || session.id !== id) return;
        if (session.state.status === 'loading') {
          early.push(event);
          return;
        }
        if (session.state.status !== 'ready') return;
        const state = session.state.value;
        if (event.seq <= state.lastSeq) return;
        if (event.seq > state.lastSeq + 1) {
          // A gap: this window missed something (a dropped connection). Read the state again,
          // keeping the one shown until the fresh one arrives.
          call('session.open', { id }).then(
            (reply) => adopt(id, reply.state),
            () => {},
          );
          return;
        }
        set({ session: { ...session, state: { status: 'ready', value: reduce(state, event) } } });
      });
    },
  };
};

export const selectSession = (s: AppState) => s.session;
export const selectSessionBusy = (s: AppState) => s.sessionBusy;
export const selectSessionError = (s: AppState) => s.sessionError;
export const selectSendSession = (s: AppState) => s.sendSession;
