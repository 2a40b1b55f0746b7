import type { SessionSummary } from '../../shared/session/summary';
import { localDate } from '../../shared/fileName';

export type HistorySort = 'newest' | 'oldest' | 'prompt';

export type HistoryFilter = {
  /** A prompt id, or '' for every prompt. */
  prompt: string;
  /** Local calendar days, YYYY-MM-DD, both included; '' leaves that end open. */
  from: string;
  to: string;
};

export const NO_FILTER: HistoryFilter = { prompt: '', from: '', to: '' };

/** What the list says a session is: finished, unfinished, or damaged (rebuilt, repaired to what was kept, or unreadable). */
export type HistoryState = 'finished' | 'unfinished' | 'damaged';

export function historyState(s: SessionSummary): HistoryState {
  if (s.status === 'damaged' || s.warning !== undefined || s.kept !== undefined) return 'damaged';
  return s.status === 'ended' ? 'finished' : 'unfinished';
}

/** YYYY-MM-DD of a moment in local time, as a date input holds it. */
const dayOf = localDate;

/** The "last N days" range ending today, N days counted with today as the first. */
export function lastDays(days: number, now: number): Pick<HistoryFilter, 'from' | 'to'> {
  const start = new Date(now);
  start.setDate(start.getDate() - (days - 1));
  return { from: dayOf(start.getTime()), to: '' };
}

/**
 * The sessions the list shows, in order. A damaged session has no date or prompt worth
 * filtering on, so it stays whatever the filter (last, so it is not lost from view).
 */
export function historyView(sessions: readonly SessionSummary[], filter: HistoryFilter, sort: HistorySort): SessionSummary[] {
  const kept = sessions.filter((s) => {
    if (s.status === 'damaged') return filter.prompt === '' && filter.from === '' && filter.to === '';
    if (filter.prompt !== '' && s.prompt.id !== filter.prompt) return false;
    const day = dayOf(s.createdAt);
    if (filter.from !== '' && day < filter.from) return false;
    if (filter.to !== '' && day > filter.to) return false;
    return true;
  });
  const byDate = (a: SessionSummary, b: SessionSummary) => (sort === 'oldest' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt);
  return kept.sort((a, b) => {
    const damaged = Number(a.status === 'damaged') - Number(b.status === 'damaged');
    if (damaged !== 0) return damaged;
    if (sort === 'prompt') return a.prompt.title.localeCompare(b.prompt.title) || byDate(a, b);
    return byDate(a, b);
  });
}

/** The prompts that have sessions, by title, for the filter's choices. */
export function promptsOf(sessions: readonly SessionSummary[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const s of sessions) if (s.status !== 'damaged' && !seen.has(s.prompt.id)) seen.set(s.prompt.id, s.prompt.title);
  return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

/** The ended attempt at the same prompt just before this ended one, to compare with. */
export function previousAttempt(sessions: readonly SessionSummary[], session: SessionSummary): SessionSummary | undefined {
  if (session.status !== 'ended') return undefined;
  let best: SessionSummary | undefined;
  for (const s of sessions) {
    if (s.id === session.id || s.status !== 'ended' || s.prompt.id !== session.prompt.id || s.createdAt >= session.createdAt) continue;
    if (!best || s.createdAt > best.createdAt) best = s;
  }
  return best;
}
