import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../store/store';
import { Switch } from '../ui/Switch';
import { selectSettings, selectUpdateSettings } from '../settings/settingsSlice';
import { listMicrophones, microphoneRefusal, openMicrophone, watchLevel, type Microphone } from './microphone';
import { recordingFormat } from './voiceRecorder';
import './voice.css';

export type VoiceChoice = { record: boolean; deviceId?: string };

/**
 * "Record my voice" on the start form: off unless the setting says otherwise. Switched on, it
 * asks for the microphone, lists the inputs and shows a live level to check it by.
 */
export function MicCheck({ value, onChange }: { value: VoiceChoice; onChange: (choice: VoiceChoice) => void }) {
  const settings = useAppStore(selectSettings);
  const update = useAppStore(selectUpdateSettings);
  const [mics, setMics] = useState<Microphone[]>([]);
  const [level, setLevel] = useState(0);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const selectId = useId();
  const supported = recordingFormat() !== undefined;

  useEffect(() => {
    if (!value.record) return;
    let stopped = false;
    let stopLevel: (() => void) | undefined;
    let stream: MediaStream | undefined;
    setRefusal(undefined);
    openMicrophone(value.deviceId).then(
      async (opened) => {
        stream = opened;
        if (stopped) return opened.getTracks().forEach((t) => t.stop());
        stopLevel = watchLevel(opened, setLevel);
        // Names come only once the page may use the microphone.
        setMics(await listMicrophones());
      },
      (error: unknown) => {
        if (!stopped) setRefusal(microphoneRefusal(error));
      },
    );
    return () => {
      stopped = true;
      stopLevel?.();
      stream?.getTracks().forEach((t) => t.stop());
      setLevel(0);
    };
  }, [value.record, value.deviceId]);

  const choose = (deviceId: string) => {
    onChange({ record: true, ...(deviceId ? { deviceId } : {}) });
    if (deviceId && settings.status === 'ready' && settings.value.microphone !== deviceId) void update({ microphone: deviceId }, 'The microphone');
  };

  return (
    <div className="mic-check">
      <Switch
        checked={value.record}
        disabled={!supported}
        onChange={(record) => onChange({ ...value, record })}
        title="Record my voice"
        hint={supported ? 'Kept in this session’s folder on this machine, never sent anywhere; the replay plays it back.' : 'This browser cannot record audio here.'}
      />
      {value.record && refusal && (
        <p className="mic-refusal" role="alert">
          {refusal}
        </p>
      )}
      {value.record && !refusal && (
        <div className="mic-row">
          <label htmlFor={selectId}>Microphone</label>
          <select id={selectId} value={value.deviceId ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">System default</option>
            {mics
              .filter((m) => m.deviceId !== '' && m.deviceId !== 'default')
              .map((m) => (
                <option key={m.deviceId} value={m.deviceId}>
                  {m.label}
                </option>
              ))}
          </select>
          <meter className="mic-level" aria-label="Microphone level" min={0} max={1} low={0.1} high={0.85} optimum={0.5} value={level} />
        </div>
      )}
    </div>
  );
}
