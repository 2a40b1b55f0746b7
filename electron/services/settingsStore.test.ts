import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openSettingsStore } from './settingsStore';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

describe('the settings store', () => {
  it('starts from defaults when there is no file', async () => {
    const store = await openSettingsStore(await tempDir());
    expect(store.get()).toEqual({ theme: 'system' });
    expect(store.notice).toBeUndefined();
  });

  it('keeps a change across a restart', async () => {
    const dir = await tempDir();
    const onChange = vi.fn();
    await (await openSettingsStore(dir, onChange)).update({ theme: 'dark' });
    expect(onChange).toHaveBeenCalledWith({ theme: 'dark' });
    expect((await openSettingsStore(dir)).get()).toEqual({ theme: 'dark' });
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark' });
  });

  it('ends with the last of quick successive changes', async () => {
    const dir = await tempDir();
    const store = await openSettingsStore(dir);
    await Promise.all([store.update({ theme: 'dark' }), store.update({ theme: 'light' }), store.update({ theme: 'dark' })]);
    expect(store.get().theme).toBe('dark');
    expect((await openSettingsStore(dir)).get().theme).toBe('dark');
  });

  it.each([
    ['broken JSON', '{"theme": "dark"', /not valid JSON/],
    ['a value it does not know', '{"theme": "neon"}', /field "theme"/],
  ])('sets aside a file with %s, keeps its bytes, and starts with defaults', async (_label, content, reason) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), content);
    const store = await openSettingsStore(dir);
    expect(store.get()).toEqual({ theme: 'system' });
    expect(store.notice).toMatch(reason);
    const files = await readdir(dir);
    const damaged = files.find((f) => f.startsWith('settings.json.damaged-'));
    expect(damaged).toBeDefined();
    expect(store.notice).toContain(damaged);
    expect(await readFile(join(dir, damaged!), 'utf8')).toBe(content);
  });
});
