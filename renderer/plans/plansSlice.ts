import type { StateCreator } from 'zustand';
import type { Plan } from '../../shared/session/plan';
import { call } from '../bridge/bridge';
import { idle, settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type PlansSlice = {
  /** The built-in plans first, then the person's own, as the Node side lists them. */
  plans: Load<Plan[]>;
  loadPlans(): Promise<void>;
  /** Saves a custom plan and puts it in the list; throws a message fit to show. */
  savePlan(plan: Plan): Promise<Plan>;
  deletePlan(id: string): Promise<void>;
};

export const createPlansSlice: StateCreator<AppState, [], [], PlansSlice> = (set, get) => ({
  plans: idle,
  async loadPlans() {
    if (get().plans.status !== 'ready') set({ plans: { status: 'loading' } });
    set({ plans: await settle(call('plan.list', {}).then((r) => r.plans)) });
  },
  async savePlan(plan) {
    const saved = await call('plan.save', { plan });
    const current = get().plans;
    if (current.status === 'ready') {
      const exists = current.value.some((p) => p.id === saved.id);
      set({
        plans: { status: 'ready', value: exists ? current.value.map((p) => (p.id === saved.id ? saved : p)) : [...current.value, saved] },
      });
    }
    return saved;
  },
  async deletePlan(id) {
    await call('plan.delete', { id });
    const current = get().plans;
    if (current.status === 'ready') set({ plans: { status: 'ready', value: current.value.filter((p) => p.id !== id) } });
  },
});

export const selectPlans = (s: AppState) => s.plans;
