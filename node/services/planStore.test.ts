import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPlans } from '../../shared/session/builtinPlans';
import { Plan } from '../../shared/session/plan';
import { openPlanStore } from './planStore';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

const mine = Plan.parse({
  id: 'my-plan-x1',
  name: 'My plan',
  phases: [
    { id: 'scope', title: 'Scope', minutes: 10 },
    { id: 'design', title: 'Design', minutes: 20 },
  ],
});

describe('the plan store', () => {
  it('lists the built-in plans first, then saved ones, and keeps them across a restart', async () => {
    const dir = await tempDir();
    const store = await openPlanStore(dir, builtinPlans);
    await store.save(mine);
    const again = await openPlanStore(dir, builtinPlans);
    expect(again.list().map((p) => p.id)).toEqual([...builtinPlans.map((p) => p.id), 'my-plan-x1']);
    expect(again.find('my-plan-x1')).toEqual({ ...mine, builtin: false });
  });

  it('updates a saved plan in place and deletes it', async () => {
    const dir = await tempDir();
    const store = await openPlanStore(dir, builtinPlans);
    await store.save(mine);
    await store.save({ ...mine, name: 'Renamed' });
    expect(store.list().filter((p) => !p.builtin).map((p) => p.name)).toEqual(['Renamed']);
    await store.remove('my-plan-x1');
    expect((await openPlanStore(dir, builtinPlans)).find('my-plan-x1')).toBeUndefined();
  });

  it('will not overwrite or delete a built-in plan', async () => {
    const store = await openPlanStore(await tempDir(), builtinPlans);
    await expect(store.save({ ...builtinPlans[0]!, name: 'Mine now' })).rejects.toThrow(/built-in plan; duplicate it/);
    await expect(store.remove(builtinPlans[0]!.id)).rejects.toThrow(/cannot be deleted/);
  });

  it('sets aside a damaged plans file and starts with the built-in plans', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plans.json'), '[{"id": "x"}]');
    const store = await openPlanStore(dir, builtinPlans);
    expect(store.list()).toHaveLength(builtinPlans.length);
    expect(store.notice).toMatch(/plans\.json was damaged/);
    expect((await readdir(join(dir, 'quarantine'))).some((f) => f.endsWith('plans.json'))).toBe(true);
  });
});
