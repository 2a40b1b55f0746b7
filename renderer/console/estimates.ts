import { compareResults, type EstimateComparison } from '../../shared/estimate/compare';
import { evaluatePad } from '../../shared/estimate/evaluate';
import type { EstimateTag } from '../../shared/estimate/pad';
import type { ReferenceFigure } from '../../shared/schemas/prompt';

/** One of the candidate's named estimates, as the console shows it beside a figure. */
export type ShownEstimate = {
  /** The variable's name in the pad, when the line has one. */
  name?: string;
  display: string;
  /** How it stands against the figure; absent when they measure different things. */
  verdict?: 'fine' | 'warning' | 'flagged';
  message?: string;
};

export type FigureRow = { figure: ReferenceFigure; estimates: ShownEstimate[] };

export type LiveEstimates = {
  /** Every figure of the prompt, in its order, with the pad lines compared with it. */
  rows: FigureRow[];
  /** Named estimates the prompt holds no figure for. */
  unmatched: ShownEstimate[];
};

/**
 * The candidate's pad against the prompt's figures, as it stands now: what the report's
 * estimate review shows after the end, for the partner during the session.
 */
export function liveEstimates(lines: readonly { text: string; tag?: EstimateTag | null }[], figures: readonly ReferenceFigure[]): LiveEstimates {
  const comparisons = lines.length === 0 ? [] : compareResults(evaluatePad(lines), figures, lines);
  const rows: FigureRow[] = figures.map((figure) => ({ figure, estimates: [] }));
  const unmatched: ShownEstimate[] = [];
  for (const c of comparisons) {
    if (c.kind === 'not-estimated') continue;
    const shown = shownOf(c);
    if (c.kind === 'no-reference') {
      unmatched.push(shown);
      continue;
    }
    const row = rows.find((r) => r.figure.name === c.reference.name && r.figure.value === c.reference.value);
    if (row) row.estimates.push(shown);
    else unmatched.push(shown);
  }
  return { rows, unmatched };
}

function shownOf(c: Exclude<EstimateComparison, { kind: 'not-estimated' }>): ShownEstimate {
  const base = { ...(c.name === undefined ? {} : { name: c.name }), display: c.quantity.display };
  if (c.kind === 'compared') return { ...base, verdict: c.verdict, message: c.message };
  if (c.kind === 'mismatch') return { ...base, message: c.message };
  return base;
}
