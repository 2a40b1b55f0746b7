import type { MouseEvent } from 'react';
import type { CriterionResult } from '../../shared/rubric/report';

const MAX = 4;

/** One bar per criterion on the 0 to 4 scale; the number is written beside every bar. */
export function CriteriaChart({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <section className="card criteria-chart" aria-labelledby="criteria-chart-title">
      <h2 id="criteria-chart-title" className="eyebrow">
        Score per criterion
      </h2>
      <ul className="chart-rows">
        {criteria.map((c) => (
          <li key={c.id} className={`chart-row score-${c.score}`}>
            <a className="chart-label" href={`#criterion-${c.id}`} onClick={(e) => jumpTo(e, c.id)}>
              {c.name}
            </a>
            <span className="chart-track" aria-hidden="true">
              {Array.from({ length: MAX - 1 }, (_, i) => (
                <span key={i} className="chart-tick" style={{ left: `${((i + 1) / MAX) * 100}%` }} />
              ))}
              <span className="chart-bar" style={{ width: `${(c.score / MAX) * 100}%` }} />
            </span>
            <span className="chart-value">
              {c.score}
              <span className="muted"> / {MAX}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The route lives in the hash, so an in-page link scrolls instead of navigating. */
function jumpTo(event: MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(`criterion-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
