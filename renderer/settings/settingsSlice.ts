import type { StateCreator } from 'zustand';
import type { Settings, ThemeChoice } from '../../shared/schemas/settings';
import { call, describeError, subscribe } from '../bridge/bridge';
import { idle, loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type SettingsSlice = {
  settings: Load<Settings>;
  settingsError?: string;
  loadSettings(): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
  /** Keeps this window in step with changes made in another. Returns the unsubscribe. */
  followSettings(): () => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  settings: idle,
  async loadSettings() {
    set({ settings: loading });
    set({ settings: await settle(call('settings.get', {})) });
  },
  async setTheme(theme) {
    try {
      set({ settings: { status: 'ready', value: await call('settings.update', { theme }) }, settingsError: undefined });
    } catch (error) {
      set({ settingsError: `The theme could not be saved: ${describeError(error)}` });
    }
  },
  followSettings() {
    return subscribe('settings.changed', (value) => set({ settings: { status: 'ready', value } }));
  },
});

export const selectSettings = (s: AppState) => s.settings;
export const selectSettingsError = (s: AppState) => s.settingsError;
export const selectThemeChoice = (s: AppState): ThemeChoice =>
  s.settings.status === 'ready' ? s.settings.value.theme : 'system';
export const selectSetTheme = (s: AppState) => s.setTheme;
