import { useId, useState } from 'react';
import type { SessionSummary } from '../../shared/session/summary';
import { lastDays, NO_FILTER, promptsOf, type HistoryFilter, type HistorySort } from './historyView';

const RANGES = [
  { key: 'all', label: 'All time', days: 0 },
  { key: '7', label: 'Last 7 days', days: 7 },
  { key: '30', label: 'Last 30 days', days: 30 },
] as const;

/** Sort, prompt and date range above the history, and how many sessions they leave. */
export function HistoryFilters({
  sessions,
  filter,
  sort,
  shown,
  onFilter,
  onSort,
}: {
  sessions: readonly SessionSummary[];
  filter: HistoryFilter;
  sort: HistorySort;
  shown: number;
  onFilter(filter: HistoryFilter): void;
  onSort(sort: HistorySort): void;
}) {
  const id = useId();
  // Days are what the ranges count: the time the filters opened serves until they close.
  const [now] = useState(() => Date.now());
  // A quick range is "on" only while the dates are exactly what it set.
  const range = RANGES.find((r) => {
    const dates = r.days === 0 ? { from: '', to: '' } : lastDays(r.days, now);
    return dates.from === filter.from && dates.to === filter.to;
  })?.key;
  const filtered = filter.prompt !== '' || filter.from !== '' || filter.to !== '';

  return (
    <div className="history-filters" role="group" aria-label="Sort and filter the sessions">
      <div className="history-filter-row">
        <label className="field">
          <span className="field-label">Sort</span>
          <select className="input" value={sort} onChange={(e) => onSort(e.target.value as HistorySort)}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="prompt">By prompt</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">Prompt</span>
          <select className="input" value={filter.prompt} onChange={(e) => onFilter({ ...filter, prompt: e.target.value })}>
            <option value="">All prompts</option>
            {promptsOf(sessions).map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <p className="history-count muted" aria-live="polite">
          {filtered ? `${shown} of ${sessions.length} sessions` : `${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}`}
          {filtered && (
            <button type="button" className="btn btn-small btn-quiet" onClick={() => onFilter(NO_FILTER)}>
              Clear filters
            </button>
          )}
        </p>
      </div>
      <div className="history-filter-row">
        <fieldset className="segmented history-range">
          <legend className="field-label">Dates</legend>
          {RANGES.map((r) => (
            <label key={r.key}>
              <input
                type="radio"
                name={`${id}-range`}
                checked={range === r.key}
                onChange={() => onFilter({ ...filter, ...(r.days === 0 ? { from: '', to: '' } : lastDays(r.days, now)) })}
              />
              <span>{r.label}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">From</span>
          <input className="input" type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => onFilter({ ...filter, from: e.target.value })} />
        </label>
        <label className="field">
          <span className="field-label">To</span>
          <input className="input" type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => onFilter({ ...filter, to: e.target.value })} />
        </label>
      </div>
    </div>
  );
}
