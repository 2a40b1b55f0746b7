import { lazy, memo, Suspense, useCallback, useEffect, useMemo } from 'react';
import { eventsUpTo, stateAfter, type Mark } from '../../shared/replay';
import { clocksOf, type ReplayClocks } from '../../shared/replay/clocks';
import type { SessionState } from '../../shared/session/state';
import { NotesRecord } from '../notes/NotesRecord';
import { formatDate, formatUsed } from '../session/format';
import { selectRoute } from '../shell/navSlice';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { Moments } from './Moments';
import { keyAction, SPEEDS, timeAfter, type KeyAction } from './playback';
import { ReplayCanvas } from './ReplayCanvas';
import { selectReplayView, type ReplayData } from './replaySlice';
import { Timeline } from './Timeline';
import { usePlayback, type Playback } from './usePlayback';
import { ReplayTranscript } from '../voice/ReplayTranscript';
import { MAX_AUDIBLE_SPEED } from './replayAudio';
import { useRecordedRuns, useReplayAudio } from './useReplayAudio';
import { useReplayUrl } from './useReplayUrl';
import '../session/session.css';
import './replay.css';

// The pad's engine is big: it loads with the pad, as on the session screen.
const ReplayPad = lazy(() => import('./ReplayPad').then((m) => ({ default: m.ReplayPad })));

/** Playing re-renders every frame; the notes change only when an event is passed. */
const Notes = memo(NotesRecord);

/** The pill tells the moment shown, not the session now: an ended session's replay is mostly "running". */
const STATUS_AT: Record<SessionState['status'], string> = {
  ready: 'Not started at this moment',
  running: 'Clock running at this moment',
  paused: 'Paused at this moment',
  ended: 'Ended',
};

/** A recorded session played back: the timeline with its marks, and the session as it was at any moment. */
export function ReplayScreen({ id }: { id: string }) {
  const view = useAppStore(selectReplayView);

  useEffect(() => {
    void useAppStore.getState().loadReplay(id);
  }, [id]);

  const current = view?.id === id ? view : undefined;
  const title = current?.load.status === 'ready' ? current.load.value.replay.final.prompt.title : undefined;
  useEffect(() => {
    if (title) document.title = `Replay · ${title} · DesignDrill`;
    return () => void (document.title = 'DesignDrill');
  }, [title]);

  return (
    <section className="screen replay-screen" aria-labelledby="replay-title">
      {current?.load.status !== 'ready' && (
        <a className="back" href={routeHash({ name: 'session', id })}>
          ← Back to the session
        </a>
      )}
      {(!current || current.load.status === 'loading' || current.load.status === 'idle') && <p className="muted">Reading the session…</p>}
      {current?.load.status === 'failed' && (
        <Notice tone="error" title="This session cannot be replayed">
          {current.load.error}
        </Notice>
      )}
      {current?.load.status === 'ready' && <ReplayPlayer key={id} id={id} data={current.load.value} />}
    </section>
  );
}

function ReplayPlayer({ id, data }: { id: string; data: ReplayData }) {
  const { replay, evidence, interviewerNotes, evidenceProblem } = data;
  const durationMs = replay.durationMs;
  const route = useAppStore(selectRoute);
  const routeT = route.name === 'replay' && route.id === id ? route.t : undefined;
  const playback = usePlayback(durationMs, routeT ?? 0);
  const { t, seek, toggle } = playback;

  // A link to another moment of this replay (back, forward, an edited address) goes there.
  useEffect(() => {
    if (routeT !== undefined) seek(routeT);
  }, [route, routeT, seek]);
  useReplayUrl(id, t);
  const sound = useRecordedRuns(id);
  const audioRef = useReplayAudio(sound.runs, playback, durationMs);

  // Folded again only when the moment passes an event, from the nearest checkpoint.
  const count = eventsUpTo(replay, t);
  const state = useMemo(() => stateAfter(replay, count), [replay, count]);
  const clocks = clocksOf(state, t);

  const moments = useMemo(() => [...replay.marks, ...interviewerNotes].sort((a, b) => a.t - b.t), [replay, interviewerNotes]);
  const marks = useMemo(() => [...moments, ...evidence].sort((a, b) => a.t - b.t), [moments, evidence]);
  const reached = reachedCount(marks, t);

  const act = useCallback(
    (action: KeyAction) => {
      if (action.type === 'toggle') toggle();
      else seek(timeAfter(action, t, durationMs));
    },
    [toggle, seek, t, durationMs],
  );
  useReplayKeys(act);

  const final = replay.final;
  return (
    <>
      <div className="session-head">
        <div className="session-head-text">
          <a className="back" href={routeHash({ name: 'session', id })}>
            ← Back to the session
          </a>
          <h1 id="replay-title">
            <span className="replay-eyebrow">Replay</span> {final.prompt.title}
          </h1>
          <p className="session-meta">
            <span className={`status-pill status-${state.status}`}>{STATUS_AT[state.status]}</span>
            <span>{final.plan.name}</span>
            <span aria-hidden="true">·</span>
            <span>{formatDate(final.startedAt ?? final.createdAt)}</span>
            {final.status === 'ended' && (
              <>
                <span aria-hidden="true">·</span>
                <a href={routeHash({ name: 'report', id })}>Report</a>
              </>
            )}
          </p>
        </div>
        <Clocks clocks={clocks} />
      </div>

      {evidenceProblem && (
        <Notice tone="info" title="The rubric’s marks are not on the timeline">
          {evidenceProblem}
        </Notice>
      )}

      <div className="card replay-player">
        <Controls playback={playback} durationMs={durationMs} phaseTitle={clocks.phaseTitle} />
        <Timeline
          durationMs={durationMs}
          t={t}
          chapters={replay.chapters}
          marks={moments}
          evidence={evidence}
          speech={final.speech}
          phaseTitle={clocks.phaseTitle}
          onSeek={seek}
          onAction={act}
        />
        {sound.runs.map((run) => (
          <audio key={run.run} ref={audioRef(run.run)} className="replay-audio" data-run={run.run} src={run.url} preload="auto" />
        ))}
        {sound.runs.length > 0 && (
          <p className="muted replay-audio-note">
            {playback.speed > MAX_AUDIBLE_SPEED ? `Your recorded voice is silent above ${MAX_AUDIBLE_SPEED}×.` : 'The replay plays your recorded voice with it.'}
          </p>
        )}
        {sound.problem && <p className="muted replay-audio-note">{sound.problem}</p>}
        <ReplayTranscript sessionId={id} t={t} onSeek={seek} />
      </div>

      <div className="replay-grid">
        <aside className="replay-side" aria-label="Estimates and moments">
          <Suspense fallback={<p className="card replay-card muted">Loading the pad…</p>}>
            <ReplayPad pad={state.scratchpad} />
          </Suspense>
          <Moments marks={marks} reached={reached} onSeek={seek} />
        </aside>
        <div className="replay-canvas">
          <ReplayCanvas canvas={state.canvas} frame={final.canvas} />
        </div>
        <aside className="replay-notes" aria-label="Notes">
          <Notes state={state} sessionId={id} />
        </aside>
      </div>
    </>
  );
}

