import { useId } from 'react';
import './pairing.css';

export type SessionMode = 'solo' | 'paired';

const MODE_LABEL: Record<SessionMode, string> = { solo: 'Just me (solo)', paired: 'A partner (paired)' };

const MODE_MEANS: Record<SessionMode, string> = {
  solo: 'You practise alone; the app answers your clarifying questions from the prompt.',
  paired:
    'A partner interviews you from a second window. They see the prompt’s hidden facts and the reference outline, answer your questions, and can change a requirement or nudge you along.',
};

/** Solo or paired, chosen before the session exists (a session keeps its mode). */
export function ModePicker({ value, onChange }: { value: SessionMode; onChange: (mode: SessionMode) => void }) {
  const legend = useId();
  return (
    <fieldset className="segmented mode-picker" role="radiogroup" aria-labelledby={legend}>
      <legend id={legend}>Who is interviewing?</legend>
      {(['solo', 'paired'] as const).map((mode) => (
        <label key={mode}>
          <input type="radio" name="mode" value={mode} checked={value === mode} onChange={() => onChange(mode)} />
          <span>{MODE_LABEL[mode]}</span>
        </label>
      ))}
      <p className="muted mode-means">{MODE_MEANS[value]}</p>
    </fieldset>
  );
}
