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
  // Updates run one after another, each applied to what the one before saved, so the file ends
  // with the last update and two quick changes to different settings both stay.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    notice: loaded.notice,
    get: () => current,
    update(patch) {
      const write = queue.then(async () => {
        const next = Settings.parse({ ...current, ...patch });
        await saveJsonFile(file, next);
        current = next;
        onChange(next);
        return next;
      });
      queue = write.catch(() => {});
      return write;
    },
  };
}
