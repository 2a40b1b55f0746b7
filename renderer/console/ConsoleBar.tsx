import { useLayoutEffect, useRef } from 'react';
import type { PromptSnapshot } from '../../shared/session/exportFile';
import { formatClock, timings } from '../../shared/session/clock';
import type { SessionState } from '../../shared/session/state';
import { formatUsed } from '../session/format';
import { useNow } from '../session/useNow';
import { useAppStore } from '../store/store';
import { selectActConsole, selectConsoleBusy } from './consoleSlice';

const STATUS_TEXT: Record<SessionState['status'], string> = {
  ready: 'Not started yet',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
};

/** What the partner glances at most: where the session is, how much time is left, and the clock controls. */
export function ConsoleBar({ state, prompt }: { state: SessionState; prompt: PromptSnapshot }) {
  const act = useAppStore(selectActConsole);
  const busy = useAppStore(selectConsoleBusy);
  const now = useNow(state.status === 'running');
  const time = timings(state, now);
  const phase = state.phases[state.phaseIndex]!;
  const ended = state.status === 'ended';
  const started = state.status === 'running' || state.status === 'paused';
  const phaseOver = time.phase.remainingMs < 0 && !ended;
  const last = state.phaseIndex === state.phases.length - 1;
  const bar = useRef<HTMLElement>(null);

  // On a narrow screen the bar wraps and stays on top while the page scrolls; what sticks under it needs its height.
  useLayoutEffect(() => {
    const header = bar.current;
    if (!header?.parentElement) return;
    const holder = header.parentElement;
    const observer = new ResizeObserver(() => holder.style.setProperty('--console-bar-height', `${header.offsetHeight}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);

  return (
    <header className="console-bar" ref={bar}>
      <div className="console-title">
        <h1>Partner console</h1>
        <p className="console-prompt-title">{prompt.title}</p>
      </div>
      <dl className="console-clocks">
        <div>
          <dt>Phase {state.phaseIndex + 1} of {state.phases.length}</dt>
          <dd className="console-phase-title">{phase.title}</dd>
        </div>
        <div>
          <dt>{ended ? 'Phase time used' : phaseOver ? 'Phase over by' : 'Phase left'}</dt>
          <dd className={`console-clock${phaseOver ? ' overtime' : ''}`}>{ended ? formatUsed(time.phase.usedMs) : formatClock(time.phase.remainingMs)}</dd>
        </div>
        <div>
          <dt>{ended ? 'Time used' : 'Session left'}</dt>
          <dd className={`console-clock${time.remainingMs < 0 && !ended ? ' overtime' : ''}`}>{ended ? formatUsed(time.elapsedMs) : formatClock(time.remainingMs)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`console-status console-status-${state.status}`}>{STATUS_TEXT[state.status]}</span>
          </dd>
        </div>
      </dl>
      <div className="console-clock-actions" role="group" aria-label="Clock">
        <button type="button" className="btn" disabled={busy || state.status !== 'running'} onClick={() => void act({ type: 'pause' })}>
          Pause
        </button>
        <button type="button" className={`btn${state.status === 'paused' ? ' btn-primary' : ''}`} disabled={busy || state.status !== 'paused'} onClick={() => void act({ type: 'resume' })}>
          Resume
        </button>
        <button type="button" className="btn" disabled={busy || !started} onClick={() => void act({ type: 'extend', minutes: 1 })}>
          +1 min
        </button>
        <button type="button" className="btn" disabled={busy || !started} onClick={() => void act({ type: 'extend', minutes: 2 })}>
          +2 min
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !started || last}
          title={last ? 'This is the last phase: the candidate ends the session' : undefined}
          onClick={() => void act({ type: 'skip' })}
        >
          Skip phase
        </button>
      </div>
    </header>
  );
}
