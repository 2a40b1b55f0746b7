import type { StateCreator } from 'zustand';
import type { Settings, SettingsPatch, ThemeChoice } from '../../shared/schemas/settings';
import { call, describeError, subscribe } from '../bridge/bridge';
import { idle, loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type SettingsSlice = {
  settings: Load<Settings>;
  settingsError?: string;
  loadSettings(): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
  /** Saves a change to any settings; `what` names it in the error message. */
  updateSettings(patch: SettingsPatch, what: string): Promise<void>;
  /** Keeps this window in step with changes made in another. Returns the unsubscribe. */
  followSettings(): () => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set, get) => ({
  settings: idle,
  async loadSettings() {
    set({ settings: loading });
    set({ settings: await settle(call('settings.get', {})) });
  },
  async setTheme(theme) {
    await get().updateSettings({ theme }, 'The theme');
  },
  async updateSettings(patch, what) {
    try {
      set({ settings: { status: 'ready', value: await call('settings.update', patch) }, settingsError: undefined });
    } catch (error) {
      set({ settingsError: `${what} could not be saved: ${describeError(error)}` });
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
export const selectUpdateSettings = (s: AppState) => s.updateSettings;
/** Whether time cues chime; silent until the settings have loaded. */
export const selectChime = (s: AppState): boolean => (s.settings.status === 'ready' ? s.settings.value.chime : false);
