import { useEffect, useState } from 'react';
import type { TranscriptEngineId, TranscriptEngineInfo } from '../../shared/voice/transcript';
import { call, describeError } from '../bridge/bridge';
import { selectSettings, selectUpdateSettings } from '../settings/settingsSlice';
import { useAppStore } from '../store/store';
import { Switch } from '../ui/Switch';
import { EngineList } from './EngineList';
import './voice.css';

/**
 * Settings of the offline transcripts (issue 23): which engine, whisper.cpp's program and model
 * (files the person fetched themselves: the app downloads nothing), and whether a recorded
 * session is transcribed when it ends. What is installed is asked again after every change.
 */
export function TranscriptSettings() {
  const settings = useAppStore(selectSettings);
  const update = useAppStore(selectUpdateSettings);
  const ready = settings.status === 'ready';
  const value = ready ? settings.value : undefined;
  const [engines, setEngines] = useState<{ engines: TranscriptEngineInfo[]; use?: TranscriptEngineId } | { error: string } | undefined>(undefined);
  const [program, setProgram] = useState('');
  const [model, setModel] = useState('');

  useEffect(() => {
    setProgram(value?.whisperProgram ?? '');
    setModel(value?.whisperModel ?? '');
  }, [value?.whisperProgram, value?.whisperModel]);

  useEffect(() => {
    let live = true;
    call('transcript.engines', {}).then(
      (found) => live && setEngines(found),
      (error: unknown) => live && setEngines({ error: describeError(error) }),
    );
    return () => {
      live = false;
    };
  }, [value?.whisperProgram, value?.whisperModel, value?.transcriptEngine]);

  const saveWhisper = () => {
    const patch = { ...(program.trim() ? { whisperProgram: program.trim() } : {}), ...(model.trim() ? { whisperModel: model.trim() } : {}) };
    if (Object.keys(patch).length > 0) void update(patch, 'The whisper.cpp files');
  };

  return (
    <div className="panel transcript-settings" aria-labelledby="transcript-settings-title">
      <h2 id="transcript-settings-title">Transcripts of your voice</h2>
      <p className="muted">
        A recorded session can be turned into text on this machine by an offline engine you install yourself. Nothing is sent anywhere and no model is downloaded by DesignDrill.
      </p>
      <div className="switches">
        <div className="switch-line">
          <Switch
            checked={ready && value?.transcribeAuto !== false}
            disabled={!ready}
            onChange={(on) => void update({ transcribeAuto: on }, 'The transcript setting')}
            title="Transcribe a recorded session when it ends"
            hint="Runs the engine below in the background; the report shows its progress and can run it again."
          />
        </div>
      </div>
      {engines && 'error' in engines && <p className="error-text">The engines could not be checked: {engines.error}</p>}
      {engines && 'engines' in engines && (
        <fieldset className="engine-choice" disabled={!ready}>
          <legend>Engine</legend>
          {engines.engines.map((e) => (
            <label key={e.id} className="engine-option">
              <input
                type="radio"
                name="transcript-engine"
                value={e.id}
                checked={engines.use === e.id || (!engines.use && value?.transcriptEngine === e.id)}
                onChange={() => void update({ transcriptEngine: e.id }, 'The transcript engine')}
              />
              <span>{e.name}</span>
              <span className={e.available ? 'engine-ok' : 'muted'}>{e.available ? ' — installed' : ` — ${e.why}`}</span>
            </label>
          ))}
          <EngineList engines={engines.engines} onlyMissing />
        </fieldset>
      )}
      <form
        className="whisper-files"
        onSubmit={(event) => {
          event.preventDefault();
          saveWhisper();
        }}
      >
        <label>
          <span>whisper-cli program</span>
          <input type="text" value={program} placeholder="/home/you/whisper.cpp/build/bin/whisper-cli" onChange={(e) => setProgram(e.target.value)} disabled={!ready} spellCheck={false} />
        </label>
        <label>
          <span>whisper model file</span>
          <input type="text" value={model} placeholder="/home/you/whisper.cpp/models/ggml-base.en.bin" onChange={(e) => setModel(e.target.value)} disabled={!ready} spellCheck={false} />
        </label>
        <button type="submit" className="btn btn-small" disabled={!ready}>
          Save the whisper.cpp files
        </button>
      </form>
    </div>
  );
}
