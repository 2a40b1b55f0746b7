import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store';

/** What the session screen shows about the recording of the open session. */
export type VoiceStatus =
  | { state: 'off' }
  | { state: 'starting' | 'recording' | 'paused' }
  | { state: 'failed'; message: string };

export type VoiceSlice = {
  /**
   * The session the person chose to record at its start, and with which microphone. A session
   * reopened later (after a crash) records again when it already holds audio; see useVoiceRecording.
   */
  voiceChoice: { sessionId: string; deviceId?: string } | undefined;
  voiceStatus: VoiceStatus;
  chooseVoice(choice: VoiceSlice['voiceChoice']): void;
  setVoiceStatus(status: VoiceStatus): void;
};

export const createVoiceSlice: StateCreator<AppState, [], [], VoiceSlice> = (set) => ({
  voiceChoice: undefined,
  voiceStatus: { state: 'off' },
  chooseVoice: (voiceChoice) => set({ voiceChoice }),
  setVoiceStatus: (voiceStatus) => set({ voiceStatus }),
});

export const selectVoiceChoice = (s: AppState) => s.voiceChoice;
export const selectVoiceStatus = (s: AppState) => s.voiceStatus;
