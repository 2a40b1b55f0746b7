import type { Band, CriterionId } from '../report';

/**
 * How far a scorer is from the human judgements of the calibration set. Pure maths on
 * already-scored rows, so the figures can be checked by hand (./measure.test.ts).
 */

/** One judgement beside what the scorer gave the same session at the same level. */
export type CalibrationRow = {
  session: string;
  level: string;
  covers: readonly string[];
  judged: { overall: number; band: Band; criteria: Partial<Record<CriterionId, number>> };
  scored: { overall: number; band: Band; criteria: Partial<Record<CriterionId, number>> };
};

export type CalibrationFigures = {
  /** How many judgements were compared. */
  count: number;
  /** Mean absolute difference per criterion, over the rows where both sides have it. */
  criterionMae: Partial<Record<CriterionId, number>>;
  overallMae: number;
  /** Spearman rank correlation of judged vs scored overall (ties get their average rank); NaN when either side has no spread. */
  spearman: number;
  /** Rows where the scorer's band is the judged band. */
  bandAgreement: number;
  /** The highest overall the scorer gave a session judged off-topic, or null when the set has none. */
  offTopicMax: number | null;
  /** For each session judged at two levels: scored overall at the lower level minus at the higher. */
  levelGaps: { session: string; lower: string; higher: string; gap: number }[];
};

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

export function mae(pairs: readonly (readonly [number, number])[]): number {
  return mean(pairs.map(([a, b]) => Math.abs(a - b)));
}

/** Ranks from 1, lowest value first; tied values share the average of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]![1]] = rank;
    start = end + 1;
  }
  return out;
}

function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho as the Pearson correlation of the average ranks (exact with ties). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new Error(`spearman: ${xs.length} values against ${ys.length}`);
  return pearson(ranks(xs), ranks(ys));
}

const LEVEL_ORDER = ['mid', 'senior', 'staff'];

export function measure(rows: readonly CalibrationRow[]): CalibrationFigures {
  const criteria = new Set(rows.flatMap((r) => Object.keys(r.judged.criteria) as CriterionId[]));
  const criterionMae: Partial<Record<CriterionId, number>> = {};
  for (const id of criteria) {
    const pairs = rows.flatMap((r) => {
      const a = r.judged.criteria[id];
      const b = r.scored.criteria[id];
      return a === undefined || b === undefined ? [] : [[a, b] as const];
    });
    criterionMae[id] = mae(pairs);
  }
  const offTopic = rows.filter((r) => r.covers.includes('off-topic')).map((r) => r.scored.overall);
  const bySession = new Map<string, CalibrationRow[]>();
  for (const r of rows) bySession.set(r.session, [...(bySession.get(r.session) ?? []), r]);
  const levelGaps = [...bySession].flatMap(([session, rs]) => {
    if (rs.length < 2) return [];
    const sorted = [...rs].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    const lower = sorted[0]!;
    const higher = sorted[sorted.length - 1]!;
    return [{ session, lower: lower.level, higher: higher.level, gap: lower.scored.overall - higher.scored.overall }];
  });
  return {
    count: rows.length,
    criterionMae,
    overallMae: mae(rows.map((r) => [r.judged.overall, r.scored.overall] as const)),
    spearman: spearman(
      rows.map((r) => r.judged.overall),
      rows.map((r) => r.scored.overall),
    ),
    bandAgreement: rows.filter((r) => r.judged.band === r.scored.band).length,
    offTopicMax: offTopic.length === 0 ? null : Math.max(...offTopic),
    levelGaps,
  };
}
