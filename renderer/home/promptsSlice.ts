import type { StateCreator } from 'zustand';
import type { PromptBrief, PromptProblem, PromptSummary } from '../../shared/schemas/prompt';
import { call, describeError } from '../bridge/bridge';
import { idle, loading, type Load } from '../store/load';
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
    try {
      set({ promptList: { status: 'ready', value: await call('prompt.list', {}) } });
    } catch (error) {
      set({ promptList: { status: 'failed', error: describeError(error) } });
    }
  },
  async openPrompt(id) {
    const current = get().openedPrompt;
    if (current.status === 'ready' && current.value.id === id) return;
    set({ openedPrompt: loading });
    try {
      set({ openedPrompt: { status: 'ready', value: await call('prompt.open', { id }) } });
    } catch (error) {
      set({ openedPrompt: { status: 'failed', error: describeError(error) } });
    }
  },
});

export const selectPromptList = (s: AppState) => s.promptList;
export const selectOpenedPrompt = (s: AppState) => s.openedPrompt;
export const selectLoadPromptList = (s: AppState) => s.loadPromptList;
export const selectOpenPrompt = (s: AppState) => s.openPrompt;
