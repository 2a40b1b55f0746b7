import { Band, type Report } from '../../shared/rubric/report';
import { LEVEL_EXPECTS, LEVEL_LABEL } from '../../shared/session/level';

export const BAND_LABEL: Record<Band, string> = {
  'strong no hire': 'Strong no hire',
  'no hire': 'No hire',
  'lean no hire': 'Lean no hire',
  'lean hire': 'Lean hire',
  hire: 'Hire',
  'strong hire': 'Strong hire',
};

/** Colour follows the verdict: red below the line, amber at it, green above. */
export const BAND_TONE: Record<Band, 'low' | 'mid' | 'high'> = {
  'strong no hire': 'low',
  'no hire': 'low',
  'lean no hire': 'mid',
  'lean hire': 'mid',
  hire: 'high',
  'strong hire': 'high',
};

/** The verdict, big, for the level practised, with the six bands in order around it. */
export function BandCard({ report }: { report: Report }) {
  return (
    <section className={`card band-card band-${BAND_TONE[report.band]}`} aria-labelledby="report-band">
      <p className="eyebrow">Overall, for {LEVEL_LABEL[report.level]}</p>
      <p id="report-band" className="band-value">
        {BAND_LABEL[report.band]}
      </p>
      <p className="band-overall">
        <strong>{report.overall.toFixed(1)}</strong> of 4, the weighted mean of {report.criteria.length} criteria
      </p>
      <ol className="band-scale" aria-label="Bands, lowest first">
        {Band.options.map((band) => (
          <li key={band} className={band === report.band ? 'band-step band-step-current' : 'band-step'} aria-current={band === report.band ? 'true' : undefined}>
            {BAND_LABEL[band]}
          </li>
        ))}
      </ol>
      <p className="band-expects muted">
        {LEVEL_LABEL[report.level]}: {LEVEL_EXPECTS[report.level]}
      </p>
    </section>
  );
}
