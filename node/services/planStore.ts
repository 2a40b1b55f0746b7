import { join } from 'node:path';
import { z } from 'zod';
import { BridgeError } from '../../shared/bridge/parse';
import { Plan } from '../../shared/session/plan';
import { loadJsonFile, saveJsonFile } from './jsonFile';

const SavedPlans = z.array(Plan);

export type PlanStore = {
  list(): Plan[];
  find(id: string): Plan | undefined;
  save(plan: Plan): Promise<Plan>;
  remove(id: string): Promise<void>;
  readonly notice?: string;
};

/** The built-in plans plus the person's own, kept in plans.json in the data folder. */
export async function openPlanStore(dataDir: string, builtin: readonly Plan[]): Promise<PlanStore> {
  const file = join(dataDir, 'plans.json');
  const loaded = await loadJsonFile(dataDir, file, SavedPlans, []);
  let custom = loaded.value.map((p) => ({ ...p, builtin: false }));
  let queue: Promise<unknown> = Promise.resolve();
  const persist = (next: Plan[]) => {
    const write = queue.then(() => saveJsonFile(file, next));
    queue = write.catch(() => {});
    return write.then(() => {
      custom = next;
    });
  };

  return {
    notice: loaded.notice,
    list: () => [...builtin, ...custom],
    find: (id) => builtin.find((p) => p.id === id) ?? custom.find((p) => p.id === id),
    async save(plan) {
      if (builtin.some((p) => p.id === plan.id)) {
        throw BridgeError.of('bad-request', 'plan.save', `"${plan.name}" is a built-in plan; duplicate it to make your own`);
      }
      const saved = { ...plan, builtin: false };
      const index = custom.findIndex((p) => p.id === plan.id);
      await persist(index === -1 ? [...custom, saved] : custom.map((p, i) => (i === index ? saved : p)));
      return saved;
    },
    async remove(id) {
      if (builtin.some((p) => p.id === id)) throw BridgeError.of('bad-request', 'plan.delete', 'built-in plans cannot be deleted');
      if (!custom.some((p) => p.id === id)) throw BridgeError.of('not-found', 'plan.delete', `no saved plan "${id}"`);
      await persist(custom.filter((p) => p.id !== id));
    },
  };
}
