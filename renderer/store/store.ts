import { create } from 'zustand';
import { createPromptsSlice, type PromptsSlice } from '../home/promptsSlice';
import { createSettingsSlice, type SettingsSlice } from '../settings/settingsSlice';
import { createAppInfoSlice, type AppInfoSlice } from '../shell/appInfoSlice';
import { createNavSlice, type NavSlice } from '../shell/navSlice';

export type AppState = AppInfoSlice & NavSlice & PromptsSlice & SettingsSlice;

/** The one store; each feature owns a slice and is read through its selectors. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createAppInfoSlice(...a),
  ...createNavSlice(...a),
  ...createPromptsSlice(...a),
  ...createSettingsSlice(...a),
}));
