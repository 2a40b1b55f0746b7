import { timings } from '../../shared/session/clock';
import type { SessionState } from '../../shared/session/state';
import { phaseShare } from '../../shared/voice/talk';
import { useNow } from '../session/useNow';
import { useAppStore } from '../store/store';
import { selectHearing } from './voiceSlice';
import './voice.css';

/**
 * The live talk-time meter of a recorded session: whether the voice detector hears speech now,
 * and the share of this phase's time spent talking so far. Nothing for a session without voice,
 * nor before the detector's model has loaded.
 */
export function TalkMeter({ state }: { state: SessionState }) {
  const hearing = useAppStore(selectHearing);
  const now = useNow(state.status === 'running', 1000);
  // Shown while the detector listens; paused, the recording badge says enough.
  if (!state.recorded || state.status === 'ended' || hearing === 'off') return null;
  const speaking = hearing === 'speaking';
  const phase = timings(state, now).phase;
  const share = Math.round(phaseShare(state, phase.id, phase.usedMs) * 100);
  return (
    <span className={`talk-meter${speaking ? ' talk-speaking' : ''}`} aria-label="Talk time">
      <span className="talk-dot" aria-hidden="true" />
      <span role="status">{speaking ? 'Speaking' : 'Quiet'}</span>
      <meter min={0} max={100} value={share} aria-label="Share of this phase spent talking" />
      <span>{share}% talking in this phase</span>
    </span>
  );
}
