import { useEffect, useState } from 'react';
import type { TranscriptEngineInfo, TranscriptFile } from '../../shared/voice/transcript';
import { spokenClaims } from '../../shared/voice/spokenClaims';
import { call, describeError } from '../bridge/bridge';
import { formatUsed } from '../session/format';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { EngineList } from './EngineList';
import './voice.css';
import { cancelTranscript, loadTranscriptView, transcribeSession } from './transcription';

/**
 * The report's transcript of a recorded session: its progress with a cancel button while an
 * engine works, a button to run it (again), the figures said aloud as spoken evidence, and how
 * to install an engine when there is none. Nothing for a session without audio.
 */
export function TranscriptPanel({ sessionId }: { sessionId: string }) {
  const view = useAppStore((s) => s.transcripts[sessionId]);
  const [recorded, setRecorded] = useState(false);
  const [transcript, setTranscript] = useState<TranscriptFile | undefined>(undefined);
  const [engines, setEngines] = useState<{ engines: TranscriptEngineInfo[]; use?: string } | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    call('audio.list', { id: sessionId }).then(
      ({ runs }) => live && setRecorded(runs.length > 0),
      () => {},
    );
    call('transcript.engines', {}).then(
      (found) => live && setEngines(found),
      () => {},
    );
    void loadTranscriptView(sessionId).catch((error: unknown) => live && setProblem(describeError(error)));
    return () => {
      live = false;
    };
  }, [sessionId]);

  // Read again whenever a job ends, so a finished transcript shows at once.
  const finished = view?.state === 'done' ? view.segments : -1;
  useEffect(() => {
    let live = true;
    call('transcript.get', { id: sessionId }).then(
      ({ transcript: found }) => live && setTranscript(found),
      (error: unknown) => live && setProblem(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [sessionId, finished]);

  if (!recorded) return null;
  const busy = view?.state === 'preparing' || view?.state === 'running';
  const claims = transcript ? spokenClaims(transcript.segments) : [];
  return (
    <section className="card report-section transcript-card" aria-labelledby="transcript-title">
      <h2 id="transcript-title" className="eyebrow">
        Transcript
      </h2>
      {problem && <p className="error-text">{problem}</p>}
      {busy && (
        <div className="transcript-progress">
          <label>
            {view.state === 'preparing' ? 'Preparing the recording…' : 'Transcribing…'}
            <progress max={1} value={view.fraction} aria-label="Transcript progress" />
          </label>
          <button type="button" className="btn btn-small" onClick={() => void cancelTranscript(sessionId)}>
            Cancel
          </button>
        </div>
      )}
      {view?.state === 'failed' && <p className="error-text">The transcript failed: {view.message}</p>}
      {view?.state === 'cancelled' && <p className="muted">The transcript was cancelled.</p>}
      {transcript && !busy && (
        <p>
          {transcript.segments.length} stretch{transcript.segments.length === 1 ? '' : 'es'} of speech transcribed by {transcript.engine === 'whisper' ? 'whisper.cpp' : 'PocketSphinx'}.{' '}
          <a href={routeHash({ name: 'replay', id: sessionId })}>Read it in the replay</a>.
        </p>
      )}
      {!transcript && !busy && view?.state !== 'failed' && <p className="muted">This recording has no transcript yet.</p>}
      {engines && engines.use === undefined && (
        <>
          <p>No transcript engine is installed. DesignDrill works with these, both offline:</p>
          <EngineList engines={engines.engines} />
        </>
      )}
      {engines?.use !== undefined && !busy && (
        <button type="button" className="btn btn-small" onClick={() => void transcribeSession(sessionId)}>
          {transcript ? 'Transcribe again' : 'Transcribe'}
        </button>
      )}
      {claims.length > 0 && (
        <>
          <h3>Figures you said aloud</h3>
          <p className="muted">Spoken (transcribed, may be inaccurate): shown beside the score as evidence, never counted against you.</p>
          <ul className="spoken-claims" aria-label="Figures said aloud">
            {claims.map((c) => (
              <li key={c.t}>
                <a href={routeHash({ name: 'replay', id: sessionId, t: c.t })}>{formatUsed(c.t)}</a> <strong>{c.figure}</strong> — “{c.text}” <span className="muted">(spoken, transcribed)</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
