/**
 * After the session: each named estimate in the pad against the prompt's reference figure for the
 * same estimate, when it has one. Within 3 times either way is fine, within 10 times a warning,
 * beyond that flagged with the reference. Pure; never shown during a session (the caller decides).
 */
import type { ReferenceFigure } from '../schemas/prompt';
import { evaluateExpression, evaluatePad, type LineResult, type Quantity } from './evaluate';
import { formatCount, powerOf } from './format';
import type { EstimateTag } from './pad';

const FINE_WITHIN = 3;
const WARN_WITHIN = 10;

export type ComparisonVerdict = 'fine' | 'warning' | 'flagged';

/** A reference figure with its value evaluated by the pad's engine. */
export type ResolvedFigure = {
  name: string;
  /** As written in the prompt, in the pad language: "10M/day * 500 B". */
  value: string;
  note?: string;
  estimate: EstimateTag;
  /** Absent when the figure's value does not evaluate (then `error` says why). */
  quantity?: Quantity;
  error?: string;
};

/**
 * How a line was taken for its estimate: marked from the menu ('tag'), read from its name
 * ('name'), found by its value matching a figure no line was marked as ('value'), or worked
 * out from the read and write lines ('ratio': reads ÷ writes).
 */
export type Taken = 'tag' | 'name' | 'value' | 'ratio';

type Estimate = {
  /** The line shown for it; for a ratio, the read line. */
  line: number;
  name?: string;
  tag: EstimateTag;
  inferred: boolean;
  taken: Taken;
  /** Every line it rests on: the line itself, or the read line and then the write line. */
  lines: number[];
  quantity: Quantity;
};

/** An untagged line counts for a figure when its value is this close to it (the tolerance `stated` has too). */
export const VALUE_MATCH_WITHIN = 1.1;

export type EstimateComparison =
  | (Estimate & {
      kind: 'compared';
      reference: ResolvedFigure;
      /** estimate / reference. */
      ratio: number;
      /** How many times off, either way: max(ratio, 1 / ratio). */
      timesOff: number;
      verdict: ComparisonVerdict;
      message: string;
    })
  /** The estimate and the reference measure different things (a count against a rate, say). */
  | (Estimate & { kind: 'mismatch'; reference: ResolvedFigure; message: string })
  /** A named estimate the prompt holds no figure for. */
  | (Estimate & { kind: 'no-reference' })
  /** A figure the prompt holds that the pad never named. */
  | { kind: 'not-estimated'; tag: EstimateTag; reference: ResolvedFigure; message: string };

export function verdictFor(timesOff: number): ComparisonVerdict {
  if (timesOff <= FINE_WITHIN) return 'fine';
  if (timesOff <= WARN_WITHIN) return 'warning';
  return 'flagged';
}

/** The prompt's tagged figures, evaluated. Untagged figures are left out: they are context, not checks. */
export function resolveFigures(figures: readonly ReferenceFigure[]): ResolvedFigure[] {
  const out: ResolvedFigure[] = [];
  for (const f of figures) {
    if (f.estimate === undefined) continue;
    const r = evaluateExpression(f.value);
    const base = { name: f.name, value: f.value, ...(f.note === undefined ? {} : { note: f.note }), estimate: f.estimate };
    out.push(r.ok ? { ...base, quantity: r.quantity } : { ...base, error: r.message });
  }
  return out;
}

const LABELS: Record<EstimateTag, string> = {
  'write-qps': 'write QPS',
  'read-qps': 'read QPS',
  'peak-qps': 'peak QPS',
  storage: 'storage',
  bandwidth: 'bandwidth',
  'read-write-ratio': 'read/write ratio',
  other: 'estimate',
};

export function tagLabel(tag: EstimateTag): string {
  return LABELS[tag];
}

const dimensionless = (q: Quantity) => coreUnit(q.unit) === '' && (q.dimension === 'count' || q.dimension === 'ratio');

/** The unit without the named counts on top: 'users/s' and 'requests/s' compare with '/s'; 'B/user' does not with 'B'. */
export function coreUnit(unit: string): string {
  const slash = unit.indexOf('/');
  const top = slash === -1 ? unit : unit.slice(0, slash);
  const bottom = slash === -1 ? '' : unit.slice(slash);
  const kept = top.split(' ').filter((u) => /^(B|s)(\^\d+)?$/.test(u));
  return `${kept.join(' ')}${bottom}`;
}

