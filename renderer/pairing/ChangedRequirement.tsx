import type { InterviewerMessage } from '../../shared/session/state';
import { formatUsed } from '../session/format';
import './pairing.css';

/**
 * The requirements the interviewer changed (curveballs), above the work for the rest of the
 * session: the design has to answer them, so they must not scroll out of sight with the feed.
 */
export function ChangedRequirement({ messages }: { messages: readonly InterviewerMessage[] }) {
  const changes = messages.filter((m) => m.kind === 'curveball').reverse();
  if (changes.length === 0) return null;
  return (
    <section className="changed-requirement" aria-label="Changed requirement">
      <h2 className="changed-title">
        {changes.length === 1 ? 'Changed requirement' : 'Changed requirements'}
      </h2>
      <ul className="changed-list">
        {changes.map((m) => (
          <li key={m.seq}>
            <span className="changed-text">{m.text}</span> <span className="changed-time">at {formatUsed(m.t)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
