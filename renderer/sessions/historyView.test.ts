import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../shared/session/summary';
import { historyState, historyView, lastDays, NO_FILTER, previousAttempt, promptsOf } from './historyView';

const at = (day: string, hour = 12) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();

function session(id: string, promptId: string, day: string, status: SessionSummary['status'] = 'ended', hour = 12): SessionSummary {
  return {
    id,
    prompt: { id: promptId, title: promptId === 'url' ? 'Design a URL shortener' : 'Design a chat app' },
    plan: { id: 'p', name: 'Plan' },
    createdAt: at(day, hour),
    status,
    activeMs: 0,
    plannedMs: 0,
    lastAt: at(day, hour),
  };
}

const broken: SessionSummary = { ...session('x', 'unknown', '1970-01-01', 'damaged'), createdAt: 0, problem: 'unreadable' };
const list = [session('a', 'url', '2026-11-01'), session('b', 'chat', '2026-11-10', 'paused'), session('c', 'url', '2026-11-20'), broken];
const ids = (l: SessionSummary[]) => l.map((s) => s.id);

describe('the history list', () => {
  it('sorts newest first, oldest first, or by prompt then newest; damaged sessions last', () => {
    expect(ids(historyView(list, NO_FILTER, 'newest'))).toEqual(['c', 'b', 'a', 'x']);
    expect(ids(historyView(list, NO_FILTER, 'oldest'))).toEqual(['a', 'b', 'c', 'x']);
    expect(ids(historyView(list, NO_FILTER, 'prompt'))).toEqual(['b', 'c', 'a', 'x']);
  });

  it('filters by prompt and by a date range with both days included', () => {
    expect(ids(historyView(list, { ...NO_FILTER, prompt: 'url' }, 'newest'))).toEqual(['c', 'a']);
    expect(ids(historyView(list, { ...NO_FILTER, from: '2026-11-10', to: '2026-11-20' }, 'newest'))).toEqual(['c', 'b']);
    expect(ids(historyView(list, { ...NO_FILTER, to: '2026-11-09' }, 'newest'))).toEqual(['a']);
  });

  it('"last 7 days" counts today as the first of the seven', () => {
    expect(lastDays(7, at('2026-11-20', 9))).toEqual({ from: '2026-11-14', to: '' });
  });

  it('offers each prompt once, by title, and says which state each session is in', () => {
    expect(promptsOf(list)).toEqual([
      { id: 'chat', title: 'Design a chat app' },
      { id: 'url', title: 'Design a URL shortener' },
    ]);
    expect(list.map(historyState)).toEqual(['finished', 'unfinished', 'finished', 'damaged']);
    expect(historyState({ ...list[1]!, warning: 'session.json was rebuilt' })).toBe('damaged');
    // Repaired to the records before its damage: it opens, but the list must not pass it off as whole.
    expect(historyState({ ...list[0]!, kept: { records: 9, of: 17, ended: true } })).toBe('damaged');
  });

  it('compares an ended attempt with the ended attempt at the same prompt just before it', () => {
    const later = session('d', 'url', '2026-11-21');
    const all = [...list, later, session('e', 'url', '2026-11-22', 'paused')];
    expect(previousAttempt(all, later)?.id).toBe('c');
    expect(previousAttempt(all, list[0]!)).toBeUndefined();
    expect(previousAttempt(all, list[1]!)).toBeUndefined();
  });
});
