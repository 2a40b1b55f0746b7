import { memo, useMemo } from 'react';
import { evaluatePad } from '../../shared/estimate/evaluate';
import type { Scratchpad } from '../../shared/estimate/pad';
import { powerPlain, powerText } from '../estimate/format';
import { TAG_SHORT } from '../estimate/tags';
import '../estimate/estimate.css';

/**
 * The estimation pad as it stood, worked out again by the same engine: each line with its
 * result (or its error), then the conclusions. Blank lines are left out; numbers keep their
 * place so they match the live pad's.
 */
export const ReplayPad = memo(function ReplayPad({ pad }: { pad: Scratchpad }) {
  const results = useMemo(() => evaluatePad(pad.lines), [pad]);
  const rows = pad.lines.map((line, i) => ({ line, result: results[i], n: i + 1 })).filter(({ line }) => line.text.trim() !== '');
  return (
    <section className="card replay-card replay-pad" aria-labelledby="replay-pad-title">
      <h2 id="replay-pad-title" className="eyebrow">
        Estimates
      </h2>
      {rows.length === 0 ? (
        <p className="muted">Nothing on the pad yet.</p>
      ) : (
        <ol className="replay-pad-lines" aria-label="Estimation pad">
          {rows.map(({ line, result, n }) => (
            <li key={line.id} className={`replay-pad-line replay-pad-${result?.kind ?? 'blank'}`}>
              <span className="replay-pad-n" aria-hidden="true">
                {n}
              </span>
              <code className="replay-pad-text">{line.text}</code>
              {result?.kind === 'value' && (
                <span className="replay-pad-result">
                  <span className="replay-pad-value">= {result.quantity.display}</span>{' '}
                  <span className="replay-pad-power" aria-label={powerPlain(result.quantity.power)}>
                    {powerText(result.quantity.power)}
                  </span>
                  {result.tag && <span className="pad-chip pad-chip-static">{TAG_SHORT[result.tag]}</span>}
                </span>
              )}
              {result?.kind === 'error' && <span className="replay-pad-error">{result.message}</span>}
            </li>
          ))}
        </ol>
      )}
      {pad.conclusions.length > 0 && (
        <>
          <h3 className="replay-subtitle">So what it decides</h3>
          <ul className="replay-conclusions" aria-label="Conclusions">
            {pad.conclusions.map((c) => (
              <li key={c.id}>→ {c.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
