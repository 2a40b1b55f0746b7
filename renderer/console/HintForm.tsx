import { useId, useState } from 'react';
import { useAppStore } from '../store/store';
import { selectActConsole } from './consoleSlice';

/** A hint gives something away; a nudge only points. Both show on the candidate's screen. */
export function HintForm({ disabled }: { disabled: boolean }) {
  const act = useAppStore(selectActConsole);
  const [text, setText] = useState('');
  const id = useId();
  const send = async (kind: 'hint' | 'nudge') => {
    if (text.trim() === '') return;
    const sent = text;
    if (await act({ type: 'hint', kind, text: sent })) setText((now) => (now === sent ? '' : now));
  };
  return (
    <section className="console-section console-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Hint or nudge</h3>
      <label className="field">
        <span className="visually-hidden">Hint or nudge</span>
        <textarea className="input" rows={2} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="console-row">
        <button type="button" className="btn btn-small" disabled={disabled || text.trim() === ''} onClick={() => void send('hint')}>
          Send hint
        </button>
        <button type="button" className="btn btn-small" disabled={disabled || text.trim() === ''} onClick={() => void send('nudge')}>
          Send nudge
        </button>
      </div>
    </section>
  );
}
