import { memo } from 'react';
import type { Mark } from '../../shared/replay';
import { formatUsed } from '../session/format';

/** Which marks are told apart in the list, and how. */
const KIND_LABEL: Record<Mark['kind'], string> = {
  start: 'Start',
  question: 'Asked',
  note: 'Note',
  estimate: 'Estimate',
  pause: 'Pause',
  resume: 'Resume',
  extend: 'Time',
  cue: 'Cue',
  end: 'End',
  evidence: 'Rubric',
  inote: 'Partner note',
  interviewer: 'Partner',
};

/**
 * Every mark of the timeline as a list, in time order: the keyboard's way to a moment, and a
 * place to read the labels in full. The last one reached is marked as current.
 */
export const Moments = memo(function Moments({ marks, reached, onSeek }: { marks: readonly Mark[]; reached: number; onSeek(t: number): void }) {
  return (
    <details className="card replay-card replay-moments" open>
      <summary className="eyebrow">Moments</summary>
      {marks.length === 0 ? (
        <p className="muted">Nothing was marked in this session.</p>
      ) : (
        <ol className="moment-list">
          {marks.map((m, i) => (
            <li key={`${m.kind}/${m.ref ?? ''}/${m.t}/${i}`} className={i < reached ? 'moment-past' : undefined}>
              <button
                type="button"
                className={`moment${m.positive === undefined ? '' : m.positive ? ' moment-for' : ' moment-against'}${m.kind === 'inote' || m.kind === 'interviewer' ? ' moment-wide-kind' : ''}`}
                aria-current={i === reached - 1 ? 'true' : undefined}
                onClick={() => onSeek(m.t)}
              >
                <span className="moment-time">{formatUsed(m.t)}</span>
                <span className="moment-kind">{KIND_LABEL[m.kind]}</span>
                <span className="moment-label">{m.label}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
});
