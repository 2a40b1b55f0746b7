import { lazy, Suspense, useEffect, useState } from 'react';
import type { ProgressEntry, RubricNote } from '../../shared/bridge/contract';
import { rubricLine } from '../report/rubricLine';
import { LEVEL_LABEL, TargetLevel } from '../../shared/session/level';
import { formatDate } from '../session/format';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { bandLabel, filterEntries, promptsOf } from './chartData';
import { selectProgress } from './progressSlice';
import { Scoring } from './ScoringNote';
import './progress.css';

/** The chart library is big: it loads with this screen, not with the app. */
const ProgressCharts = lazy(() => import('./ProgressCharts'));

/** Charts across ended sessions: overall score, each criterion, time per phase against plan. */
export function ProgressScreen() {
  const progress = useAppStore(selectProgress);

  useEffect(() => {
    const { followScoring, loadProgress } = useAppStore.getState();
    // Followed before the charts are asked for: a score pushed while they are on their way is not missed.
    const unfollow = followScoring();
    void loadProgress();
    document.title = 'Progress · DesignDrill';
    return () => {
      unfollow();
      document.title = 'DesignDrill';
    };
  }, []);

  return (
    <section className="screen progress-screen" aria-labelledby="progress-title">
      <header>
        <h1 id="progress-title">Progress</h1>
        <p className="muted">How your ended sessions scored over time, and where the time went.</p>
      </header>
      {(progress.status === 'idle' || progress.status === 'loading') && <p className="muted">Reading your sessions…</p>}
      {progress.status === 'failed' && (
        <Notice tone="error" title="Your sessions could not be read">
          {progress.error}
        </Notice>
      )}
      {progress.status === 'ready' && (
        <>
          {progress.value.skipped.length > 0 && (
            <Notice tone="warning" title={`${progress.value.skipped.length === 1 ? 'One session is' : `${progress.value.skipped.length} sessions are`} left out`}>
              <ul className="progress-skipped">
                {progress.value.skipped.map((s) => (
                  <li key={s.id}>{s.message}</li>
                ))}
              </ul>
            </Notice>
          )}
          {progress.value.scoring > 0 && <Scoring count={progress.value.scoring} version={progress.value.rubric.version} />}
          {progress.value.sessions.length < 2 ? (
            // Not "none has ended" while the ended ones are still being scored.
            progress.value.scoring === 0 && <NotEnough count={progress.value.sessions.length} />
          ) : (
            <ProgressBody entries={progress.value.sessions} rubric={progress.value.rubric} />
          )}
        </>
      )}
    </section>
  );
}

function NotEnough({ count }: { count: number }) {
  return (
    <div className="empty progress-empty">
      <p>
        <strong>Charts need at least two ended sessions.</strong> {count === 1 ? 'You have ended one so far.' : 'None has ended yet.'}
      </p>
      <p>
        Pick a prompt, work through it and end the session to get its report; after the next one, your scores and your time per phase are
        charted here.
      </p>
      <a className="btn btn-primary" href={routeHash({ name: 'home' })}>
        Choose a prompt
      </a>
    </div>
  );
}

function ProgressBody({ entries, rubric }: { entries: readonly ProgressEntry[]; rubric: RubricNote }) {
  const [promptId, setPromptId] = useState('');
  const [level, setLevel] = useState<TargetLevel | ''>('');
  const prompts = promptsOf(entries);
  const shown = filterEntries(entries, { promptId: promptId || undefined, level: level || undefined });
  return (
    <>
      <div className="progress-filters" role="group" aria-label="Filters">
        <label className="progress-select">
          <span>Prompt</span>
          <select className="input" value={promptId} onChange={(e) => setPromptId(e.target.value)}>
            <option value="">All prompts ({entries.length})</option>
            {prompts.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.count})
              </option>
            ))}
          </select>
        </label>
        <label className="progress-select">
          <span>Level</span>
          <select className="input" value={level} onChange={(e) => setLevel(e.target.value as TargetLevel | '')}>
            <option value="">All levels</option>
            {TargetLevel.options.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted progress-count" aria-live="polite">
          {shown.length} of {entries.length} sessions
        </p>
      </div>

      {/* Every session charted was scored by this one rubric: the others are left out, above. */}
      <p className="muted rubric-line">{rubricLine(rubric, shown.filter((e) => e.rescoredFrom !== undefined).length)}</p>

      {shown.length < 2 ? (
        <p className="empty">Fewer than two sessions match these filters: choose another prompt or level to see the charts.</p>
      ) : (
        <Suspense fallback={<p className="muted">Drawing the charts…</p>}>
          <ProgressCharts entries={shown} />
        </Suspense>
      )}
      <SessionsTable entries={shown} all={entries} />
    </>
  );
}

/** The points of the overall chart as rows, with where to go from each. */
function SessionsTable({ entries, all }: { entries: readonly ProgressEntry[]; all: readonly ProgressEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="card" aria-labelledby="progress-sessions-title">
      <h2 id="progress-sessions-title">Sessions in time order</h2>
      <div className="progress-table-wrap">
        <table className="progress-table" aria-labelledby="progress-sessions-title">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Ended</th>
              <th scope="col">Prompt</th>
              <th scope="col">Level</th>
              <th scope="col">Band</th>
              <th scope="col">Overall</th>
              <th scope="col">
                <span className="visually-hidden">Links</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => {
              const previous = all.filter((o) => o.prompt.id === e.prompt.id && o.endedAt < e.endedAt).at(-1);
              return (
                <tr key={e.id}>
                  <td>{i + 1}</td>
                  <td>{formatDate(e.endedAt)}</td>
                  <td>{e.prompt.title}</td>
                  <td>{LEVEL_LABEL[e.level]}</td>
                  <td>
                    {bandLabel(e.band)}
                  </td>
                  <td className="progress-number">{e.overall.toFixed(2)}</td>
                  <td className="progress-links">
                    <a href={routeHash({ name: 'report', id: e.id })}>Report</a>
                    {previous && (
                      <a href={routeHash({ name: 'compare', a: previous.id, b: e.id })} aria-label={`Compare session ${i + 1} with the attempt before it`}>
                        Compare with previous
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