function comparable(a: Quantity, b: Quantity): boolean {
  return coreUnit(a.unit) === coreUnit(b.unit) || (dimensionless(a) && dimensionless(b));
}

/** Of several figures for the same estimate (text-only storage, storage with photos), the one closest to the estimate. */
function nearest(q: Quantity, candidates: readonly ResolvedFigure[]): ResolvedFigure | undefined {
  let best: ResolvedFigure | undefined;
  let bestOff = Infinity;
  for (const f of candidates) {
    if (!f.quantity || !comparable(q, f.quantity)) continue;
    const ratio = q.base / f.quantity.base;
    const off = ratio > 0 ? Math.max(ratio, 1 / ratio) : Infinity;
    if (best === undefined || off < bestOff) [best, bestOff] = [f, off];
  }
  return best;
}

function timesApart(a: number, b: number): number {
  return Math.max(a / b, b / a);
}

function timesText(x: number): string {
  if (x >= 100) return String(Math.round(x));
  return String(Number(x.toPrecision(2)));
}

/** The verdict and its sentence for an estimate against a figure both known to be positive and comparable. */
function judged(q: Quantity, ref: ResolvedFigure & { quantity: Quantity }, tag: EstimateTag, said: string) {
  const ratio = q.base / ref.quantity.base;
  const timesOff = Math.max(ratio, 1 / ratio);
  const verdict = verdictFor(timesOff);
  const direction = ratio >= 1 ? 'above' : 'below';
  const message =
    verdict === 'fine'
      ? `${said} in line with the reference ${ref.quantity.display}`
      : `${said} ${timesText(timesOff)}× ${direction} the reference ${LABELS[tag]} of ${ref.quantity.display} (${ref.value}${ref.note ? `: ${ref.note}` : ''})`;
  return { ratio, timesOff, verdict, message };
}

const lineName = (line: number, name: string | undefined) => name ?? `line ${line}`;

/**
 * Compares evaluated pad lines with the figures. Every tagged value line gets an entry (in pad
 * order), then every figure no line named that an untagged line matches by value and kind,
 * then the read/write ratio worked out from the read and write lines when no line named it,
 * then every tagged figure still not estimated. When a prompt holds several figures for one
 * estimate (storage with and without photos), a line is compared with the closest; the others
 * count as named too. 'other' estimates are only compared with figures tagged 'other' of the
 * same name as the line's variable, or of the same value.
 * `lines` (the pad's lines, in order) keeps lines marked "not an estimate" out of the value match.
 */
