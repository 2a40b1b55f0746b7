import type { InterviewerMessage } from '../../shared/session/state';
import { formatUsed } from '../session/format';

const KIND: Record<InterviewerMessage['kind'], string> = {
  answer: 'Answer',
  hint: 'Hint',
  nudge: 'Nudge',
  curveball: 'Curveball',
  clock: 'Clock',
};

/** What the candidate has been shown so far, newest first: the same list their screen holds. */
export function SentList({ messages }: { messages: readonly InterviewerMessage[] }) {
  return (
    <section className="console-section" aria-labelledby="console-sent">
      <h3 id="console-sent">Sent to the candidate</h3>
      {messages.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        <ol className="console-sent" reversed>
          {[...messages].reverse().map((m) => (
            <li key={m.seq}>
              <span className="console-time">{formatUsed(m.t)}</span>
              <span className={`console-kind console-kind-${m.kind}`}>{KIND[m.kind]}</span>
              <span className="console-sent-text">
                {m.question && <span className="muted">Q: {m.question} · </span>}
                {m.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
