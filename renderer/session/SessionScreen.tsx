import { lazy, Suspense, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { formatClock, timings, type PhaseTiming, type Timings } from '../../shared/session/clock';
import { decide, type SessionCommand } from '../../shared/session/commands';
import { needsSelfScores, type SessionState } from '../../shared/session/state';
import { selectOpenedPrompt } from '../home/promptsSlice';
import { selectChime } from '../settings/settingsSlice';
import { selectConnection } from '../shell/connectionSlice';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { CanvasPane } from '../canvas/CanvasPane';
import { EstimateReviewCard, reviewBadges, useEstimateReview } from '../estimate/EstimateReview';
import { ExportDesignDocButton } from '../export/ExportDesignDocButton';
import { InterviewerPanel, isClarifying } from '../interviewer/InterviewerPanel';
import { NotesRecord } from '../notes/NotesRecord';
import { PhaseNotes } from '../notes/PhaseNotes';
import { ChangedRequirement } from '../pairing/ChangedRequirement';
import { InterviewerFeed } from '../pairing/InterviewerFeed';
import { OpenConsole } from '../pairing/OpenConsole';
import { SelfAssessment } from '../pairing/SelfAssessment';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Notice } from '../ui/Notice';
import { Prose } from '../ui/Prose';
import { primeChime } from './chime';
import { formatDate, formatUsed, spokenClock } from './format';
import { selectSession, selectSessionBusy, selectSessionError, selectSendSession } from './sessionSlice';
import { fitPanels } from './panelFit';
import { Splitter } from './Splitter';
import { clampWidth, PANEL_LIMITS, usePanelSizes, type PanelSide } from './usePanelSizes';
import { usePhaseCues, type Cue } from './usePhaseCues';
import { useNow } from './useNow';
import { RecordVoice } from '../voice/useVoiceRecording';
import { VoiceBadge } from '../voice/VoiceBadge';
import './session.css';

// The pad brings the units engine (mathjs) with it: loaded with the session screen, not the app.
const EstimateDock = lazy(() => import('../estimate/EstimateDock').then((m) => ({ default: m.EstimateDock })));

const STATUS_LABEL: Record<SessionState['status'], string> = {
  ready: 'Not started',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
};

const PAUSE_REASON: Record<SessionState['pauses'][number]['reason'], string> = {
  user: 'Paused',
  suspend: 'Paused while the computer slept',
  closed: 'Paused when DesignDrill closed',
};

export function SessionScreen({ id }: { id: string }) {
  const session = useAppStore(selectSession);

  useEffect(() => {
    void useAppStore.getState().openSession(id);
  }, [id]);

  const current = session?.id === id ? session : undefined;
  return (
    <section className="screen session-screen" aria-labelledby="session-title">
      {(!current || current.state.status === 'loading' || current.state.status === 'idle') && <p className="muted">Opening the session…</p>}
      {current?.state.status === 'failed' && (
        <>
          <a className="back" href={routeHash({ name: 'sessions' })}>
            ← All sessions
          </a>
          <Notice tone="error" title="This session could not be opened">
            {current.state.error}
          </Notice>
        </>
      )}
      {current?.state.status === 'ready' && <OpenSessionView id={id} state={current.state.value} warnings={current.warnings} />}
    </section>
  );
}

