import type { Report } from '../../shared/rubric/report';
import { formatUsed } from '../session/format';

/** Planned against used time per phase, drawn to one scale so the phases compare. */
export function PhaseChart({ phases }: { phases: Report['phases'] }) {
  const longest = Math.max(1, ...phases.flatMap((p) => [p.plannedMs, p.usedMs]));
  const width = (ms: number) => `${(ms / longest) * 100}%`;
  return (
    <section className="card time-chart" aria-labelledby="time-chart-title">
      <h2 id="time-chart-title" className="eyebrow">
        Time per phase
      </h2>
      <p className="time-legend muted" aria-hidden="true">
        <span className="legend-swatch legend-planned" /> planned <span className="legend-swatch legend-used" /> used
      </p>
      <ul className="time-rows">
        {phases.map((p) => {
          const over = p.usedMs - p.plannedMs;
          return (
            <li key={p.id} className={`time-row${over > 0 ? ' time-over' : ''}`}>
              <span className="time-name">{p.title}</span>
              <span className="time-bars" aria-hidden="true">
                <span className="time-bar time-bar-planned" style={{ width: width(p.plannedMs) }} />
                <span className="time-bar time-bar-used" style={{ width: width(p.usedMs) }} />
              </span>
              <span className="time-values">
                {formatUsed(p.usedMs)} <span className="muted">of {formatUsed(p.plannedMs)}</span>
                {over >= 1000 && <span className="time-over-by"> +{formatUsed(over)} over</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
