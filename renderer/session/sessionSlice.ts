import type { StateCreator } from 'zustand';
import type { TargetLevel } from '../../shared/session/level';
import type { SessionCommand } from '../../shared/session/commands';
import type { SessionEvent } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/state';
import type { SelfScores } from '../../shared/pairing/scores';
import { call, describeError, isUnreachable, subscribe, type CallOptions } from '../bridge/bridge';
import { onConnection } from '../bridge/connection';
import { followEvent } from '../../shared/session/follow';
import { gapWait } from './gapWait';
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
  /**
   * Bumped each time the open session was read again after the connection came back: editors
   * holding drafts send them then, against the log as it is now.
   */
  sessionSyncs: number;
  /** Creates a session and makes it the open one; resolves to its id, or throws a message. */
  createSession(promptId: string, planId: string, level: TargetLevel, mode?: SessionState['mode']): Promise<string>;
  openSession(id: string): Promise<void>;
  /** Sends a command for the open session (or `options.id`); resolves to whether it was appended. */
  sendSession(command: SessionCommand, options?: SendOptions): Promise<boolean>;
  /** Sends the candidate's blind self-assessment (paired, after the end); throws a message when refused. */
  submitSelfScores(id: string, scores: SelfScores): Promise<void>;
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
/** Events that arrived before one still on its way (our reply can overtake another window's push). */
let ahead: readonly SessionEvent[] = [];
const gap = gapWait();

/**
 * Stops waiting for a missing event: it came, the state was read again, or another session
 * is shown. A timer left running would cut the next gap's wait short, or, set for a session
 * no longer shown, swallow that next gap's read.
 */
function stopGapWait() {
  gap.stop();
}

/** Forgets what was followed of the last session shown. */
function forgetFollowed() {
  early = [];
  ahead = [];
  stopGapWait();
}

/**
 * Work a window must send before a phase change or the end (the canvas's unsent strokes),
 * so it is logged in the phase it was done in and before the session closes.
 */
const beforeTurn = new Set<(command: SessionCommand) => Promise<void>>();

/** Runs `flush` before every next, previous and end command (which it is given). Returns the unregister. */
export function flushBeforePhaseChange(flush: (command: SessionCommand) => Promise<void>): () => void {
  beforeTurn.add(flush);
  return () => void beforeTurn.delete(flush);
}

/** Commands sent as the person works, not controls: they neither lock the controls nor wait for anything. */
const isWork = (command: SessionCommand) =>
  command.type === 'notes' ||
  command.type === 'canvas' ||
  command.type === 'scratchpad' ||
  command.type.startsWith('note.') ||
  command.type === 'speech' ||
  command.type === 'voice.record';

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  /** Takes a state for the open session if it is newer than the one shown. */
  const adopt = (id: string, next: SessionState) => {
    const session = get().session;
    if (!session || session.id !== id) return;
    if (session.state.status === 'ready' && session.state.value.lastSeq >= next.lastSeq) return;
    set({ session: { ...session, state: { status: 'ready', value: next } } });
  };

  /**
   * Folds one event of session `id`, whether it came back from our own command or was
   * pushed because some window appended it; each is folded once, in order.
   */
  const take = (id: string, event: SessionEvent) => {
    const session = get().session;
    if (!session || session.id !== id) return;
    if (session.state.status === 'loading') {
      early.push(event);
      return;
    }
    if (session.state.status !== 'ready') return;
    const state = session.state.value;
    const followed = followEvent({ state, ahead }, event);
    ahead = followed.ahead;
    if (ahead.length > 0) {
      // A gap: the event before it is late, or this window missed it (a dropped connection).
      // Wait a moment for it; failing that, read the state again, showing this one meanwhile.
      gap.watch(() => {
        const now = get().session;
        if (now?.id !== id || now.state.status !== 'ready' || ahead.length === 0) return;
        ahead = [];
        call('session.open', { id }).then(
          (reply) => adopt(id, reply.state),
          () => {},
        );
      });
    } else stopGapWait();
    if (followed.state !== state) set({ session: { ...session, state: { status: 'ready', value: followed.state } } });
  };

  const load = async (id: string) => {
    forgetFollowed();
    set({ session: { id, state: loading, warnings: [] }, sessionError: undefined });
    const result = await settle(call('session.open', { id }));
    if (get().session?.id !== id) return;
    if (result.status !== 'ready') {
      set({ session: { id, state: result, warnings: [] } });
      return;
    }
    let followed = { state: result.value.state, ahead };
    for (const event of early) followed = followEvent(followed, event);
    const state = followed.state;
    ahead = followed.ahead;
    early = [];
    set({ session: { id, state: { status: 'ready', value: state }, warnings: result.value.warnings } });
  };

  return {
    session: undefined,
    sessionBusy: false,
    sessionError: undefined,
    sessionSyncs: 0,

    async createSession(promptId, planId, level, mode = 'solo') {
      const created = await call('session.create', { promptId, planId, level, mode });
      forgetFollowed();
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
      const control = !isWork(command);
      if (control) set({ sessionBusy: true, sessionError: undefined });
      try {
        if (command.type === 'next' || command.type === 'previous' || command.type === 'end') {
          await Promise.all([...beforeTurn].map((flush) => flush(command).catch(() => {})));
        }
        const reply = await call('session.append', { id, command }, { keepalive: options?.keepalive });
        take(id, reply.event);
        return true;
      } catch (error) {
        // Work that did not reach the host stays in its editor as a draft; the connection notice says why.
        if (!(control === false && isUnreachable(error))) set({ sessionError: describeError(error) });
        return false;
      } finally {
        if (control) set({ sessionBusy: false });
      }
    },

    async submitSelfScores(id, scores) {
      const reply = await call('session.selfAssess', { id, scores });
      take(id, reply.event);
    },

    dismissSessionWarnings() {
      const session = get().session;
      if (session) set({ session: { ...session, warnings: [] } });
    },

    dismissSessionError() {
      set({ sessionError: undefined });
    },

    followSessions() {
      const unfollow = subscribe('session.appended', ({ id, event }) => take(id, event));
      // Pushes sent while the connection was down are lost: read the open session again when it is back.
      const unwatch = onConnection(({ status }) => {
        if (status !== 'connected') return;
        const open = get().session;
        if (!open || open.state.status !== 'ready') return;
        const id = open.id;
        void call('session.open', { id }).then(
          (reply) => {
            const now = get().session;
            if (now?.id !== id) return;
            ahead = [];
            stopGapWait();
            set({ session: { ...now, state: { status: 'ready', value: reply.state } }, sessionError: undefined, sessionSyncs: get().sessionSyncs + 1 });
          },
          (error: unknown) => set({ sessionError: describeError(error) }),
        );
      });
      return () => {
        unfollow();
        unwatch();
        // A read timed for a gap would answer a window that no longer follows.
        stopGapWait();
      };
    },
  };
};

export const selectSession = (s: AppState) => s.session;
export const selectSessionBusy = (s: AppState) => s.sessionBusy;
export const selectSessionError = (s: AppState) => s.sessionError;
export const selectSendSession = (s: AppState) => s.sendSession;
export const selectSessionSyncs = (s: AppState) => s.sessionSyncs;
