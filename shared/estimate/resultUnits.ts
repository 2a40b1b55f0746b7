// The pad engine's units of a result: mathjs's dimensions read back as a Quantity with the counts
// it carries, and how it is shown.
import { getEngine, MAX_UNIT_EXPONENT, PadError, type EngineScope, type MathUnit } from './engineCore';
import type { Dimension, Quantity } from './evaluate';
import { formatCount, formatDuration, formatPrefixed, powerOf, round3 } from './format';

function isUnit(x: unknown): x is MathUnit {
  return typeof x === 'object' && x !== null && (x as { type?: string }).type === 'Unit';
}

export function dimsOf(x: unknown): number[] {
  return isUnit(x) ? x.dimensions : [];
}

export function sameDims(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 1e-9) return false;
  return true;
}

/** '' when the dimensions match, the names of the counts `a` has on top that `b` lacks, or undefined when they cannot convert. */
export function carriedCounts(a: readonly number[], b: readonly number[], scope: EngineScope): string | undefined {
  if (sameDims(a, b)) return '';
  const { slotIndex } = getEngine();
  const extra: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d === 0) continue;
    const slot = slotIndex.indexOf(i);
    if (slot === -1 || d < 0 || (b[i] ?? 0) !== 0) return undefined;
    const entry = [...scope.counts.values()].find((c) => c.slot === slot);
    if (!entry) return undefined;
    extra.push(d === 1 ? entry.plural : `${entry.plural}^${d}`);
  }
  return extra.join(' ');
}

export function siValue(x: unknown): number {
  if (typeof x === 'number') return x;
  if (isUnit(x)) return x.value ?? 1;
  throw new PadError('this is not a number');
}

export function describeDims(q: Quantity): string {
  const what: Record<Dimension, string> = {
    count: 'a count',
    rate: 'a rate',
    data: 'a data size',
    bandwidth: 'a bandwidth',
    duration: 'a duration',
    ratio: 'a ratio',
    other: 'a quantity',
  };
  return q.unit === '' ? what[q.dimension] : `${what[q.dimension]} (${q.unit})`;
}

export function measure(raw: unknown, scope: EngineScope, isRatio: () => boolean): Quantity {
  const { timeIndex, bitIndex, slotIndex } = getEngine();
  if (typeof raw === 'boolean' || raw === null || raw === undefined) throw new PadError('this is not a number');
  if (typeof raw === 'number' || (isUnit(raw) && raw.dimensions.every((d) => d === 0))) {
    const base = typeof raw === 'number' ? raw : (raw as MathUnit).value ?? 1;
    checkFinite(base);
    const dimension: Dimension = isRatio() ? 'ratio' : 'count';
    return { base, unit: '', dimension, display: formatCount(base), power: powerOf(base) };
  }
  if (!isUnit(raw)) {
    const type = typeof raw === 'object' ? (raw as { type?: string }).type : undefined;
    throw new PadError(type === 'Complex' ? 'the result is not a real number (a square root or log of a negative?)' : 'this is not a number');
  }
  const dims = raw.dimensions;
  let other = false;
  dims.forEach((d, i) => {
    if (d !== 0 && i !== timeIndex && i !== bitIndex && !slotIndex.includes(i)) other = true;
    if (d !== 0 && (Math.abs(d) > MAX_UNIT_EXPONENT || !Number.isInteger(d))) throw new PadError(`a unit is raised to a power the pad cannot show (${d}); keep powers on numbers`);
  });
  if (other) throw new PadError('this is not a quantity the pad knows');
  const t = dims[timeIndex] ?? 0;
  const bit = dims[bitIndex] ?? 0;
  const counts: { name: string; singular: string; exp: number }[] = [];
  for (const entry of scope.counts.values()) {
    const exp = dims[slotIndex[entry.slot]!] ?? 0;
    if (exp !== 0) counts.push({ name: entry.plural, singular: entry.singular, exp });
  }
  const si = raw.value ?? 1;
  const base = si / 8 ** bit;
  checkFinite(base);

  const num: string[] = [];
  const den: string[] = [];
  const part = (label: string, exp: number, denLabel = label) => {
    if (exp > 0) num.push(exp === 1 ? label : `${label}^${exp}`);
    if (exp < 0) den.push(exp === -1 ? denLabel : `${denLabel}^${-exp}`);
  };
  part('B', bit);
  for (const c of counts) part(c.name, c.exp, c.singular);
  part('s', t);
  const unit = `${num.join(' ')}${den.length ? `/${den.join('/')}` : ''}`;
  const countLabel = (() => {
    const n: string[] = [];
    const d: string[] = [];
    for (const c of counts) {
      if (c.exp > 0) n.push(c.exp === 1 ? c.name : `${c.name}^${c.exp}`);
      else d.push(c.exp === -1 ? c.singular : `${c.singular}^${-c.exp}`);
    }
    return { n: n.join(' '), d: d.join('/') };
  })();

  let dimension: Dimension = 'other';
  let display: string;
  const power = powerOf(base);
  if (bit === 0 && t === 0) {
    dimension = 'count';
    display = joinDisplay(formatCount(base), unit);
  } else if (bit === 0 && t === -1) {
    dimension = 'rate';
    display = rateDisplay(base, countLabel.n, countLabel.d);
  } else if (bit === 1 && t === 0) {
    dimension = 'data';
    display = formatPrefixed(base, unitSuffix(countLabel.n, countLabel.d));
  } else if (bit === 1 && t === -1) {
    dimension = 'bandwidth';
    display = formatPrefixed(base, `${countLabel.n ? ` ${countLabel.n}` : ''}/s${countLabel.d ? `/${countLabel.d}` : ''}`);
  } else if (bit === 0 && t === 1 && counts.length === 0) {
    dimension = 'duration';
    display = formatDuration(base);
  } else {
    display = joinDisplay(formatCount(base), unit);
  }
  return { base, unit, dimension, display, power };
}

function unitSuffix(n: string, d: string): string {
  return `${n ? ` ${n}` : ''}${d ? `/${d}` : ''}`;
}

function joinDisplay(num: string, unit: string): string {
  return unit ? `${num} ${unit}` : num;
}

/** Per second by default; a rate under one per 100 s reads better per day, and under one per 100 days per year. */
function rateDisplay(perSecond: number, n: string, d: string): string {
  const what = n ? `${n}/` : '/';
  const extra = d ? `/${d}` : '';
  const a = Math.abs(round3(perSecond));
  if (a !== 0 && a < 0.01) {
    const perDay = perSecond * 86_400;
    if (Math.abs(round3(perDay)) >= 0.01) return `${formatCount(perDay)} ${what}day${extra}`;
    return `${formatCount(perSecond * 31_536_000)} ${what}year${extra}`;
  }
  return `${formatCount(perSecond)} ${what}s${extra}`;
}

function checkFinite(n: number): void {
  if (Number.isNaN(n)) throw new PadError('the result is not a number (0/0?)');
  if (!Number.isFinite(n)) throw new PadError('the result is too large (or a division by zero)');
}
