import type { ProgressEntry } from '../../shared/bridge/contract';
import type { CriterionId } from '../../shared/rubric/report';

export type CriterionRow = { id: CriterionId; name: string; a: number | null; b: number | null; difference: number | null };

/** Each criterion with both scores and how far the second attempt moved (second minus first). */
export function compareCriteria(a: ProgressEntry, b: ProgressEntry): CriterionRow[] {
  const ids = [...new Set([...a.criteria, ...b.criteria].map((c) => c.id))];
  return ids.map((id) => {
    const ca = a.criteria.find((c) => c.id === id);
    const cb = b.criteria.find((c) => c.id === id);
    const difference = ca && cb ? cb.score - ca.score : null;
    return { id, name: (ca ?? cb)!.name, a: ca?.score ?? null, b: cb?.score ?? null, difference };
  });
}

type Time = { plannedMs: number; usedMs: number };
export type PhaseRow = { key: string; label: string; a?: Time; b?: Time };

/**
 * The phases of both attempts side by side, lined up by kind so two plans still compare;
 * phases of no kind line up by id. A phase only one plan has gets a row with one side; a row
 * is named as the first attempt's plan names it.
 */
export function comparePhases(a: ProgressEntry, b: ProgressEntry): PhaseRow[] {
  const rows: PhaseRow[] = [];
  const keyOf = (p: ProgressEntry['phases'][number]) => p.kind ?? `id:${p.id}`;
  for (const [side, entry] of [['a', a] as const, ['b', b] as const]) {
    for (const p of entry.phases) {
      const key = keyOf(p);
      let row = rows.find((r) => r.key === key && r[side] === undefined);
      if (!row) {
        row = { key, label: p.title };
        rows.push(row);
      }
      row[side] = { plannedMs: p.plannedMs, usedMs: p.usedMs };
    }
  }
  return rows;
}

/** The other ended attempts at the same prompt, newest first, for the picker. */
export function otherAttempts(entries: readonly ProgressEntry[], of: ProgressEntry): ProgressEntry[] {
  return entries.filter((e) => e.prompt.id === of.prompt.id && e.id !== of.id).sort((x, y) => y.endedAt - x.endedAt);
}
