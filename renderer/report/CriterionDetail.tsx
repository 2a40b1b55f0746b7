import type { CriterionResult, Evidence, NotCounted } from '../../shared/rubric/report';
import { formatUsed } from '../session/format';
import { routeHash } from '../shell/route';
import { TIP_LABEL } from './markdown';

/** What the person wrote or asked is quoted; what the rubric observed or missed is not. */
const QUOTED: ReadonlySet<Evidence['kind']> = new Set(['note', 'estimate', 'conclusion', 'question']);

/** A piece of evidence with a moment links to the replay at that moment (`replay`: where the replay can be opened). */
function EvidenceLine({ evidence, sessionId, replay }: { evidence: Evidence; sessionId: string; replay: boolean }) {
  return (
    <li className={`evidence evidence-${evidence.positive ? 'for' : 'against'}`}>
      <span className="evidence-sign" aria-hidden="true">
        {evidence.positive ? '+' : '−'}
      </span>
      <span className="visually-hidden">{evidence.positive ? 'Counts for: ' : 'Counts against: '}</span>
      <MomentLink t={evidence.t} sessionId={sessionId} replay={replay} />
      <span className="evidence-text">{QUOTED.has(evidence.kind) ? <q>{evidence.text}</q> : evidence.text}</span>
    </li>
  );
}

/** The moment of a line, linked to the replay there when it can be opened. */
function MomentLink({ t, sessionId, replay }: { t: number | null; sessionId: string; replay: boolean }) {
  if (t === null) return <span className="evidence-time" />;
  if (!replay) return <span className="evidence-time">{formatUsed(t)}</span>;
  return (
    <a className="evidence-time" href={routeHash({ name: 'replay', id: sessionId, t })} title="Replay the session from this moment" aria-label={`Replay at ${formatUsed(t)}`}>
      {formatUsed(t)}
    </a>
  );
}

/** What was written that earned nothing here, each with why: shown only when there is some. */
function NotCountedList({ items, name, sessionId, replay }: { items: readonly NotCounted[]; name: string; sessionId: string; replay: boolean }) {
  return (
    <details className="not-counted" open={items.length <= 3}>
      <summary>
        <span className="not-counted-label">Not counted</span> <span className="muted">({items.length})</span>
      </summary>
      <ul className="not-counted-list" aria-label={`Not counted for ${name}`}>
        {items.map((item, i) => (
          <li key={`${item.ref ?? ''}/${i}`} className="not-counted-item">
            <MomentLink t={item.t} sessionId={sessionId} replay={replay} />
            <span>
              <q className="not-counted-text">{item.text}</q> <span className="muted">·</span> <span className="not-counted-reason">{item.reason}</span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A criterion's score, the descriptor of the level reached, its evidence, what was not counted and the tip. */
export function CriterionDetail({ criterion, sessionId, replay = true }: { criterion: CriterionResult; sessionId: string; replay?: boolean }) {
  const { id, name, score, weight, descriptor, evidence, tip, notCounted = [] } = criterion;
  return (
    <article id={`criterion-${id}`} className="card criterion" aria-labelledby={`criterion-${id}-title`}>
      <header className="criterion-head">
        <h3 id={`criterion-${id}-title`}>{name}</h3>
        <span className={`criterion-score score-${score}`}>
          {score} <span className="muted">/ 4</span>
        </span>
      </header>
      <p className="criterion-descriptor">
        {descriptor}
        {weight !== 1 && <span className="muted"> · weight ×{weight}</span>}
      </p>
      {evidence.length === 0 ? (
        <p className="muted">Nothing in the session spoke to this.</p>
      ) : (
        <ul className="evidence-list" aria-label={`Evidence for ${name}`}>
          {evidence.map((e, i) => (
            <EvidenceLine key={`${e.ref ?? ''}/${i}`} evidence={e} sessionId={sessionId} replay={replay} />
          ))}
        </ul>
      )}
      {notCounted.length > 0 && <NotCountedList items={notCounted} name={name} sessionId={sessionId} replay={replay} />}
      {tip && score < 4 && (
        <p className="criterion-tip">
          <span className="criterion-tip-label">{TIP_LABEL}</span> {tip}
        </p>
      )}
    </article>
  );
}