/** How many marks (in time order) are at or before `t`. */
function reachedCount(marks: readonly Mark[], t: number): number {
  let n = 0;
  while (n < marks.length && marks[n]!.t <= t) n++;
  return n;
}

function Clocks({ clocks }: { clocks: ReplayClocks }) {
  const over = clocks.phaseUsedMs > clocks.phasePlannedMs;
  return (
    <div className="session-total replay-clocks" role="group" aria-label="Clocks at this moment">
      <span className="session-total-label">{clocks.phaseTitle}</span>
      <span className={`session-total-value${over ? ' overtime' : ''}`} aria-label={`Phase: ${formatUsed(clocks.phaseUsedMs)} of ${formatUsed(clocks.phasePlannedMs)}`}>
        {formatUsed(clocks.phaseUsedMs)}
        <span className="replay-of"> / {formatUsed(clocks.phasePlannedMs)}</span>
      </span>
      <span className="session-total-sub" aria-label={`Session: ${formatUsed(clocks.sessionUsedMs)} of ${formatUsed(clocks.sessionPlannedMs)}`}>
        Session {formatUsed(clocks.sessionUsedMs)} of {formatUsed(clocks.sessionPlannedMs)}
      </span>
    </div>
  );
}

function Controls({ playback, durationMs, phaseTitle }: { playback: Playback; durationMs: number; phaseTitle: string }) {
  const { t, playing, speed, toggle, setSpeed } = playback;
  return (
    <div className="replay-controls">
      <button type="button" className="btn btn-primary replay-play" onClick={toggle} aria-keyshortcuts="Space">
        {playing ? <PauseIcon /> : <PlayIcon />}
        {playing ? 'Pause' : 'Play'}
      </button>
      <div className="replay-speeds" role="group" aria-label="Speed">
        {SPEEDS.map((s) => (
          <button key={s} type="button" className="replay-speed" aria-pressed={speed === s} onClick={() => setSpeed(s)}>
            {s}×
          </button>
        ))}
      </div>
      <span className="replay-time">
        <span className="replay-time-now">{formatUsed(t)}</span> / {formatUsed(durationMs)}
      </span>
      <span className="replay-phase">{phaseTitle}</span>
      <span className="replay-keys muted">
        <kbd>Space</kbd> play or pause · <kbd>←</kbd> <kbd>→</kbd> 5 s, with <kbd>Shift</kbd> 30 s · <kbd>Home</kbd> <kbd>End</kbd>
      </span>
    </div>
  );
}

/** The replay's keys, anywhere on the screen but in a text field or an open dialog. */
function useReplayKeys(act: (action: KeyAction) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      const action = keyAction(e.key, e.shiftKey);
      if (!action) return;
      // Space would also press the focused button, or scroll the page.
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);
}

function PlayIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 2.5v11l9-5.5z" fill="currentColor" />
    </svg>
  );
}

function PauseIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M4 2.5h3v11H4zM9 2.5h3v11H9z" fill="currentColor" />
    </svg>
  );
}
