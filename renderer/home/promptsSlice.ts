import type { StateCreator } from 'zustand';
import type { PromptBrief, PromptProblem, PromptSummary } from '../../shared/schemas/prompt';
import { call } from '../bridge/bridge';
import { idle, loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type PromptsSlice = {
  promptList: Load<{ prompts: PromptSummary[]; problems: PromptProblem[] }>;
  openedPrompt: Load<PromptBrief>;
  loadPromptList(): Promise<void>;
  openPrompt(id: string): Promise<void>;
};

export const createPromptsSlice: StateCreator<AppState, [], [], PromptsSlice> = (set, get) => ({
  promptList: idle,
  openedPrompt: idle,
  async loadPromptList() {
    set({ promptList: loading });
    set({ promptList: await settle(call('prompt.list', {})) });
  },
  async openPrompt(id) {
    const current = get().openedPrompt;
    if (current.status === 'ready' && current.value.id === id) return;
    set({ openedPrompt: loading });
    set({ openedPrompt: await settle(call('prompt.open', { id })) });
  },
});

export const selectPromptList = (s: AppState) => s.promptList;
export const selectOpenedPrompt = (s: AppState) => s.openedPrompt;
export const selectLoadPromptList = (s: AppState) => s.loadPromptList;
export const selectOpenPrompt = (s: AppState) => s.openPrompt;
