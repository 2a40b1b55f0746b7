import type { Timings } from '../../shared/session/clock';
import type { SessionState } from '../../shared/session/state';
import { routeHash } from '../shell/route';
import { ExportDesignDocButton } from '../export/ExportDesignDocButton';
import { formatDate, formatUsed } from './format';

export function Guidance({ state }: { state: SessionState }) {
  const phase = state.phases[state.phaseIndex]!;
  return (
    <div className="card guidance">
      <h2 className="eyebrow">Work through</h2>
      {phase.guidance.length > 0 ? (
        <ul className="guidance-list">
          {phase.guidance.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No questions for this phase; follow your own plan.</p>
      )}
      {phase.produces && (
        <p className="produces">
          <span className="produces-label">Leave behind</span> {phase.produces}
        </p>
      )}
    </div>
  );
}

export function EndedCard({ sessionId, state, time }: { sessionId: string; state: SessionState; time: Timings }) {
  const over = time.phases.filter((p) => p.usedMs > p.budgetMs);
  const reached = state.phaseIndex + 1;
  return (
    <div className="card timer-card ended-card">
      <span className="eyebrow">Session ended</span>
      <h2 className="timer-phase-title">
        {reached === state.phases.length ? 'All phases reached' : `Stopped in phase ${reached} of ${state.phases.length}`}
      </h2>
      <dl className="ended-facts">
        <dt>Time used</dt>
        <dd>
          {formatUsed(time.elapsedMs)} <span className="muted">of {formatUsed(time.plannedMs)}</span>
        </dd>
        <dt>Over budget</dt>
        <dd>{over.length === 0 ? 'No phase' : over.map((p) => `${p.title} (+${formatUsed(p.usedMs - p.budgetMs)})`).join(', ')}</dd>
        {state.endedAt !== null && (
          <>
            <dt>Ended</dt>
            <dd>{formatDate(state.endedAt)}</dd>
          </>
        )}
      </dl>
      <div className="controls">
        <a className="btn btn-primary" href={routeHash({ name: 'report', id: sessionId })}>
          See your report
        </a>
        <a className="btn" href={routeHash({ name: 'replay', id: sessionId })}>
          Replay
        </a>
        <a className="btn" href={routeHash({ name: 'prompt', id: state.prompt.id })}>
          Practise this prompt again
        </a>
        <a className="btn" href={routeHash({ name: 'sessions' })}>
          All sessions
        </a>
        <ExportDesignDocButton sessionId={sessionId} />
      </div>
    </div>
  );
}
