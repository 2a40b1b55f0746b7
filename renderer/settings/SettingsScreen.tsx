import type { ThemeChoice } from '../../shared/schemas/settings';
import { playChime, primeChime } from '../session/chime';
import { selectAppInfo } from '../shell/appInfoSlice';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { Switch } from '../ui/Switch';
import { TranscriptSettings } from '../voice/TranscriptSettings';
import { selectSetTheme, selectSettings, selectSettingsError, selectThemeChoice, selectUpdateSettings } from './settingsSlice';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'Follow system' },
];

export function SettingsScreen() {
  const settings = useAppStore(selectSettings);
  const theme = useAppStore(selectThemeChoice);
  const setTheme = useAppStore(selectSetTheme);
  const update = useAppStore(selectUpdateSettings);
  const ready = settings.status === 'ready';
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
      <div className="panel">
        <h2>Practice sessions</h2>
        <div className="switches">
          <div className="switch-line">
            <Switch
              checked={ready && settings.value.chime}
              disabled={!ready}
              onChange={(on) => {
                if (on) primeChime();
                void update({ chime: on }, 'The chime setting');
              }}
              title="Chime with time cues"
              hint="A short tone at two minutes, thirty seconds and zero left in a phase."
            />
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                primeChime();
                playChime(30_000);
              }}
            >
              Play it
            </button>
          </div>
          <div className="switch-line">
            <Switch
              checked={ready && settings.value.pauseOnSleep}
              disabled={!ready}
              onChange={(on) => void update({ pauseOnSleep: on }, 'The sleep setting')}
              title="Pause the session when the computer sleeps"
              hint="The clock stops at the moment of sleep, so a closed lid does not eat into a phase."
            />
          </div>
          <div className="switch-line">
            <Switch
              checked={ready && settings.value.recordVoice}
              disabled={!ready}
              onChange={(on) => void update({ recordVoice: on }, 'The recording setting')}
              title="Record my voice by default"
              hint="Turns on “Record my voice” when you start a session. The audio stays in the session’s folder on this machine."
            />
          </div>
        </div>
      </div>
      <TranscriptSettings />
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
