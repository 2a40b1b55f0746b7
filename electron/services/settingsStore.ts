import { join } from 'node:path';
import { Settings, defaultSettings, type SettingsPatch } from '../../shared/schemas/settings';
import { loadJsonFile, saveJsonFile } from './jsonFile';

export type SettingsStore = {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  readonly notice?: string;
};

export async function openSettingsStore(
  dataDir: string,
  onChange: (settings: Settings) => void = () => {},
): Promise<SettingsStore> {
  const file = join(dataDir, 'settings.json');
  const loaded = await loadJsonFile(dataDir, file, Settings, defaultSettings);
  let current = loaded.value;
  // Writes run one after another so the file always ends with the last update.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    notice: loaded.notice,
    get: () => current,
    update(patch) {
      const next = Settings.parse({ ...current, ...patch });
      const write = queue.then(() => saveJsonFile(file, next));
      queue = write.catch(() => {});
      return write.then(() => {
        current = next;
        onChange(next);
        return next;
      });
    },
  };
}
