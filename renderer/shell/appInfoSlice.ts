import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import { call, describeError } from '../bridge/bridge';
import { idle, loading, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type AppInfoSlice = {
  appInfo: Load<Response<'app.info'>>;
  loadAppInfo(): Promise<void>;
};

export const createAppInfoSlice: StateCreator<AppState, [], [], AppInfoSlice> = (set) => ({
  appInfo: idle,
  async loadAppInfo() {
    set({ appInfo: loading });
    try {
      set({ appInfo: { status: 'ready', value: await call('app.info', {}) } });
    } catch (error) {
      set({ appInfo: { status: 'failed', error: describeError(error) } });
    }
  },
});

export const selectAppInfo = (s: AppState) => s.appInfo;