export function compareResults(
  results: readonly LineResult[],
  figures: readonly ReferenceFigure[],
  lines: readonly { tag?: EstimateTag | null }[] = [],
): EstimateComparison[] {
  const refs = resolveFigures(figures);
  const out: EstimateComparison[] = [];
  const named = new Set<ResolvedFigure>();
  for (const r of results) {
    if (r.kind !== 'value' || r.tag === undefined) continue;
    const tag = r.tag;
    const taken: Taken = r.inferred ? 'name' : 'tag';
    const estimate: Estimate = { line: r.line, ...(r.name === undefined ? {} : { name: r.name }), tag, inferred: r.inferred, taken, lines: [r.line], quantity: r.quantity };
    const candidates = refs.filter((f) => f.estimate === tag && (tag !== 'other' || (r.name !== undefined && f.name.toLowerCase() === r.name.toLowerCase())));
    const ref = nearest(r.quantity, candidates) ?? candidates[0];
    if (!ref) {
      out.push({ kind: 'no-reference', ...estimate });
      continue;
    }
    for (const f of candidates) named.add(f);
    if (!ref.quantity) {
      out.push({ kind: 'mismatch', ...estimate, reference: ref, message: `the reference "${ref.value}" does not evaluate: ${ref.error ?? 'unknown error'}` });
      continue;
    }
    if (!comparable(r.quantity, ref.quantity)) {
      out.push({
        kind: 'mismatch',
        ...estimate,
        reference: ref,
        message: `${r.quantity.display} is ${article(r.quantity.dimension)}, but the reference ${LABELS[tag]} is ${article(ref.quantity.dimension)} (${ref.quantity.display})`,
      });
      continue;
    }
    const a = r.quantity.base;
    const b = ref.quantity.base;
    if (!(a > 0) || !(b > 0)) {
      out.push({ kind: 'mismatch', ...estimate, reference: ref, message: `only positive figures can be compared (${r.quantity.display} against ${ref.quantity.display})` });
      continue;
    }
    out.push({ kind: 'compared', ...estimate, reference: ref, ...judged(r.quantity, { ...ref, quantity: ref.quantity }, tag, `${r.quantity.display} is`) });
  }

  // A figure no line was marked as, met by an untagged line of the same kind and value (checks = 20M * 500 / day).
  const matched = new Set<number>();
  for (const ref of refs) {
    const q = ref.quantity;
    if (named.has(ref) || !q || !(q.base > 0)) continue;
    const r = results.find(
      (x): x is Extract<LineResult, { kind: 'value' }> =>
        x.kind === 'value' && x.tag === undefined && lines[x.line - 1]?.tag !== null && !matched.has(x.line) && comparable(x.quantity, q) && x.quantity.base > 0 && timesApart(x.quantity.base, q.base) <= VALUE_MATCH_WITHIN,
    );
    if (!r) continue;
    matched.add(r.line);
    for (const f of refs) if (f.estimate === ref.estimate) named.add(f);
    const estimate: Estimate = { line: r.line, ...(r.name === undefined ? {} : { name: r.name }), tag: ref.estimate, inferred: false, taken: 'value', lines: [r.line], quantity: r.quantity };
    const verdict = judged(r.quantity, { ...ref, quantity: q }, ref.estimate, '');
    out.push({ kind: 'compared', ...estimate, reference: ref, ...verdict, message: `${lineName(r.line, r.name)} (line ${r.line}) matches the reference ${LABELS[ref.estimate]}: ${q.display}` });
  }

  // The read/write ratio no line names, from the lines taken for reads and writes (reads = writes * 100).
  const ratioRefs = refs.filter((f) => f.estimate === 'read-write-ratio' && !named.has(f) && f.quantity !== undefined);
  const rateOf = (tag: EstimateTag) =>
    out.find((c): c is Exclude<EstimateComparison, { kind: 'not-estimated' }> => c.kind !== 'not-estimated' && c.tag === tag && c.quantity.dimension === 'rate' && c.quantity.base > 0);
  const reads = rateOf('read-qps');
  const writes = rateOf('write-qps');
  if (ratioRefs.length > 0 && reads && writes && comparable(reads.quantity, writes.quantity)) {
    const base = reads.quantity.base / writes.quantity.base;
    const quantity: Quantity = { base, unit: '', dimension: 'ratio', display: formatCount(base), power: powerOf(base) };
    const ref = nearest(quantity, ratioRefs);
    if (ref?.quantity) {
      for (const f of ratioRefs) named.add(f);
      const said = `${lineName(reads.line, reads.name)} ÷ ${lineName(writes.line, writes.name)} (lines ${reads.line} and ${writes.line}) gives ${quantity.display},`;
      const verdict = judged(quantity, { ...ref, quantity: ref.quantity }, 'read-write-ratio', said);
      out.push({ kind: 'compared', line: reads.line, tag: 'read-write-ratio', inferred: false, taken: 'ratio', lines: [reads.line, writes.line], quantity, reference: ref, ...verdict });
    }
  }

  const reported = new Set<EstimateTag>();
  for (const ref of refs) {
    // One entry per estimate: the first of its figures stands for the others.
    if (named.has(ref) || reported.has(ref.estimate)) continue;
    reported.add(ref.estimate);
    out.push({
      kind: 'not-estimated',
      tag: ref.estimate,
      reference: ref,
      message: `no line was marked as ${LABELS[ref.estimate]}; the reference is ${ref.quantity?.display ?? ref.value}`,
    });
  }
  return out;
}

/** Evaluates the pad's lines and compares them with the figures. */
export function compareScratchpad(
  lines: readonly { text: string; tag?: EstimateTag | null }[],
  figures: readonly ReferenceFigure[],
): EstimateComparison[] {
  return compareResults(evaluatePad(lines), figures, lines);
}

function article(d: Quantity['dimension']): string {
  return { count: 'a count', rate: 'a rate', data: 'a data size', bandwidth: 'a bandwidth', duration: 'a duration', ratio: 'a ratio', other: 'another kind of quantity' }[d];
}
