import { useAppStore } from '../store/store';
import { selectVoiceStatus } from './voiceSlice';
import './voice.css';

const LABEL = { starting: 'Opening the microphone…', recording: 'Recording your voice', paused: 'Recording paused' } as const;

/** Beside the session's status: whether the voice is being recorded, and why not when it failed. */
export function VoiceBadge() {
  const status = useAppStore(selectVoiceStatus);
  if (status.state === 'off') return null;
  const text = status.state === 'failed' ? status.message : LABEL[status.state];
  return (
    <span className={`voice-badge voice-${status.state}`} role="status">
      {text}
    </span>
  );
}
