import type { Difficulty, PromptSummary } from '../../shared/schemas/prompt';
import type { SessionSummary } from '../../shared/session/summary';

export type PromptFilter = {
  /** Words that must all appear in the title, summary, tags or id, in any order. */
  text: string;
  difficulty: Difficulty | 'any';
  tag: string | 'any';
  unpractisedOnly: boolean;
};

export const noFilter: PromptFilter = { text: '', difficulty: 'any', tag: 'any', unpractisedOnly: false };

export function isFiltered(filter: PromptFilter): boolean {
  return filter.text.trim() !== '' || filter.difficulty !== 'any' || filter.tag !== 'any' || filter.unpractisedOnly;
}

/**
 * How many times each prompt was practised. A session opened but never started does not
 * count: the person only read the brief.
 */
export function practiceCounts(sessions: readonly SessionSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sessions) {
    if (s.status === 'ready' && s.activeMs === 0) continue;
    counts.set(s.prompt.id, (counts.get(s.prompt.id) ?? 0) + 1);
  }
  return counts;
}

/** Lowercased and without accents, so "cafe" finds "Café". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function filterPrompts(
  prompts: readonly PromptSummary[],
  filter: PromptFilter,
  practised: ReadonlyMap<string, number>,
): PromptSummary[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return prompts.filter((p) => {
    if (filter.difficulty !== 'any' && p.difficulty !== filter.difficulty) return false;
    if (filter.tag !== 'any' && !p.tags.includes(filter.tag)) return false;
    if (filter.unpractisedOnly && (practised.get(p.id) ?? 0) > 0) return false;
    if (words.length === 0) return true;
    const haystack = fold([p.title, p.summary, p.id, ...p.tags].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}

/** Every tag with how many prompts carry it, most used first, then by name. */
export function tagCounts(prompts: readonly PromptSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of prompts) for (const tag of p.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * One prompt at random from `prompts`, preferring ones not practised yet so repeated
 * presses spread practice; `random` returns [0, 1) like Math.random.
 */
export function pickRandom(
  prompts: readonly PromptSummary[],
  practised: ReadonlyMap<string, number>,
  random: () => number = Math.random,
): PromptSummary | undefined {
  const fresh = prompts.filter((p) => (practised.get(p.id) ?? 0) === 0);
  const pool = fresh.length > 0 ? fresh : prompts;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
}
