import type { ProgressEntry } from '../../shared/bridge/contract';
import type { Band, CriterionId } from '../../shared/rubric/report';
import { BAND_STARTS } from '../../shared/rubric/table';
import type { PhaseKind } from '../../shared/schemas/prompt';
import type { TargetLevel } from '../../shared/session/level';

export type ProgressFilter = { promptId?: string; level?: TargetLevel };

export function filterEntries(entries: readonly ProgressEntry[], filter: ProgressFilter): ProgressEntry[] {
  return entries.filter((e) => (!filter.promptId || e.prompt.id === filter.promptId) && (!filter.level || e.level === filter.level));
}

/** The prompts practised, each once, most practised first, for the prompt filter. */
export function promptsOf(entries: readonly ProgressEntry[]): { id: string; title: string; count: number }[] {
  const byId = new Map<string, { id: string; title: string; count: number }>();
  for (const e of entries) {
    const seen = byId.get(e.prompt.id);
    if (seen) seen.count += 1;
    else byId.set(e.prompt.id, { ...e.prompt, count: 1 });
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/**
 * The level whose bands shade the overall chart: bands depend on the level, so one set is
 * drawn, that of the level practised most (the later one on a tie, being the current aim).
 */
export function shadedLevel(entries: readonly ProgressEntry[]): TargetLevel | undefined {
  const counts = new Map<TargetLevel, number>();
  for (const e of entries) counts.set(e.level, (counts.get(e.level) ?? 0) + 1);
  let best: TargetLevel | undefined;
  for (const e of entries) if (best === undefined || counts.get(e.level)! >= counts.get(best)!) best = e.level;
  return best;
}

export type BandArea = { band: Band; from: number; to: number };

/** Each band's stretch of the 0..4 overall score at `level`, lowest first. */
export function bandAreas(level: TargetLevel): BandArea[] {
  const starts = Object.entries(BAND_STARTS[level]) as [Band, number][];
  const rising: [Band, number][] = [['strong no hire', 0], ...starts];
  return rising.map(([band, from], i) => ({ band, from, to: rising[i + 1]?.[1] ?? 4 }));
}

export type OverallPoint = { id: string; n: number; label: string; overall: number; band: Band; level: TargetLevel };

/** One point per session in time order, numbered so two sessions on one day stay apart. */
export function overallSeries(entries: readonly ProgressEntry[], dateLabel: (at: number) => string): OverallPoint[] {
  return entries.map((e, i) => ({ id: e.id, n: i + 1, label: dateLabel(e.endedAt), overall: e.overall, band: e.band, level: e.level }));
}

export function criterionSeries(entries: readonly ProgressEntry[], id: CriterionId): { n: number; score: number | null }[] {
  return entries.map((e, i) => ({ n: i + 1, score: e.criteria.find((c) => c.id === id)?.score ?? null }));
}

/** Which criteria the sessions were scored on, in the rubric's order. */
export function criteriaOf(entries: readonly ProgressEntry[]): { id: CriterionId; name: string }[] {
  const seen = new Map<CriterionId, string>();
  for (const e of entries) for (const c of e.criteria) if (!seen.has(c.id)) seen.set(c.id, c.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

const PHASE_KIND_LABEL: Record<PhaseKind, string> = {
  clarify: 'Clarify',
  estimate: 'Estimate',
  api: 'API',
  data: 'Data model',
  'high-level': 'High-level design',
  'deep-dive': 'Deep dive',
  bottlenecks: 'Bottlenecks',
  tradeoffs: 'Trade-offs',
};

export type PhaseUse = { key: string; label: string; plannedMs: number; usedMs: number; sessions: number; percent: number };

/**
 * Time used against time planned per kind of phase, summed over the sessions, so plans with
 * different phase names line up. A phase of no kind counts under its own title.
 */
export function phaseUse(entries: readonly ProgressEntry[]): PhaseUse[] {
  const byKey = new Map<string, Omit<PhaseUse, 'percent'>>();
  for (const e of entries) {
    for (const p of e.phases) {
      const key = p.kind ?? `phase:${p.title}`;
      const row = byKey.get(key) ?? { key, label: p.kind ? PHASE_KIND_LABEL[p.kind] : p.title, plannedMs: 0, usedMs: 0, sessions: 0 };
      row.plannedMs += p.plannedMs;
      row.usedMs += p.usedMs;
      row.sessions += 1;
      byKey.set(key, row);
    }
  }
  const order = Object.keys(PHASE_KIND_LABEL);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...byKey.values()]
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((row) => ({ ...row, percent: row.plannedMs > 0 ? Math.round((row.usedMs / row.plannedMs) * 100) : 0 }));
}

/** A sentence for screen readers and for anyone reading rather than looking. */
export function overallSummary(points: readonly OverallPoint[]): string {
  if (points.length === 0) return 'No sessions.';
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const best = points.reduce((a, b) => (b.overall > a.overall ? b : a));
  const change = Math.round((last.overall - first.overall) * 100) / 100;
  const trend = change > 0 ? `up ${change.toFixed(2)}` : change < 0 ? `down ${Math.abs(change).toFixed(2)}` : 'unchanged';
  return `${points.length} sessions. Overall score from ${first.overall.toFixed(2)} to ${last.overall.toFixed(2)} of 4 (${trend}); best ${best.overall.toFixed(2)} on ${best.label}.`;
}

/** "Lean hire", as the report writes a band. */
export function bandLabel(band: Band): string {
  return band.charAt(0).toUpperCase() + band.slice(1);
}
