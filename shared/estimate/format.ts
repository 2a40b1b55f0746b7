/** Showing numbers: three significant figures, a multiplier or a prefix, and the power of ten. */
import { DISPLAY_DATA, DISPLAY_TIME } from './units';

/** Rounds to three significant figures. */
export function round3(n: number): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  return Number(n.toPrecision(3));
}

/** floor(log10 |n|) after rounding to three figures; 0 for zero. */
export function powerOf(n: number): number {
  const r = round3(n);
  if (r === 0 || !Number.isFinite(r)) return 0;
  return Number(r.toExponential(2).split('e')[1]);
}

/** Three figures without trailing zeros, never in exponent form for 1e-3 ≤ |n| < 1e21. */
function digits(n: number): string {
  const r = round3(n);
  if (r === 0) return '0';
  const a = Math.abs(r);
  if (a < 1e-3 || a >= 1e21) return expForm(r);
  // toPrecision can give "1.23e+5" for large numbers; String of the rounded value does not below 1e21.
  return String(r);
}

function expForm(r: number): string {
  const [m, e] = r.toExponential(2).split('e');
  return `${String(Number(m))}e${Number(e)}`;
}

const MULTIPLIERS: [string, number][] = [
  ['T', 1e12],
  ['B', 1e9],
  ['M', 1e6],
  ['K', 1e3],
];

/** 116, 86.4 K, 18.3 B, 3.52 T; beyond a thousand trillion or under a thousandth, 1.23e15. */
export function formatCount(n: number): string {
  const r = round3(n);
  const a = Math.abs(r);
  if (a === 0) return '0';
  if (a >= 1e15 || a < 1e-3) return expForm(r);
  for (const [label, size] of MULTIPLIERS) if (a >= size) return `${digits(r / size)} ${label}`;
  return digits(r);
}

/** With thousands separators up to a million, then a multiplier: for a value in a unit someone asked for. */
export function formatPlain(n: number): string {
  const r = round3(n);
  const a = Math.abs(r);
  if (a >= 1e6 || (a < 1e-3 && a !== 0)) return formatCount(r);
  if (a >= 1e3) return r.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return digits(r);
}

/** The largest unit in which `value` shows as at least 1 after rounding to three figures. */
function pick(value: number, units: readonly [string, number][]): [string, number] {
  const a = Math.abs(value);
  for (const u of units) if (Math.abs(round3(a / u[1])) >= 1) return u;
  return units[units.length - 1]!;
}

/** Bytes with the largest decimal prefix that keeps the number at least 1: 9.13 TB, 500 B, 1.5 KB/user. */
export function formatPrefixed(bytes: number, suffix = ''): string {
  if (bytes === 0) return `0 B${suffix}`;
  const [label, size] = pick(bytes, DISPLAY_DATA);
  const m = bytes / size;
  const num = Math.abs(m) >= 1e3 ? formatCount(m) : digits(m);
  return `${num} ${label}${suffix}`;
}

/** Seconds in the largest of year, day, h, min, s, ms, µs, ns that keeps the number at least 1. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0 s';
  const [label, size] = pick(seconds, DISPLAY_TIME);
  const m = seconds / size;
  return `${Math.abs(m) >= 1e3 || Math.abs(m) < 1e-3 ? formatCount(m) : digits(m)} ${label}`;
}
