import type { ThemeChoice } from '../../shared/schemas/settings';
import { selectAppInfo } from '../shell/appInfoSlice';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectSetTheme, selectSettings, selectSettingsError, selectThemeChoice } from './settingsSlice';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Follow system' },
];

export function SettingsScreen() {
  const settings = useAppStore(selectSettings);
  const theme = useAppStore(selectThemeChoice);
  const setTheme = useAppStore(selectSetTheme);
  const error = useAppStore(selectSettingsError);
  const info = useAppStore(selectAppInfo);

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {settings.status === 'failed' && <Notice tone="error" title="Settings could not be read">{settings.error}</Notice>}
      {error && <Notice tone="error" title="Not saved">{error}</Notice>}
      <div className="panel">
        <fieldset className="segmented" disabled={settings.status !== 'ready'}>
          <legend>Theme</legend>
          {THEMES.map((t) => (
            <label key={t.value}>
              <input type="radio" name="theme" value={t.value} checked={theme === t.value} onChange={() => void setTheme(t.value)} />
              <span>{t.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {info.status === 'ready' && (
        <div className="panel">
          <h2>About this copy</h2>
          <dl className="facts">
            <dt>Data folder</dt>
            <dd>
              <code>{info.value.dataDir}</code>
            </dd>
            <dt>Version</dt>
            <dd>{info.value.version}</dd>
            <dt>Running in</dt>
            <dd>{info.value.host === 'electron' ? 'the desktop app' : 'a browser, served from this machine'}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
