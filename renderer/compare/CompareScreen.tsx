import { useEffect } from 'react';
import type { ProgressEntry } from '../../shared/bridge/contract';
import { LEVEL_LABEL } from '../../shared/session/level';
import { bandLabel } from '../progress/chartData';
import { selectProgress } from '../progress/progressSlice';
import { Scoring } from '../progress/ScoringNote';
import { formatDate, formatUsed } from '../session/format';
import { navigate, routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { compareCriteria, comparePhases, otherAttempts, type PhaseRow } from './compareData';
import { FinalDiagram } from './FinalDiagram';
import './compare.css';

/** Two attempts at one prompt side by side: bands, criterion scores, time per phase, diagrams. */
export function CompareScreen({ a, b }: { a: string; b: string }) {
  const progress = useAppStore(selectProgress);

  useEffect(() => {
    const { followScoring, loadProgress } = useAppStore.getState();
    const unfollow = followScoring();
    void loadProgress();
    return unfollow;
  }, [a, b]);

  const entries = progress.status === 'ready' ? progress.value.sessions : [];
  const first = entries.find((e) => e.id === a);
  const second = entries.find((e) => e.id === b);
  const title = first?.prompt.title;
  useEffect(() => {
    if (title) document.title = `Compare · ${title} · DesignDrill`;
    return () => void (document.title = 'DesignDrill');
  }, [title]);

  return (
    <section className="screen compare-screen" aria-labelledby="compare-title">
      <a className="back" href={routeHash({ name: 'progress' })}>
        ← Progress
      </a>
      <header>
        <p className="eyebrow">Compare two attempts</p>
        <h1 id="compare-title">{title ?? 'Compare'}</h1>
      </header>
      {(progress.status === 'idle' || progress.status === 'loading') && <p className="muted">Reading both sessions…</p>}
      {progress.status === 'failed' && (
        <Notice tone="error" title="The sessions could not be read">
          {progress.error}
        </Notice>
      )}
      {progress.status === 'ready' &&
        // Either one may just be waiting for its report by today's rubric: said so, not called unknown.
        ((!first || !second) && progress.value.scoring > 0 ? (
          <Scoring count={progress.value.scoring} version={progress.value.rubric.version} />
        ) : (
          <CompareBody a={a} b={b} first={first} second={second} entries={entries} />
        ))}
    </section>
  );
}

function CompareBody({ a, b, first, second, entries }: { a: string; b: string; first?: ProgressEntry; second?: ProgressEntry; entries: readonly ProgressEntry[] }) {
  const missing = [!first && a, !second && b].filter((id): id is string => Boolean(id));
  if (missing.length > 0) {
    return (
      <Notice tone="error" title="These two cannot be compared">
        {missing.map((id) => `${id} is not an ended session with a report.`).join(' ')} Only ended sessions are compared: open one from Progress or Sessions.
      </Notice>
    );
  }
  if (!first || !second) return null;
  if (first.prompt.id !== second.prompt.id) {
    return (
      <>
        <Notice tone="error" title="These two are attempts at different prompts">
          The first is “{first.prompt.title}”, the second “{second.prompt.title}”. Scores and phases only compare between attempts at the same prompt: choose
          another attempt at “{first.prompt.title}” below.
        </Notice>
        <Picker first={first} second={undefined} entries={entries} />
      </>
    );
  }
  if (first.id === second.id) {
    return (
      <>
        <Notice tone="warning" title="That is the same session twice">
          Choose another attempt at this prompt to compare it with.
        </Notice>
        <Picker first={first} second={undefined} entries={entries} />
      </>
    );
  }

  const labelA = `A · ${formatDate(first.endedAt)}`;
  const labelB = `B · ${formatDate(second.endedAt)}`;
  return (
    <>
      <Picker first={first} second={second} entries={entries} />
      <div className="compare-pair">
        <AttemptCard entry={first} label={labelA} />
        <AttemptCard entry={second} label={labelB} />
      </div>
      <CriteriaTable first={first} second={second} />
      <PhaseTable rows={comparePhases(first, second)} />
      <section aria-labelledby="compare-diagrams-title">
        <h2 id="compare-diagrams-title" className="compare-section-title">
          Final diagrams
        </h2>
        <div className="compare-pair">
          <FinalDiagram id={first.id} caption={labelA} />
          <FinalDiagram id={second.id} caption={labelB} />
        </div>
      </section>
    </>
  );
}

/** Chooses the second attempt among the other ended attempts at the first one's prompt. */
function Picker({ first, second, entries }: { first: ProgressEntry; second?: ProgressEntry; entries: readonly ProgressEntry[] }) {
  const others = otherAttempts(entries, first);
  if (others.length === 0) {
    return <p className="muted">There is no other ended attempt at “{first.prompt.title}” yet: do it again to compare.</p>;
  }
  return (
    <label className="compare-picker">
      <span>Compare attempt A ({formatDate(first.endedAt)}) with</span>
      <select className="input" value={second?.id ?? ''} onChange={(e) => e.target.value && navigate({ name: 'compare', a: first.id, b: e.target.value })}>
        {!second && <option value="">Choose an attempt…</option>}
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {formatDate(o.endedAt)} · {LEVEL_LABEL[o.level]} · {bandLabel(o.band)} ({o.overall.toFixed(2)})
          </option>
        ))}
      </select>
    </label>
  );
}

