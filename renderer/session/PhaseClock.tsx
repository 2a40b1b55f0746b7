import { useState } from 'react';
import { formatClock, type PhaseTiming, type Timings } from '../../shared/session/clock';
import { decide, type SessionCommand } from '../../shared/session/commands';
import type { SessionState } from '../../shared/session/state';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { primeChime } from './chime';
import { formatUsed, spokenClock } from './format';
import { selectSendSession } from './sessionSlice';
import type { Cue } from './usePhaseCues';

export function SessionTotal({ time, status }: { time: Timings; status: SessionState['status'] }) {
  const over = time.remainingMs < 0;
  return (
    <div className="session-total" aria-label="Whole session">
      <span className="session-total-label">{status === 'ended' ? 'Time used' : over ? 'Session over by' : 'Session left'}</span>
      <span className={`session-total-value${over && status !== 'ended' ? ' overtime' : ''}`}>
        {status === 'ended' ? formatUsed(time.elapsedMs) : formatClock(time.remainingMs)}
      </span>
      <span className="session-total-sub">
        {formatUsed(time.elapsedMs)} of {formatUsed(time.plannedMs)} used
      </span>
    </div>
  );
}

export function Stepper({ phases, status }: { phases: PhaseTiming[]; status: SessionState['status'] }) {
  const currentIndex = phases.findIndex((p) => p.current);
  return (
    <ol className="stepper" aria-label="Phases">
      {phases.map((p, i) => {
        const over = p.usedMs > p.budgetMs;
        const fill = p.budgetMs === 0 ? 0 : Math.min(1, p.usedMs / p.budgetMs);
        const stage = status === 'ended' ? 'done' : i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'upcoming';
        const started = p.usedMs > 0 || stage !== 'upcoming';
        return (
          <li
            key={p.id}
            className={`step step-${stage}${over ? ' step-over' : ''}`}
            // As wide as its budget, plus a share every phase gets so short ones stay legible.
            style={{ flexGrow: Math.max(1, Math.round(p.budgetMs / 60_000)) + 5 }}
            aria-current={stage === 'current' ? 'step' : undefined}
            title={`${p.title}: ${formatUsed(p.usedMs)} used of ${formatUsed(p.budgetMs)}${over ? `, ${formatUsed(p.usedMs - p.budgetMs)} over` : ''}`}
          >
            <span className="step-name">
              <span className="step-index">{i + 1}</span>
              <span className="step-title">{p.title}</span>
            </span>
            <span className="step-track" aria-hidden="true">
              <span className="step-fill" style={{ width: `${fill * 100}%` }} />
            </span>
            <span className="step-time">
              {started ? (
                <>
                  <span className="step-used">{formatUsed(p.usedMs)}</span> / {formatUsed(p.budgetMs)}
                </>
              ) : (
                formatUsed(p.budgetMs)
              )}
              {over && <span className="step-over-by">+{formatUsed(p.usedMs - p.budgetMs)} over</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

export function PhaseTimer({ state, time, busy, cue, now }: { state: SessionState; time: Timings; busy: boolean; cue: Cue | undefined; now: number }) {
  const send = useAppStore(selectSendSession);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const phase = state.phases[state.phaseIndex]!;
  const remaining = time.phase.remainingMs;
  const last = state.phaseIndex === state.phases.length - 1;
  const timeUp = remaining <= 0 && state.status !== 'ready';
  const tone = remaining < 0 ? ' overtime' : remaining <= 30_000 ? ' urgent' : remaining <= 120_000 ? ' soon' : '';
  const flashing = cue !== undefined && now - cue.at < 4000;

  const act = (command: SessionCommand) => {
    if (command.type === 'start' || command.type === 'resume') primeChime();
    void send(command);
  };
  const refusal = (command: SessionCommand) => {
    const decision = decide(state, command);
    return decision.ok ? undefined : decision.reason;
  };
  const button = (command: SessionCommand, label: string, className = 'btn') => {
    const why = refusal(command);
    return (
      <button type="button" className={className} disabled={busy || why !== undefined} title={why} onClick={() => act(command)}>
        {label}
      </button>
    );
  };

  return (
    <div className={`card timer-card${timeUp ? ' timer-card-up' : ''}`}>
      <div className="timer-phase">
        <span className="eyebrow">
          Phase {state.phaseIndex + 1} of {state.phases.length}
        </span>
        <h2 className="timer-phase-title">{phase.title}</h2>
      </div>
      <div className={`timer${tone}${flashing ? ' timer-flash' : ''}`} role="timer" aria-label={`Time left in “${phase.title}”`}>
        {formatClock(remaining)}
      </div>
      <p className="timer-sub">
        {remaining < 0
          ? `Over time by ${formatUsed(-remaining)} · budget ${formatUsed(time.phase.budgetMs)}`
          : `${formatUsed(time.phase.usedMs)} used of ${formatUsed(time.phase.budgetMs)}`}
        <span className="visually-hidden"> ({spokenClock(remaining)})</span>
      </p>

      {state.status === 'ready' && (
        <div className="timer-ready">
          <p>Read the brief first. The clock starts when you press Start.</p>
          {button({ type: 'start' }, 'Start', 'btn btn-primary btn-large')}
        </div>
      )}

      {(state.status === 'running' || state.status === 'paused') && (
        <div className="controls">
          <div className="controls-row">
            {state.status === 'running'
              ? button({ type: 'pause' }, 'Pause', 'btn btn-wide')
              : button({ type: 'resume' }, 'Resume', 'btn btn-primary btn-wide')}
            {button({ type: 'extend', minutes: 1 }, '+1 min')}
            {button({ type: 'extend', minutes: 2 }, '+2 min')}
          </div>
          <div className="controls-row">
            {button({ type: 'previous' }, '← Previous', 'btn btn-wide')}
            {last
              ? button({ type: 'next' }, 'Next phase →', 'btn btn-wide')
              : button({ type: 'next' }, 'Next phase →', `btn btn-wide${timeUp ? ' btn-primary btn-pulse' : ''}`)}
          </div>
          <div className="controls-row controls-end">
            <button
              type="button"
              className={`btn ${timeUp && last ? 'btn-danger' : 'btn-quiet-danger'}`}
              disabled={busy}
              onClick={() => setConfirmEnd(true)}
            >
              End session
            </button>
          </div>
        </div>
      )}

      <ConfirmDialog
        open={confirmEnd}
        title="End this session?"
        confirmLabel="End session"
        cancelLabel="Keep going"
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          act({ type: 'end' });
        }}
      >
        <p>
          The clock stops for good at {formatUsed(time.elapsedMs)} and the session moves to your history. An ended session cannot be
          resumed.
        </p>
      </ConfirmDialog>
    </div>
  );
}

export function ClockIcon() {
  return (
    <svg className="cue-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 9v4l2.5 2.5M9 2.5h6M19 5l1.5 1.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