function OpenSessionView({ id, state, warnings }: { id: string; state: SessionState; warnings: string[] }) {
  const busy = useAppStore(selectSessionBusy);
  const error = useAppStore(selectSessionError);
  const chime = useAppStore(selectChime);
  const opened = useAppStore(selectOpenedPrompt);
  const connection = useAppStore(selectConnection);
  const connected = connection.status === 'connected';
  // Without the host the clock is not known (a host that stops pauses the session where it was): it stops where the connection went.
  const wallNow = useNow(state.status === 'running' && connected);
  const now = connected ? wallNow : Math.min(wallNow, connection.since);
  const time = timings(state, now);
  const { cue, dismiss } = usePhaseCues(time.phase, now, chime && state.status === 'running');
  const phase = state.phases[state.phaseIndex]!;
  // A paired session's candidate scores themselves before seeing anything the rubric or the prompt holds.
  const awaitsSelfScores = state.status === 'ended' && needsSelfScores(state);
  // Only once the session has ended: the prompt's figures are the interviewer's.
  const review = useEstimateReview(id, state.status === 'ended' && !awaitsSelfScores);

  useEffect(() => {
    void useAppStore.getState().openPrompt(state.prompt.id);
  }, [state.prompt.id]);

  // The tab's title carries the clock, so it can be read from another tab or the task bar.
  const title =
    state.status === 'running' ? `${formatClock(time.phase.remainingMs)} · ${phase.title} · DesignDrill` : `${state.prompt.title} · DesignDrill`;
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => () => void (document.title = 'DesignDrill'), []);

  const lastPause = state.pauses[state.pauses.length - 1];
  const statusText = !connected && state.status !== 'ended' ? 'Not connected' : state.status === 'paused' && lastPause ? PAUSE_REASON[lastPause.reason] : STATUS_LABEL[state.status];
  const statusClass = !connected && state.status !== 'ended' ? 'disconnected' : state.status;
  const brief = opened.status === 'ready' && opened.value.id === state.prompt.id ? opened.value : undefined;
  const ask = state.mode === 'solo' ? <InterviewerPanel key={`ask/${id}`} sessionId={id} state={state} /> : null;
  // Once the clock runs in Clarify, asking is the work: the box goes above the brief, where it is seen.
  const askFirst = isClarifying(state) && (state.status === 'running' || state.status === 'paused');
  const paired = state.mode === 'paired';
  const openConsole = paired ? <OpenConsole key={`console/${id}`} sessionId={id} compact={state.status !== 'ready'} /> : null;
  // Before the start the console is what needs doing and the feed would only say it is empty; after it, the feed comes first.
  const feed = paired && (state.status !== 'ready' || state.fromInterviewer.length > 0) ? <InterviewerFeed key={`feed/${id}`} messages={state.fromInterviewer} /> : null;

  return (
    <>
      <RecordVoice key={id} id={id} state={state} connected={connected} />
      <div className="session-head">
        <div className="session-head-text">
          <a className="back" href={routeHash({ name: 'prompt', id: state.prompt.id })}>
            ← About this prompt
          </a>
          <h1 id="session-title">{state.prompt.title}</h1>
          <p className="session-meta">
            <span className={`status-pill status-${statusClass}`}>{statusText}</span>
            <span>{state.plan.name}</span>
            <span aria-hidden="true">·</span>
            <span>{formatUsed(time.plannedMs)} planned</span>
            <VoiceBadge />
          </p>
        </div>
        {/* In the head, beside the title: a changed requirement stays in sight without taking the canvas's height. */}
        {paired && <ChangedRequirement messages={state.fromInterviewer} />}
        <SessionTotal time={time} status={state.status} />
      </div>

      {warnings.length > 0 && (
        <Notice tone="warning" title="This session was recovered" onDismiss={() => useAppStore.getState().dismissSessionWarnings()}>
          <ul className="problems">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      )}
      {error && (
        <Notice tone="error" title="That did not go through" onDismiss={() => useAppStore.getState().dismissSessionError()}>
          {error}
        </Notice>
      )}

      <Stepper phases={time.phases} status={state.status} />

      {awaitsSelfScores ? (
        <SelfAssessment sessionId={id} />
      ) : (
        <Workspace
          side={
            <>
              {state.status === 'ended' ? <EndedCard sessionId={id} state={state} time={time} /> : <PhaseTimer state={state} time={time} busy={busy} cue={cue} now={now} />}
              {state.status === 'ended' && <EstimateReviewCard load={review} />}
              {cue && (
                <div className={`cue cue-${cue.threshold === 0 ? 'up' : 'soon'}`} role="status">
                  <ClockIcon />
                  <span className="cue-text">{cue.message}</span>
                  <button type="button" className="notice-dismiss" aria-label="Dismiss the time cue" onClick={dismiss}>
                    ×
                  </button>
                </div>
              )}
              {askFirst && ask}
              {state.status !== 'ready' && feed}
              {openConsole}
              {state.status === 'ready' && feed}
              <details className="card brief-card" open>
                <summary className="eyebrow">The interviewer opens with</summary>
                {brief ? (
                  <Prose className="brief-text" text={brief.brief} />
                ) : (
                  <p className="muted">{opened.status === 'failed' ? 'The brief could not be loaded.' : 'Loading the brief…'}</p>
                )}
              </details>
              {!askFirst && ask}
              {state.status !== 'ended' && <Guidance state={state} />}
            </>
          }
          canvas={
            <>
              <CanvasPane key={id} sessionId={id} title={state.prompt.title} createdAt={state.createdAt} ended={state.status === 'ended'} />
              <Suspense fallback={<PadLoading />}>
                <EstimateDock key={`pad/${id}`} sessionId={id} state={state} badges={reviewBadges(review)} />
              </Suspense>
            </>
          }
          notes={state.status === 'ended' ? <NotesRecord state={state} sessionId={id} /> : <PhaseNotes sessionId={id} state={state} />}
        />
      )}
    </>
  );
}

