import { lazy, Suspense, useEffect } from 'react';
import { formatClock, timings } from '../../shared/session/clock';
import { awaitsSelfScores, type SessionState } from '../../shared/session/state';
import { selectOpenedPrompt } from '../home/promptsSlice';
import { selectChime } from '../settings/settingsSlice';
import { selectConnection } from '../shell/connectionSlice';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { CanvasPane } from '../canvas/CanvasPane';
import { EstimateReviewCard, reviewBadges, useEstimateReview } from '../estimate/EstimateReview';
import { InterviewerPanel, isClarifying } from '../interviewer/InterviewerPanel';
import { NotesRecord } from '../notes/NotesRecord';
import { PhaseNotes } from '../notes/PhaseNotes';
import { ChangedRequirement } from '../pairing/ChangedRequirement';
import { InterviewerFeed } from '../pairing/InterviewerFeed';
import { OpenConsole } from '../pairing/OpenConsole';
import { InvitePartner } from '../pairing/InvitePartner';
import { SelfAssessment } from '../pairing/SelfAssessment';
import { Notice } from '../ui/Notice';
import { Prose } from '../ui/Prose';
import { formatUsed } from './format';
import { selectSession, selectSessionBusy, selectSessionError } from './sessionSlice';
import { usePhaseCues } from './usePhaseCues';
import { useNow } from './useNow';
import { RecordVoice } from '../voice/useVoiceRecording';
import { VoiceBadge } from '../voice/VoiceBadge';
import { TalkMeter } from '../voice/TalkMeter';
import { Workspace } from './Workspace';
import { SessionTotal, Stepper, PhaseTimer, ClockIcon } from './PhaseClock';
import { Guidance, EndedCard } from './SessionCards';
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
  const awaitsScores = awaitsSelfScores(state);
  // Only once the session has ended: the prompt's figures are the interviewer's.
  const review = useEstimateReview(id, state.status === 'ended' && !awaitsScores);

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
  // A partner on another computer: offered while the session is under way, never on by itself.
  const invitePartner = paired && state.status !== 'ended' ? <InvitePartner key={`invite/${id}`} sessionId={id} /> : null;
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
            <TalkMeter state={state} />
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

      {awaitsScores ? (
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
              {invitePartner}
              {state.status === 'ready' && feed}
              <details className="card brief-card" open>
                <summary className="eyebrow">The brief</summary>
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

