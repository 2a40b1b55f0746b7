import type { PairingScores } from '../../shared/bridge/contract';
import { DISAGREEMENT } from '../../shared/pairing/scores';
import type { Report } from '../../shared/rubric/report';
import type { ReportViewer } from '../report/reportSlice';
import { scoreRows } from './scoreRows';
import './pairing.css';

const shown = (score: number | null) => (score === null ? '—' : String(score));

/** The columns' names, from where the reader sits. */
const HEADS: Record<ReportViewer, { title: string; self: string; interviewer: string }> = {
  candidate: { title: 'You, your partner and the rubric', self: 'You', interviewer: 'Partner' },
  interviewer: { title: 'The candidate, you and the rubric', self: 'Candidate', interviewer: 'You' },
};

/** The candidate's, the partner's and the rubric's score per criterion, far-apart rows marked. */
export function ScoresSideBySide({ criteria, pairing, viewer = 'candidate' }: { criteria: Report['criteria']; pairing: PairingScores; viewer?: ReportViewer }) {
  const rows = scoreRows(criteria, pairing);
  const apart = rows.filter((r) => r.differ).length;
  const heads = HEADS[viewer];
  return (
    <section className="card report-section side-by-side" aria-labelledby="side-by-side-title">
      <h2 id="side-by-side-title">{heads.title}</h2>
      <p className="muted">
        {pairing.self === null
          ? 'The candidate has not scored themselves yet: their column fills in once they have.'
          : apart === 0
          ? `No criterion has scores ${DISAGREEMENT} or more levels apart.`
          : `${apart === 1 ? 'One criterion has' : `${apart} criteria have`} scores ${DISAGREEMENT} or more levels apart: worth talking through together.`}
      </p>
      <div className="side-by-side-wrap">
        <table className="side-by-side-table">
          <caption>Scores side by side</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">{heads.self}</th>
              <th scope="col">{heads.interviewer}</th>
              <th scope="col">Automatic</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.differ ? 'differ' : undefined}>
                <th scope="row">
                  {r.name}
                  {r.differ && (
                    <span className="differ-mark">
                      <span aria-hidden="true">▲ </span>differ by {DISAGREEMENT} or more
                    </span>
                  )}
                </th>
                <td>{shown(r.self)}</td>
                <td>{shown(r.interviewer)}</td>
                <td>{shown(r.automatic)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
