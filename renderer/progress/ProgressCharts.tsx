import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressEntry } from '../../shared/bridge/contract';
import type { Band, CriterionId } from '../../shared/rubric/report';
import { LEVEL_LABEL } from '../../shared/session/level';
import { formatUsed } from '../session/format';
import { bandAreas, bandLabel, criteriaOf, criterionSeries, overallSeries, overallSummary, phaseUse, shadedLevel } from './chartData';

/** Shading of each band behind the overall score: the report's red, amber and green. */
const BAND_FILL: Record<Band, string> = {
  'strong no hire': 'var(--hard-bg)',
  'no hire': 'var(--hard-bg)',
  'lean no hire': 'var(--medium-bg)',
  'lean hire': 'var(--medium-bg)',
  hire: 'var(--easy-bg)',
  'strong hire': 'var(--easy-bg)',
};

const AXIS = { stroke: 'var(--border)', tick: { fill: 'var(--muted)', fontSize: 12 } } as const;
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' },
  labelStyle: { color: 'var(--muted)' },
} as const;

const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dateLabel = (at: number) => shortDate.format(new Date(at));
/** Numbered, because several sessions often end on one day. */
const tickLabel = (n: number, at: number | undefined) => (at === undefined ? '' : `#${n} · ${dateLabel(at)}`);

/**
 * The three progress charts. Each is drawn for the eye and hidden from screen readers,
 * which get the sentence under it and its table instead (the sessions table for the first).
 */
export default function ProgressCharts({ entries }: { entries: readonly ProgressEntry[] }) {
  return (
    <>
      <OverallChart entries={entries} />
      <div className="progress-pair">
        <CriterionChart entries={entries} />
        <PhaseChart entries={entries} />
      </div>
    </>
  );
}

function OverallChart({ entries }: { entries: readonly ProgressEntry[] }) {
  const points = overallSeries(entries, dateLabel);
  const level = shadedLevel(entries)!;
  const mixed = entries.some((e) => e.level !== level);
  return (
    <section className="card progress-chart" aria-labelledby="overall-chart-title">
      <h2 id="overall-chart-title">Overall score</h2>
      <p className="muted progress-chart-note">
        0 to 4, with the bands for {LEVEL_LABEL[level]} shaded behind{mixed ? ` (the level practised most; other levels’ sessions have their own band in the table)` : ''}.
      </p>
      <div className="progress-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 96, bottom: 4, left: -16 }}>
            {bandAreas(level).map((area) => (
              <ReferenceArea
                key={area.band}
                y1={area.from}
                y2={area.to}
                fill={BAND_FILL[area.band]}
                fillOpacity={1}
                stroke="none"
                ifOverflow="hidden"
                label={{ value: bandLabel(area.band), position: 'right', fill: 'var(--muted)', fontSize: 11 }}
              />
            ))}
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="n" {...AXIS} tickFormatter={(n: number) => tickLabel(n, entries[n - 1]?.endedAt)} />
            <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} {...AXIS} />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={(n) => `Session ${String(n)}, ${points[Number(n) - 1]?.label ?? ''}`}
              formatter={(value, _name, item) => [`${Number(value).toFixed(2)} (${bandLabel((item.payload as { band: Band }).band)})`, 'Overall']}
            />
            <Line type="linear" dataKey="overall" stroke="var(--accent)" strokeWidth={2.5} dot={{ r: 4, fill: 'var(--accent)' }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="progress-summary">{overallSummary(points)}</p>
    </section>
  );
}

function CriterionChart({ entries }: { entries: readonly ProgressEntry[] }) {
  const criteria = criteriaOf(entries);
  const [chosen, setChosen] = useState<CriterionId>(criteria[0]?.id ?? 'scope');
  const criterion = criteria.find((c) => c.id === chosen) ?? criteria[0];
  if (!criterion) return null;
  const series = criterionSeries(entries, criterion.id);
  const scores = series.map((p) => (p.score === null ? 'not scored' : String(p.score)));
  return (
    <section className="card progress-chart" aria-labelledby="criterion-chart-title">
      <div className="progress-chart-head">
        <h2 id="criterion-chart-title">Score per criterion</h2>
        <label className="progress-select">
          <span>Criterion</span>
          <select className="input" value={criterion.id} onChange={(e) => setChosen(e.target.value as CriterionId)}>
            {criteria.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="progress-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={series} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="n" {...AXIS} tickFormatter={(n: number) => tickLabel(n, entries[n - 1]?.endedAt)} />
            <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} allowDecimals={false} {...AXIS} />
            <Tooltip {...TOOLTIP} labelFormatter={(n) => `Session ${String(n)}`} formatter={(value) => [`${String(value)} of 4`, criterion.name]} />
            <Line type="linear" dataKey="score" stroke="var(--accent)" strokeWidth={2.5} dot={{ r: 4, fill: 'var(--accent)' }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="progress-summary">
        {criterion.name}, session by session: {scores.join(', ')} (of 4).
      </p>
    </section>
  );
}

function PhaseChart({ entries }: { entries: readonly ProgressEntry[] }) {
  const rows = phaseUse(entries);
  const over = rows.filter((r) => r.percent > 110).map((r) => r.label);
  const under = rows.filter((r) => r.percent < 75).map((r) => r.label);
  return (
    <section className="card progress-chart" aria-labelledby="phase-chart-title">
      <h2 id="phase-chart-title">Time per phase against plan</h2>
      <p className="muted progress-chart-note">Time used as a share of time planned, over all these sessions; the line is the plan.</p>
      <div className="progress-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 30 + 40)}>
          <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" unit="%" domain={[0, (max: number) => Math.max(150, Math.ceil(max / 50) * 50)]} {...AXIS} />
            <YAxis type="category" dataKey="label" width={120} {...AXIS} />
            <Tooltip {...TOOLTIP} cursor={{ fill: 'var(--surface-2)' }} formatter={(value) => [`${String(value)}% of plan`, 'Used']} />
            <ReferenceLine x={100} stroke="var(--text)" strokeDasharray="4 3" />
            <Bar dataKey="percent" fill="var(--accent)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="progress-summary">
        {over.length > 0 ? `Over plan: ${over.join(', ')}. ` : 'No phase ran much over plan. '}
        {under.length > 0 ? `Well under plan: ${under.join(', ')}.` : ''}
      </p>
      <details className="progress-table-toggle">
        <summary>Time per phase as a table</summary>
        <table className="progress-table">
          <caption className="visually-hidden">Time per phase against plan</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Used</th>
              <th scope="col">Planned</th>
              <th scope="col">Share</th>
              <th scope="col">Sessions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{formatUsed(r.usedMs)}</td>
                <td>{formatUsed(r.plannedMs)}</td>
                <td>{r.percent}%</td>
                <td>{r.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
