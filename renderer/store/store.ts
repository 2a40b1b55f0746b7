import { create } from 'zustand';
import { createCompareSlice, type CompareSlice } from '../compare/compareSlice';
import { createConsoleSlice, type ConsoleSlice } from '../console/consoleSlice';
import { createPromptsSlice, type PromptsSlice } from '../home/promptsSlice';
import { createPlansSlice, type PlansSlice } from '../plans/plansSlice';
import { createProgressSlice, type ProgressSlice } from '../progress/progressSlice';
import { createReplaySlice, type ReplaySlice } from '../replay/replaySlice';
import { createReportSlice, type ReportSlice } from '../report/reportSlice';
import { createSessionSlice, type SessionSlice } from '../session/sessionSlice';
import { createSessionsSlice, type SessionsSlice } from '../sessions/sessionsSlice';
import { createSettingsSlice, type SettingsSlice } from '../settings/settingsSlice';
import { createAppInfoSlice, type AppInfoSlice } from '../shell/appInfoSlice';
import { createConnectionSlice, type ConnectionSlice } from '../shell/connectionSlice';
import { createNavSlice, type NavSlice } from '../shell/navSlice';
import { createVoiceSlice, type VoiceSlice } from '../voice/voiceSlice';

export type AppState = AppInfoSlice & ConnectionSlice & NavSlice & PromptsSlice & SettingsSlice & PlansSlice & SessionSlice & SessionsSlice & ReportSlice & ReplaySlice & ProgressSlice & CompareSlice & ConsoleSlice & VoiceSlice;

/** The one store; each feature owns a slice and is read through its selectors. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createAppInfoSlice(...a),
  ...createConnectionSlice(...a),
  ...createNavSlice(...a),
  ...createPromptsSlice(...a),
  ...createSettingsSlice(...a),
  ...createPlansSlice(...a),
  ...createSessionSlice(...a),
  ...createSessionsSlice(...a),
  ...createReportSlice(...a),
  ...createReplaySlice(...a),
  ...createProgressSlice(...a),
  ...createCompareSlice(...a),
  ...createConsoleSlice(...a),
  ...createVoiceSlice(...a),
}));
