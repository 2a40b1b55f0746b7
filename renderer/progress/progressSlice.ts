import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import { call, subscribe } from '../bridge/bridge';
import { idle, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type ProgressSlice = {
  /** Every ended session's scores, oldest first: the progress charts and the comparison read it. */
  progress: Load<Response<'progress.get'>>;
  loadProgress(): Promise<void>;
  /**
   * Asks again as the sessions an answer left out while they were scored are pushed as
   * scored, until none is left. Returns the unsubscribe.
   */
  followScoring(): () => void;
};

/**
 * How long after a score is pushed the charts ask again: pushes that come meanwhile are folded
 * into that one answer, so reading the charts does not slow down the scoring they wait for.
 */
const REASK_AFTER_MS = 1000;

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set, get) => {
  /** `session.scored` pushes seen: one that lands while an answer is on its way is not lost. */
  let pushes = 0;
  let loading: Promise<void> | undefined;
  /** Asked for while an answer was on its way: asked again after it. */
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Windows following the scoring now: with none, nothing is asked again on a timer. */
  let following = 0;
  const soon = () => {
    if (following === 0) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      void reload();
    }, REASK_AFTER_MS);
  };
  const load = async (): Promise<void> => {
    const before = pushes;
    again = false;
    // A reload keeps the charts on screen; only the first load shows "loading".
    if (get().progress.status !== 'ready') set({ progress: { status: 'loading' } });
    const progress = await settle(call('progress.get', {}));
    set({ progress });
    // Scored while the answer was on its way: the answer may already be behind.
    if (again) await load();
    else if (progress.status === 'ready' && progress.value.scoring > 0 && pushes !== before) soon();
  };
  const reload = () => {
    // One at a time: the one under way asks again if a push came meanwhile.
    loading ??= load().finally(() => {
      loading = undefined;
    });
    return loading;
  };
  return {
    progress: idle,
    loadProgress() {
      if (loading) again = true;
      return reload();
    },
    followScoring() {
      following++;
      const unsubscribe = subscribe('session.scored', () => {
        pushes++;
        const progress = get().progress;
        if (!loading && progress.status === 'ready' && progress.value.scoring > 0) soon();
      });
      let followed = true;
      return () => {
        if (!followed) return;
        followed = false;
        unsubscribe();
        following--;
        // A re-ask already timed would answer a screen that is gone.
        if (following === 0 && timer !== undefined) {
          clearTimeout(timer);
          timer = undefined;
        }
      };
    },
  };
};

export const selectProgress = (s: AppState) => s.progress;