/**
 * The canvas keeps this much width however wide the panels are dragged: Excalidraw's desktop
 * tools need 730 px (below it they fold into its phone layout), plus the pane's border.
 */
const CANVAS_MIN = 740;
const SPLITTER_WIDTH = 12;

/**
 * Three columns: the phase panel, the canvas in the middle taking what is left, and the
 * notes. Each side panel is resized (or folded away) against the canvas with a splitter.
 */
function Workspace({ side, canvas, notes }: { side: ReactNode; canvas: ReactNode; notes: ReactNode }) {
  const [sizes, update] = usePanelSizes();
  const grid = useRef<HTMLDivElement>(null);
  const [gridWidth, setGridWidth] = useState(0);

  useEffect(() => {
    const element = grid.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setGridWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The widths asked for, given up where the window is too narrow for them and the canvas.
  const { left, right, leftMax, rightMax } = fitPanels(gridWidth, sizes, PANEL_LIMITS, CANVAS_MIN, 2 * SPLITTER_WIDTH);

  const splitter = (which: PanelSide, label: string, width: number, max: number) => (
    <Splitter
      label={label}
      controls={`session-panel-${which}`}
      side={which}
      width={width}
      min={PANEL_LIMITS[which].min}
      max={max}
      collapsed={which === 'left' ? sizes.leftCollapsed : sizes.rightCollapsed}
      onResize={(w) => update((s) => ({ ...s, [which]: clampWidth(which, w), lastResized: which }))}
      onCollapse={(c) => update((s) => ({ ...s, [which === 'left' ? 'leftCollapsed' : 'rightCollapsed']: c }))}
    />
  );

  return (
    <div
      ref={grid}
      className="session-grid"
      style={{ '--left-width': `${left}px`, '--right-width': `${right}px`, '--splitter-width': `${SPLITTER_WIDTH}px` } as CSSProperties}
    >
      <aside id="session-panel-left" className="session-side" aria-label="Phase" hidden={sizes.leftCollapsed}>
        {side}
      </aside>
      {splitter('left', 'Resize the phase panel', left, leftMax)}
      <div className="session-canvas">{canvas}</div>
      {splitter('right', 'Resize the notes panel', right, rightMax)}
      <aside id="session-panel-right" className="session-notes" aria-label="Notes" hidden={sizes.rightCollapsed}>
        {notes}
      </aside>
    </div>
  );
}

function SessionTotal({ time, status }: { time: Timings; status: SessionState['status'] }) {
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

function Stepper({ phases, status }: { phases: PhaseTiming[]; status: SessionState['status'] }) {
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

function PhaseTimer({ state, time, busy, cue, now }: { state: SessionState; time: Timings; busy: boolean; cue: Cue | undefined; now: number }) {
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

function Guidance({ state }: { state: SessionState }) {
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

function EndedCard({ sessionId, state, time }: { sessionId: string; state: SessionState; time: Timings }) {
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

/** The pad's bar while its code loads. */
function PadLoading() {
  return (
    <div className="pad-dock-wrap">
      <div className="pad-dock pad-dock-loading">
        <div className="pad-bar">
          <h2 className="pad-title">Estimates</h2>
          <span className="muted">Loading…</span>
        </div>
      </div>
    </div>
  );
}

function ClockIcon() {
  return (
    <svg className="cue-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="13" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 9v4l2.5 2.5M9 2.5h6M19 5l1.5 1.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
