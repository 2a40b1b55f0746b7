import type { SessionState } from '../../shared/session/state';
import { formatUsed } from '../session/format';
import { useAppStore } from '../store/store';
import { selectActConsole } from './consoleSlice';

/** The prompt's requirement changes, each sprung with one click: it is the partner's call. */
export function Curveballs({ curveballs, state }: { curveballs: readonly string[]; state: SessionState }) {
  const act = useAppStore(selectActConsole);
  if (curveballs.length === 0) return null;
  const open = state.status === 'running' || state.status === 'paused';
  return (
    <section className="console-section console-curveballs" aria-labelledby="console-curveballs">
      <h3 id="console-curveballs">Curveballs</h3>
      <p className="console-hint">Springing one changes the requirements on the candidate’s screen for the rest of the session.</p>
      <ol className="console-list">
        {curveballs.map((text, index) => {
          const sprung = state.fromInterviewer.find((m) => m.kind === 'curveball' && m.curveball === index);
          return (
            <li key={index} className={sprung ? 'console-sprung' : undefined}>
              <p>{text}</p>
              <button
                type="button"
                className="btn btn-small console-spring"
                aria-label={`Spring curveball ${index + 1}`}
                disabled={sprung !== undefined || !open}
                onClick={() => void act({ type: 'curveball', index })}
              >
                {sprung ? `Sprung at ${formatUsed(sprung.t)}` : 'Spring'}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
