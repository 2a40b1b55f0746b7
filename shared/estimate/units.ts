/**
 * The pad's units, as data. Every unit is a factor of one of two mathjs base units: `s` (time)
 * and `b` (bit; a byte is 8). Named counts (users, requests...) are added per pad by the engine.
 */

export type UnitKind = 'time' | 'data' | 'bits' | 'bandwidth' | 'rate';

export type UnitDef = {
  /** Seconds for time; bits for data and bits; bits per second for bandwidth; per second for a rate. */
  factor: number;
  kind: UnitKind;
  /** How a result shows this unit when it is the conversion target. */
  label: string;
};

const DAY = 86_400;
const SECONDS_PER_YEAR = 365 * DAY;

const table: [names: string[], factor: number, kind: UnitKind][] = [
  [['ns', 'nanosecond', 'nanoseconds'], 1e-9, 'time'],
  [['us', 'µs', 'μs', 'microsecond', 'microseconds'], 1e-6, 'time'],
  [['ms', 'millisecond', 'milliseconds'], 1e-3, 'time'],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1, 'time'],
  [['min', 'mins', 'minute', 'minutes'], 60, 'time'],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 3_600, 'time'],
  [['day', 'days'], DAY, 'time'],
  [['week', 'weeks', 'wk'], 7 * DAY, 'time'],
  [['month', 'months', 'mo'], SECONDS_PER_YEAR / 12, 'time'],
  [['year', 'years', 'yr', 'yrs'], SECONDS_PER_YEAR, 'time'],

  [['B', 'byte', 'bytes'], 8, 'data'],
  [['KB', 'kB'], 8e3, 'data'],
  [['MB'], 8e6, 'data'],
  [['GB'], 8e9, 'data'],
  [['TB'], 8e12, 'data'],
  [['PB'], 8e15, 'data'],
  [['EB'], 8e18, 'data'],
  [['KiB'], 8 * 2 ** 10, 'data'],
  [['MiB'], 8 * 2 ** 20, 'data'],
  [['GiB'], 8 * 2 ** 30, 'data'],
  [['TiB'], 8 * 2 ** 40, 'data'],
  [['PiB'], 8 * 2 ** 50, 'data'],
  [['EiB'], 8 * 2 ** 60, 'data'],

  [['bit', 'bits'], 1, 'bits'],
  [['Kbit', 'kbit', 'Kb', 'kb'], 1e3, 'bits'],
  [['Mbit', 'Mb'], 1e6, 'bits'],
  [['Gbit', 'Gb'], 1e9, 'bits'],
  [['Tbit', 'Tb'], 1e12, 'bits'],

  [['bps'], 1, 'bandwidth'],
  [['Kbps', 'kbps'], 1e3, 'bandwidth'],
  [['Mbps'], 1e6, 'bandwidth'],
  [['Gbps'], 1e9, 'bandwidth'],
  [['Tbps'], 1e12, 'bandwidth'],

  [['qps', 'QPS', 'rps', 'RPS'], 1, 'rate'],
];

const units = new Map<string, UnitDef>();
for (const [names, factor, kind] of table) {
  for (const name of names) units.set(name, { factor, kind, label: name === 'µs' || name === 'μs' || name === 'us' ? 'µs' : name });
}

/** Time words are also understood capitalised ("Days"); every other unit is case-sensitive (MB is not Mb). */
export function lookupUnit(word: string): UnitDef | undefined {
  const exact = units.get(word);
  if (exact) return exact;
  if (word.length >= 3) {
    const lower = units.get(word.toLowerCase());
    if (lower?.kind === 'time') return lower;
  }
  return undefined;
}

/**
 * Whether a unit word may also name a variable. Only the rate words (qps, rps): they are what
 * people call the number they are working out (`qps = dau * 20 / 86400`), and no other line's
 * unit depends on them the way `10M/day` depends on "day". Time and data words stay units only.
 */
export function namesVariable(word: string): boolean {
  return lookupUnit(word)?.kind === 'rate';
}


/** Multipliers written right after a number (`10K`, `18B`, `3.5T`); B is a billion only when attached. */
export const ATTACHED_MULTIPLIERS: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, B: 1e9, T: 1e12 };
/** Multipliers that may also stand apart from the number (`10 M users`, `18 billion`). Not B: `500 B` is bytes. */
export const SPACED_MULTIPLIERS: Record<string, number> = {
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Functions a line may call; nothing else of mathjs is reachable. */
export const FUNCTIONS: Record<string, string> = {
  sqrt: 'sqrt',
  log: 'log',
  ln: 'log',
  log2: 'log2',
  log10: 'log10',
  ceil: 'ceil',
  floor: 'floor',
  round: 'round',
  abs: 'abs',
  min: 'min',
  max: 'max',
};

export const KEYWORDS = new Set(['in', 'to', 'per']);

/** Units a result is shown in when no conversion is asked for. */
export const DISPLAY_TIME: [label: string, seconds: number][] = [
  ['year', SECONDS_PER_YEAR],
  ['day', DAY],
  ['h', 3_600],
  ['min', 60],
  ['s', 1],
  ['ms', 1e-3],
  ['µs', 1e-6],
  ['ns', 1e-9],
];
export const DISPLAY_DATA: [label: string, bytes: number][] = [
  ['EB', 1e18],
  ['PB', 1e15],
  ['TB', 1e12],
  ['GB', 1e9],
  ['MB', 1e6],
  ['KB', 1e3],
  ['B', 1],
];
