import { useEffect, useMemo, useState } from 'react';
import { segmentAt, type TranscriptFile } from '../../shared/voice/transcript';
import { call } from '../bridge/bridge';
import { formatUsed } from '../session/format';
import './voice.css';

/** Hits shown at most: a common word in a long session would fill the screen. */
const MAX_HITS = 50;

/**
 * The transcript in the replay: the line said at the playhead, and a search whose hits seek
 * there when clicked. Nothing for a session without a transcript.
 */
export function ReplayTranscript({ sessionId, t, onSeek }: { sessionId: string; t: number; onSeek(t: number): void }) {
  const [transcript, setTranscript] = useState<TranscriptFile | undefined>(undefined);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    call('transcript.get', { id: sessionId }).then(
      ({ transcript: found }) => live && setTranscript(found),
      // The replay stands without it; the report says when the transcript cannot be read.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [sessionId]);
  const hits = useMemo(() => {
    const words = query.trim().toLowerCase();
    if (!transcript || !words) return [];
    return transcript.segments.filter((s) => s.text.toLowerCase().includes(words));
  }, [transcript, query]);
  if (!transcript) return null;
  const line = segmentAt(transcript.segments, t);
  return (
    <section className="replay-transcript" aria-label="Transcript">
      <p className="transcript-line" aria-live="off" data-testid="transcript-line">
        {line ? `“${line.text}”` : <span className="muted">No words here.</span>}
      </p>
      <div className="transcript-search">
        <label>
          Search the transcript <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} spellCheck={false} />
        </label>
        {query.trim() && <span className="muted">{hits.length === 0 ? 'not said' : `${hits.length} hit${hits.length === 1 ? '' : 's'}`}</span>}
      </div>
      {hits.length > 0 && (
        <ol className="transcript-hits" aria-label="Transcript hits">
          {hits.slice(0, MAX_HITS).map((s) => (
            <li key={s.start}>
              <button type="button" className="linklike transcript-seek" onClick={() => onSeek(s.start)}>
                {formatUsed(s.start)}
              </button>{' '}
              {s.text}
            </li>
          ))}
        </ol>
      )}
      <p className="muted transcript-note">Transcribed offline; it may be inaccurate.</p>
    </section>
  );
}
