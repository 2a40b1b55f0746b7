import type { StateCreator } from 'zustand';
import type { PromptBrief, PromptProblem, PromptSummary } from '../../shared/schemas/prompt';
import { call } from '../bridge/bridge';
import { idle, loading, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';
import { noFilter, type PromptFilter } from './promptFilter';
import type { PromptFileText } from './promptFiles';

export type ImportOutcome = { imported: PromptSummary[]; problems: PromptProblem[] };

export type PromptsSlice = {
  promptList: Load<{ prompts: PromptSummary[]; problems: PromptProblem[] }>;
  openedPrompt: Load<PromptBrief>;
  /** Kept in the store so the choices survive a visit to a prompt and back. */
  promptFilter: PromptFilter;
  promptImport: Load<ImportOutcome>;
  loadPromptList(): Promise<void>;
  openPrompt(id: string): Promise<void>;
  setPromptFilter(patch: Partial<PromptFilter>): void;
  /** Adds the person's own prompt files to the library; the good ones load even when others are bad. */
  importPrompts(files: PromptFileText[], skipped: PromptProblem[]): Promise<void>;
  dismissPromptImport(): void;
};

export const createPromptsSlice: StateCreator<AppState, [], [], PromptsSlice> = (set, get) => ({
  promptList: idle,
  openedPrompt: idle,
  promptFilter: noFilter,
  promptImport: idle,
  async loadPromptList() {
    // A reload keeps the cards on screen; only the first load shows "loading".
    if (get().promptList.status !== 'ready') set({ promptList: loading });
    set({ promptList: await settle(call('prompt.list', {})) });
  },
  async openPrompt(id) {
    const current = get().openedPrompt;
    if (current.status === 'ready' && current.value.id === id) return;
    set({ openedPrompt: loading });
    set({ openedPrompt: await settle(call('prompt.open', { id })) });
  },
  setPromptFilter(patch) {
    set({ promptFilter: { ...get().promptFilter, ...patch } });
  },
  async importPrompts(files, skipped) {
    set({ promptImport: loading });
    if (files.length === 0) {
      set({ promptImport: { status: 'ready', value: { imported: [], problems: skipped } } });
      return;
    }
    const result = await settle(call('prompt.import', { files }));
    set({ promptImport: result.status === 'ready' ? { status: 'ready', value: { ...result.value, problems: [...skipped, ...result.value.problems] } } : result });
    if (result.status === 'ready' && result.value.imported.length > 0) await get().loadPromptList();
  },
  dismissPromptImport() {
    set({ promptImport: idle });
  },
});

export const selectPromptList = (s: AppState) => s.promptList;
export const selectOpenedPrompt = (s: AppState) => s.openedPrompt;
export const selectPromptFilter = (s: AppState) => s.promptFilter;
export const selectPromptImport = (s: AppState) => s.promptImport;
