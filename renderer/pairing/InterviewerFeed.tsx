import { useState } from 'react';
import type { InterviewerMessage } from '../../shared/session/state';
import { formatUsed } from '../session/format';
import './pairing.css';

const KIND_LABEL: Record<InterviewerMessage['kind'], string> = {
  answer: 'Answer',
  hint: 'Hint',
  nudge: 'Nudge',
  curveball: 'Changed requirement',
  clock: 'Clock',
};

/**
 * What the person interviewing sent, newest first, with the session-clock time it came at.
 * Messages that arrive while it is on screen are read out (politely) and lit up for a moment;
 * the ones already there when it opened are not, so coming back to a session is quiet.
 */
export function InterviewerFeed({ messages }: { messages: readonly InterviewerMessage[] }) {
  // Kept from the first render: what was there on opening stays quiet.
  const [seenBefore] = useState(() => messages.reduce((last, m) => Math.max(last, m.seq), 0));
  const newestFirst = [...messages].reverse();
  return (
    <section className="card feed-card" aria-label="From your partner">
      <h2 className="eyebrow">From your partner</h2>
      {messages.length === 0 && <p className="muted feed-empty">Answers, hints and changed requirements from your partner show up here.</p>}
      <ol className="feed-list" aria-live="polite" aria-relevant="additions text">
        {newestFirst.map((m) => (
          <li key={m.seq} className={`feed-item feed-${m.kind}${m.seq > seenBefore ? ' feed-new' : ''}`}>
            <p className="feed-meta">
              <span className="feed-kind">{KIND_LABEL[m.kind]}</span>
              <span className="feed-time">at {formatUsed(m.t)}</span>
            </p>
            {m.kind === 'answer' && m.question && <p className="feed-question">Q: {m.question}</p>}
            <p className="feed-text">{m.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
