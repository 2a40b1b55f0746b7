import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/schemas/settings';
import { openSettingsStore } from './settingsStore';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();

describe('the settings store', () => {
  it('starts from defaults when there is no file', async () => {
    const store = await openSettingsStore(await tempDir());
    expect(store.get()).toEqual({ theme: 'system', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false });
    expect(store.notice).toBeUndefined();
  });

  it('keeps a change across a restart', async () => {
    const dir = await tempDir();
    const onChange = vi.fn();
    await (await openSettingsStore(dir, onChange)).update({ theme: 'dark' });
    const dark = { ...defaultSettings, theme: 'dark' };
    expect(onChange).toHaveBeenCalledWith(dark);
    expect((await openSettingsStore(dir)).get()).toEqual(dark);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(dark);
  });

  it('ends with the last of quick successive changes', async () => {
    const dir = await tempDir();
    const store = await openSettingsStore(dir);
    await Promise.all([store.update({ theme: 'dark' }), store.update({ theme: 'light' }), store.update({ theme: 'dark' })]);
    expect(store.get().theme).toBe('dark');
    expect((await openSettingsStore(dir)).get().theme).toBe('dark');
  });

  it('keeps both of two quick changes to different settings (two switches turned off at once)', async () => {
    const dir = await tempDir();
    const store = await openSettingsStore(dir);
    const answers = await Promise.all([store.update({ chime: false }), store.update({ pauseOnSleep: false })]);
    expect(answers[1]).toMatchObject({ chime: false, pauseOnSleep: false });
    expect(store.get()).toMatchObject({ chime: false, pauseOnSleep: false });
    expect((await openSettingsStore(dir)).get()).toMatchObject({ chime: false, pauseOnSleep: false });
  });

  it.each([
    ['broken JSON', '{"theme": "dark"', /not valid JSON/],
    ['a value it does not know', '{"theme": "neon"}', /field "theme"/],
  ])('moves a file with %s to quarantine/ with a note, keeps its bytes, and starts with defaults', async (_label, content, reason) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), content);
    const store = await openSettingsStore(dir);
    expect(store.get()).toEqual(defaultSettings);
    expect(store.notice).toMatch(reason);
    const files = await readdir(join(dir, 'quarantine'));
    const damaged = files.find((f) => f.endsWith('-settings.json'));
    expect(damaged).toBeDefined();
    expect(store.notice).toContain(join(dir, 'quarantine', damaged!));
    expect(await readFile(join(dir, 'quarantine', damaged!), 'utf8')).toBe(content);
    expect(await readFile(join(dir, 'quarantine', `${damaged}.why.txt`), 'utf8')).toMatch(reason);
    expect(await readdir(dir)).not.toContain('settings.json');
  });
});
