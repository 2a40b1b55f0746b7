import type { CriterionResult, Evidence } from '../../shared/rubric/report';
import { formatUsed } from '../session/format';
import { routeHash } from '../shell/route';

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
      {evidence.t === null ? (
        <span className="evidence-time" />
      ) : !replay ? (
        <span className="evidence-time">{formatUsed(evidence.t)}</span>
      ) : (
        <a className="evidence-time" href={routeHash({ name: 'replay', id: sessionId, t: evidence.t })} title="Replay the session from this moment" aria-label={`Replay at ${formatUsed(evidence.t)}`}>
          {formatUsed(evidence.t)}
        </a>
      )}
      <span className="evidence-text">{QUOTED.has(evidence.kind) ? <q>{evidence.text}</q> : evidence.text}</span>
    </li>
  );
}

/** A criterion's score, the descriptor of the level reached, its evidence and the tip. */
export function CriterionDetail({ criterion, sessionId, replay = true }: { criterion: CriterionResult; sessionId: string; replay?: boolean }) {
  const { id, name, score, weight, descriptor, evidence, tip } = criterion;
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
      {tip && (
        <p className="criterion-tip">
          <span className="criterion-tip-label">Next time</span> {tip}
        </p>
      )}
    </article>
  );
}
