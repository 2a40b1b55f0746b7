import { useMemo } from 'react';
import type { ReferenceFigure } from '../../shared/schemas/prompt';
import type { Scratchpad } from '../../shared/estimate/pad';
import { liveEstimates, type ShownEstimate } from './estimates';

const VERDICT: Record<NonNullable<ShownEstimate['verdict']>, string> = {
  fine: 'close',
  warning: 'off',
  flagged: 'far off',
};

/** The prompt's reference figures with the candidate's named estimates beside them, as the pad stands now. */
export function EstimatesBeside({ figures, scratchpad }: { figures: readonly ReferenceFigure[]; scratchpad: Scratchpad }) {
  const { rows, unmatched } = useMemo(() => liveEstimates(scratchpad.lines, figures), [scratchpad.lines, figures]);
  return (
    <section className="console-section" aria-labelledby="console-figures">
      <h3 id="console-figures">Reference figures and the candidate’s estimates</h3>
      {figures.length === 0 ? (
        <p className="muted">This prompt holds no reference figures.</p>
      ) : (
        <table className="console-table">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Reference</th>
              <th scope="col">Candidate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ figure, estimates }, i) => (
              <tr key={i}>
                <th scope="row">
                  {figure.name}
                  {figure.note && <span className="console-figure-note">{figure.note}</span>}
                </th>
                <td>
                  <code>{figure.value}</code>
                </td>
                <td>{estimates.length === 0 ? <span className="muted">{figure.estimate ? 'not yet' : '—'}</span> : <EstimateList estimates={estimates} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unmatched.length > 0 && (
        <p className="console-unmatched">
          Other named estimates: <EstimateList estimates={unmatched} />
        </p>
      )}
    </section>
  );
}

function EstimateList({ estimates }: { estimates: readonly ShownEstimate[] }) {
  return (
    <span className="console-estimates">
      {estimates.map((e, i) => (
        <span key={i} className={`console-estimate${e.verdict ? ` console-verdict-${e.verdict}` : ''}`} title={e.message}>
          {e.name && <span className="muted">{e.name} = </span>}
          {e.display}
          {e.verdict && <span className="console-verdict"> ({VERDICT[e.verdict]})</span>}
        </span>
      ))}
    </span>
  );
}
