import type { StateCreator } from 'zustand';
import type { RubricNote } from '../../shared/bridge/contract';
import type { SessionSummary } from '../../shared/session/summary';
import { call } from '../bridge/bridge';
import { idle, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type SessionsSlice = {
  sessionList: Load<SessionSummary[]>;
  /** Which rubric scored the bands the list shows (and how many were scored again). */
  sessionRubric: RubricNote | undefined;
  trashList: Load<SessionSummary[]>;
  /** Sessions whose "resume?" notice the person put away in this window. */
  resumeDismissed: readonly string[];
  loadSessionList(): Promise<void>;
  loadTrashList(): Promise<void>;
  dismissResume(id: string): void;
  /** Moves a session to the trash; both lists follow. Throws the refusal (a running session). */
  trashSession(id: string): Promise<void>;
  restoreSession(id: string): Promise<void>;
  /** Erases a trashed session for good. */
  eraseSession(id: string): Promise<void>;
};

export const createSessionsSlice: StateCreator<AppState, [], [], SessionsSlice> = (set, get) => ({
  sessionList: idle,
  sessionRubric: undefined,
  trashList: idle,
  resumeDismissed: [],
  async loadSessionList() {
    // A reload keeps the rows on screen; only the first load shows "loading".
    if (get().sessionList.status !== 'ready') set({ sessionList: { status: 'loading' } });
    let rubric: RubricNote | undefined;
    const result = await settle(
      call('session.list', {}).then((r) => {
        rubric = r.rubric;
        return r.sessions;
      }),
    );
    set({ sessionList: result, ...(rubric ? { sessionRubric: rubric } : {}) });
  },
  async loadTrashList() {
    if (get().trashList.status !== 'ready') set({ trashList: { status: 'loading' } });
    set({ trashList: await settle(call('trash.list', {}).then((r) => r.sessions)) });
  },
  dismissResume(id) {
    set({ resumeDismissed: [...get().resumeDismissed, id] });
  },
  async trashSession(id) {
    await call('session.trash', { id });
    await Promise.all([get().loadSessionList(), get().loadTrashList()]);
  },
  async restoreSession(id) {
    await call('session.restore', { id });
    await Promise.all([get().loadSessionList(), get().loadTrashList()]);
  },
  async eraseSession(id) {
    await call('trash.erase', { id });
    await get().loadTrashList();
  },
});

export const selectSessionList = (s: AppState) => s.sessionList;
export const selectTrashList = (s: AppState) => s.trashList;
export const selectSessionRubric = (s: AppState) => s.sessionRubric;

/** The most recent session that has not ended, unless its notice was dismissed. */
export const selectResumable = (s: AppState): SessionSummary | undefined => {
  if (s.sessionList.status !== 'ready') return undefined;
  let best: SessionSummary | undefined;
  for (const summary of s.sessionList.value) {
    if (summary.status !== 'ready' && summary.status !== 'running' && summary.status !== 'paused') continue;
    if (s.resumeDismissed.includes(summary.id)) continue;
    if (!best || summary.lastAt > best.lastAt) best = summary;
  }
  return best;
};

/**
 * Session-clock time used by `now`. A summary is written at `lastAt`; a running clock has
 * kept going since, so its time is what the summary says plus the wall time after it.
 */
export function usedAt(summary: SessionSummary, now: number): number {
  return summary.activeMs + (summary.status === 'running' ? Math.max(0, now - summary.lastAt) : 0);
}
