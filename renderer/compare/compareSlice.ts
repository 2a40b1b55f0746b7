import type { StateCreator } from 'zustand';
import type { CanvasState } from '../../shared/canvas/element';
import { call } from '../bridge/bridge';
import { settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type CompareSlice = {
  /** The final canvas of each session the comparison shows, by session id. */
  finalCanvas: Record<string, Load<CanvasState>>;
  loadFinalCanvas(id: string): Promise<void>;
};

export const createCompareSlice: StateCreator<AppState, [], [], CompareSlice> = (set, get) => ({
  finalCanvas: {},
  async loadFinalCanvas(id) {
    // An ended session's canvas no longer changes: once read, it is kept.
    if (get().finalCanvas[id]?.status === 'ready') return;
    set({ finalCanvas: { ...get().finalCanvas, [id]: { status: 'loading' } } });
    const load = await settle(call('session.open', { id }).then((r) => r.state.canvas));
    set({ finalCanvas: { ...get().finalCanvas, [id]: load } });
  },
});

export const selectFinalCanvas = (id: string) => (s: AppState) => s.finalCanvas[id];
