import { useId, useState } from 'react';
import type { InterviewerMessage } from '../../shared/session/state';
import { formatUsed } from '../session/format';
import './pairing.css';

/**
 * The requirements the partner changed (curveballs), in the session's head for the rest
 * of the session: the design has to answer them, so they must not scroll out of sight with
 * the feed, and they must not push the canvas down either. Folded, it keeps one line; a new
 * change unfolds it again.
 */
export function ChangedRequirement({ messages }: { messages: readonly InterviewerMessage[] }) {
  const changes = messages.filter((m) => m.kind === 'curveball').reverse();
  const latest = changes[0]?.seq ?? 0;
  const [foldedAt, setFoldedAt] = useState<number>();
  const listId = useId();
  if (changes.length === 0) return null;
  const folded = foldedAt !== undefined && foldedAt >= latest;
  return (
    <div className="changed-slot">
      <section className={`changed-requirement${folded ? ' changed-folded' : ''}`} aria-label="Changed requirement">
        <div className="changed-head">
          <h2 className="changed-title">
            {changes.length === 1 ? 'Changed requirement' : `Changed requirements (${changes.length})`}
          </h2>
          <button
            type="button"
            className="btn btn-small btn-quiet changed-fold"
            aria-expanded={!folded}
            aria-controls={listId}
            onClick={() => setFoldedAt(folded ? undefined : latest)}
          >
            {folded ? 'Show' : 'Hide'}
          </button>
        </div>
        <ul id={listId} className="changed-list" hidden={folded}>
          {changes.map((m) => (
            <li key={m.seq}>
              <span className="changed-text">{m.text}</span> <span className="changed-time">at {formatUsed(m.t)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