function AttemptCard({ entry, label }: { entry: ProgressEntry; label: string }) {
  return (
    <section className={`card compare-attempt band-tone-${toneOf(entry)}`} aria-label={`Attempt ${label}`}>
      <p className="eyebrow">
        {label} · {LEVEL_LABEL[entry.level]}
      </p>
      <p className="compare-band">{bandLabel(entry.band)}</p>
      <p className="muted compare-overall">
        <strong>{entry.overall.toFixed(2)}</strong> of 4 · rubric {entry.rubricVersion}
        {entry.rescoredFrom ? ` (scored again since ${entry.rescoredFrom})` : ''}
      </p>
      <a href={routeHash({ name: 'report', id: entry.id })}>Open the report</a>
    </section>
  );
}

function toneOf(entry: ProgressEntry): 'low' | 'mid' | 'high' {
  if (entry.band === 'hire' || entry.band === 'strong hire') return 'high';
  return entry.band === 'lean hire' || entry.band === 'lean no hire' ? 'mid' : 'low';
}

function signed(difference: number, digits = 0): string {
  if (Math.abs(difference) < 10 ** -digits / 2) return 'same';
  return `${difference > 0 ? '+' : '−'}${Math.abs(difference).toFixed(digits)}`;
}

function CriteriaTable({ first, second }: { first: ProgressEntry; second: ProgressEntry }) {
  const rows = compareCriteria(first, second);
  const overall = second.overall - first.overall;
  return (
    <section className="card" aria-labelledby="compare-criteria-title">
      <h2 id="compare-criteria-title" className="compare-section-title">
        Criterion scores
      </h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">Change, B against A</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td className="compare-number">{r.a ?? '–'}</td>
              <td className="compare-number">{r.b ?? '–'}</td>
              <td className={`compare-number ${changeClass(r.difference)}`}>{r.difference === null ? '–' : signed(r.difference)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Overall</th>
            <td className="compare-number">{first.overall.toFixed(2)}</td>
            <td className="compare-number">{second.overall.toFixed(2)}</td>
            <td className={`compare-number ${changeClass(overall)}`}>{signed(overall, 2)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function changeClass(difference: number | null): string {
  if (difference === null || Math.abs(difference) < 0.005) return '';
  return difference > 0 ? 'compare-up' : 'compare-down';
}

function PhaseTable({ rows }: { rows: readonly PhaseRow[] }) {
  const longest = Math.max(1, ...rows.flatMap((r) => [r.a?.plannedMs ?? 0, r.a?.usedMs ?? 0, r.b?.plannedMs ?? 0, r.b?.usedMs ?? 0]));
  return (
    <section className="card" aria-labelledby="compare-phases-title">
      <h2 id="compare-phases-title" className="compare-section-title">
        Time per phase
      </h2>
      <p className="muted compare-legend" aria-hidden="true">
        <span className="compare-swatch compare-swatch-planned" /> planned <span className="compare-swatch compare-swatch-used" /> used
      </p>
      <table className="compare-table compare-phases">
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">A: used of planned</th>
            <th scope="col">B: used of planned</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <PhaseCell time={r.a} longest={longest} />
              <PhaseCell time={r.b} longest={longest} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PhaseCell({ time, longest }: { time?: { plannedMs: number; usedMs: number }; longest: number }) {
  if (!time) return <td className="muted">not in this plan</td>;
  const over = time.usedMs - time.plannedMs >= 1000;
  const width = (ms: number) => `${(ms / longest) * 100}%`;
  return (
    <td className={over ? 'compare-over' : undefined}>
      <span className="compare-bars" aria-hidden="true">
        <span className="compare-bar compare-bar-planned" style={{ width: width(time.plannedMs) }} />
        <span className="compare-bar compare-bar-used" style={{ width: width(time.usedMs) }} />
      </span>
      <span className="compare-time">
        {formatUsed(time.usedMs)} <span className="muted">of {formatUsed(time.plannedMs)}</span>
      </span>
    </td>
  );
}
