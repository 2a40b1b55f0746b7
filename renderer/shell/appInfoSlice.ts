import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import { call } from '../bridge/bridge';
import { idle, loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type AppInfoSlice = {
  appInfo: Load<Response<'app.info'>>;
  loadAppInfo(): Promise<void>;
};

export const createAppInfoSlice: StateCreator<AppState, [], [], AppInfoSlice> = (set) => ({
  appInfo: idle,
  async loadAppInfo() {
    set({ appInfo: loading });
    set({ appInfo: await settle(call('app.info', {})) });
  },
});

export const selectAppInfo = (s: AppState) => s.appInfo;
