import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import { call } from '../bridge/bridge';
import { idle, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type ProgressSlice = {
  /** Every ended session's scores, oldest first: the progress charts and the comparison read it. */
  progress: Load<Response<'progress.get'>>;
  loadProgress(): Promise<void>;
};

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set, get) => ({
  progress: idle,
  async loadProgress() {
    // A reload keeps the charts on screen; only the first load shows "loading".
    if (get().progress.status !== 'ready') set({ progress: { status: 'loading' } });
    set({ progress: await settle(call('progress.get', {})) });
  },
});

export const selectProgress = (s: AppState) => s.progress;
