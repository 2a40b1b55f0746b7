import type { StateCreator } from 'zustand';
import type { EventPayload, RubricNote } from '../../shared/bridge/contract';
import type { SessionSummary } from '../../shared/session/summary';
import { call, following, subscribe } from '../bridge/bridge';
import { idle, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type SessionsSlice = {
  sessionList: Load<SessionSummary[]>;
  /** Which rubric scored the bands the list shows (and how many were scored again). */
  sessionRubric: RubricNote | undefined;
  trashList: Load<SessionSummary[]>;
  /** Sessions whose "resume?" notice the person put away in this window. */
  resumeDismissed: readonly string[];
  /** Scores pushed before the listing that shows their rows arrived: applied when it does. */
  scoredEarly: Readonly<Record<string, Scored>>;
  /** Rows pushed as checked while a listing was on its way: they replace the listing's rows when it comes. */
  checkedEarly: Readonly<Record<string, SessionSummary>>;
  /**
   * Asks for the list; one request at a time. A caller that asks while one is on its way is
   * served by it, unless `changed` says the sessions changed after it was sent (a trash, a
   * restore, an import): then the list is asked for once more after it.
   */
  loadSessionList(options?: { changed?: boolean }): Promise<void>;
  /**
   * Takes the rows pushed as scored or checked behind a listing, for as long as the app runs:
   * a listing made on launch has its pushes kept even before the history screen is shown.
   */
  followSessionList(): () => void;
  /** A session listed as `scoring` was scored in the background: its row gets its band or why not. */
  takeScored(scored: Scored): void;
  /** A row's log had changed on disk and was read again behind the list: the row as it now is (damaged, say). */
  takeChecked(checked: EventPayload<'session.checked'>): void;
  loadTrashList(): Promise<void>;
  dismissResume(id: string): void;
  /** Moves a session to the trash; both lists follow. Throws the refusal (a running session). */
  trashSession(id: string): Promise<void>;
  restoreSession(id: string): Promise<void>;
  /** Erases a trashed session for good. */
  eraseSession(id: string): Promise<void>;
};

export const createSessionsSlice: StateCreator<AppState, [], [], SessionsSlice> = (set, get) => {
  let listing: Promise<void> | undefined;
  /** The sessions changed while an answer was on its way: asked again after it. */
  let again = false;
  const fetchList = async (): Promise<void> => {
    again = false;
    // A reload keeps the rows on screen; only the first load shows "loading".
    if (get().sessionList.status !== 'ready') set({ sessionList: { status: 'loading' } });
    let rubric: RubricNote | undefined;
    // The rows checked or scored behind this listing come as pushes: asked once they can arrive.
    const answer = await settle(
      following().then(() => call('session.list', {})).then((r) => {
        rubric = r.rubric;
        return r.sessions;
      }),
    );
    // Rows pushed while it was on its way are newer than the listing's.
    const checked = get().checkedEarly;
    const result = answer.status === 'ready' ? { ...answer, value: answer.value.map((s) => checked[s.id] ?? s) } : answer;
    if (!again && Object.keys(checked).length > 0) set({ checkedEarly: {} });
    const early = get().scoredEarly;
    if (result.status !== 'ready' || Object.keys(early).length === 0) {
      set({ sessionList: result, ...(rubric ? { sessionRubric: rubric } : {}) });
      return;
    }
    let applied = 0;
    const value = result.value.map((s) => {
      const scored = s.scoring ? early[s.id] : undefined;
      if (!scored) return s;
      if (scored.rescored) applied++;
      return withScore(s, scored);
    });
    set({ sessionList: { status: 'ready', value }, scoredEarly: {}, ...(rubric ? { sessionRubric: { ...rubric, rescored: rubric.rescored + applied } } : {}) });
  };
  /** Sets the list from one answer, then asks once more if the sessions changed meanwhile. */
  const listed = async (): Promise<void> => {
    do await fetchList();
    while (again);
  };
  return {
    sessionList: idle,
    sessionRubric: undefined,
    trashList: idle,
    resumeDismissed: [],
    scoredEarly: {},
    checkedEarly: {},
    loadSessionList({ changed = false } = {}) {
      if (listing) {
        again ||= changed;
        return listing;
      }
      listing = listed().finally(() => {
        listing = undefined;
      });
      return listing;
    },
    followSessionList() {
      const unfollowScored = subscribe('session.scored', (scored) => get().takeScored(scored));
      const unfollowChecked = subscribe('session.checked', (checked) => get().takeChecked(checked));
      return () => {
        unfollowScored();
        unfollowChecked();
      };
    },
    takeScored(scored) {
      const list = get().sessionList;
      const shown = list.status === 'ready' && list.value.some((s) => s.id === scored.id && s.scoring);
      // A listing on its way may have been made before the report landed: its row would say
      // "scoring" again and the band never come back (the host pushes each outcome once), so
      // the push is kept for it too.
      if (!shown || listing !== undefined) set({ scoredEarly: { ...get().scoredEarly, [scored.id]: scored } });
      if (!shown) return;
      const rubric = get().sessionRubric;
      set({
        sessionList: { status: 'ready', value: list.value.map((s) => (s.id === scored.id ? withScore(s, scored) : s)) },
        ...(rubric && scored.rescored ? { sessionRubric: { ...rubric, rescored: rubric.rescored + 1 } } : {}),
      });
    },
    takeChecked({ summary }) {
      const list = get().sessionList;
      if (listing !== undefined || list.status !== 'ready') set({ checkedEarly: { ...get().checkedEarly, [summary.id]: summary } });
      if (list.status === 'ready') set({ sessionList: { status: 'ready', value: list.value.map((s) => (s.id === summary.id ? summary : s)) } });
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
      await Promise.all([get().loadSessionList({ changed: true }), get().loadTrashList()]);
    },
    async restoreSession(id) {
      await call('session.restore', { id });
      await Promise.all([get().loadSessionList({ changed: true }), get().loadTrashList()]);
    },
    async eraseSession(id) {
      await call('trash.erase', { id });
      await get().loadTrashList();
    },
  };
};

type Scored = EventPayload<'session.scored'>;

/** A row once its background scoring is done: the band, or the reason there is none, added to its own warning. */
function withScore(summary: SessionSummary, { band, warning: said }: Scored): SessionSummary {
  const { scoring: _scoring, band: _band, ...rest } = summary;
  const warning = [summary.warning, said].filter(Boolean).join(' ');
  return { ...rest, ...(band ? { band } : {}), ...(warning ? { warning } : {}) };
}

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
