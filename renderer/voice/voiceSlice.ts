import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store';
import type { Hearing } from './speechDetector';
import type { TranscriptView } from './transcription';

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
  /** What the voice detector hears now (the live meter): off while it does not listen. */
  hearing: Hearing;
  /** Each session's transcript job as this window knows it (transcription.ts). */
  transcripts: Record<string, TranscriptView>;
  chooseVoice(choice: VoiceSlice['voiceChoice']): void;
  setVoiceStatus(status: VoiceStatus): void;
  setHearing(hearing: Hearing): void;
  setTranscriptView(id: string, view: TranscriptView): void;
};

export const createVoiceSlice: StateCreator<AppState, [], [], VoiceSlice> = (set) => ({
  voiceChoice: undefined,
  voiceStatus: { state: 'off' },
  hearing: 'off',
  transcripts: {},
  chooseVoice: (voiceChoice) => set({ voiceChoice }),
  setVoiceStatus: (voiceStatus) => set({ voiceStatus }),
  setHearing: (hearing) => set({ hearing }),
  setTranscriptView: (id, view) => set((s) => ({ transcripts: { ...s.transcripts, [id]: view } })),
});

export const selectVoiceStatus = (s: AppState) => s.voiceStatus;
export const selectHearing = (s: AppState) => s.hearing;
