/**
 * The estimation pad's engine: each line of back-of-the-envelope maths evaluated with units.
 * Pure (no DOM, no Node). Built on a private mathjs instance; see ./engine.ts.
 *
 * Public API (stable: add, don't rename):
 *  - evaluatePad(lines)   one LineResult per input line, in order (results[i].line === i + 1)
 *  - evaluateLine(text)   one line on its own, or against a scope you carry between calls
 *  - evaluateExpression   a single expression to a Quantity (used for prompts' reference figures)
 *  - inferTag(name)       the estimate a variable's name suggests
 *  - prepareEngine()      builds the mathjs instance ahead of the first line
 */
import type { EstimateTag } from './pad';
import { evaluateInScope, getEngine, newScope, type EngineScope } from './engine';
import { inferTag as inferTagImpl } from './tags';
import { messageOf } from '../errors';

export type Dimension = 'count' | 'rate' | 'data' | 'bandwidth' | 'duration' | 'ratio' | 'other';

export type Quantity = {
  /** The value in base units: per second for rates, bytes for data, bytes per second for bandwidth, seconds for durations. */
  base: number;
  /** The base unit: '' (plain number), '/s', 'B', 'B/s', 's', 'users', 'users/s', 'B/users'... */
  unit: string;
  dimension: Dimension;
  /** Three significant figures with a multiplier or the unit's natural prefix: '116 /s', '9.13 TB', '3.52 T'. */
  display: string;
  /** The power of ten, floor(log10(|base|)) after rounding to three figures: 2 for 116. 0 for zero. */
  power: number;
};

export type LineResult =
  | { kind: 'blank' | 'comment'; line: number }
  | {
      kind: 'value';
      line: number;
      /** The variable the line assigns (`dau = 10M users`), if any. */
      name?: string;
      quantity: Quantity;
      /** The explicit tag, else one inferred from the name; absent when neither (or when the tag is null). */
      tag?: EstimateTag;
      /** True when `tag` came from the name rather than from the menu. */
      inferred: boolean;
    }
  | { kind: 'error'; line: number; message: string; column?: number };

/**
 * Builds the mathjs instance now (about 50–150 ms, once) rather than on the first line typed.
 * Optional: evaluating anything does it too.
 */
export function prepareEngine(): void {
  getEngine();
}

/** Variables defined so far; opaque, create with createScope(). */
export type EstimateScope = EngineScope;

export function createScope(): EstimateScope {
  return newScope();
}

/** The estimate a variable's name suggests: write_qps, writes, writeQps → 'write-qps'; storage → 'storage'... */
export function inferTag(name: string): EstimateTag | undefined {
  return inferTagImpl(name);
}

/** The dimension each estimate is expected to have; a name only suggests a tag its value fits. */
export const TAG_DIMENSIONS: Record<EstimateTag, readonly Dimension[]> = {
  'write-qps': ['rate'],
  'read-qps': ['rate'],
  'peak-qps': ['rate'],
  storage: ['data'],
  bandwidth: ['bandwidth'],
  'read-write-ratio': ['ratio', 'count'],
  other: [],
};

/**
 * Evaluates one line against `scope` (a fresh one if omitted), defining its variable there on success.
 * `line` is the 1-based line number reported in the result and in later "defined on line N" messages.
 * `tag`: the menu's choice; undefined infers one from the variable's name (only when the value's
 * dimension fits: `writes = 10M/day` is write QPS, `writes = 18B` is not), null means none.
 * Never throws.
 */
export function evaluateLine(
  text: string,
  scope: EstimateScope = createScope(),
  line = 1,
  tag?: EstimateTag | null,
): LineResult {
  let r: ReturnType<typeof evaluateInScope>;
  try {
    r = evaluateInScope(text, scope, line);
  } catch (error) {
    // evaluateInScope catches everything it knows of; this is the last guard for what it does not.
    return { kind: 'error', line, message: `the pad could not read this line (${messageOf(error)})` };
  }
  if (r.kind !== 'value') return r;
  const explicit = tag === null ? undefined : tag;
  let fromName = tag === undefined && r.name !== undefined ? inferTag(r.name) : undefined;
  if (fromName !== undefined && !TAG_DIMENSIONS[fromName].includes(r.quantity.dimension)) fromName = undefined;
  const chosen = explicit ?? fromName;
  // A plain number marked as the read/write ratio is a ratio.
  const quantity = chosen === 'read-write-ratio' && r.quantity.dimension === 'count' && r.quantity.unit === '' ? { ...r.quantity, dimension: 'ratio' as const } : r.quantity;
  return {
    kind: 'value',
    line,
    ...(r.name === undefined ? {} : { name: r.name }),
    quantity,
    ...(chosen === undefined ? {} : { tag: chosen }),
    inferred: explicit === undefined && fromName !== undefined,
  };
}

/** Evaluates a pad top to bottom; an erroring line does not stop the others. Never throws. */
export function evaluatePad(lines: readonly { text: string; tag?: EstimateTag | null }[]): LineResult[] {
  const scope = createScope();
  return lines.map((l, i) => evaluateLine(l.text, scope, i + 1, l.tag));
}

/** One expression (no assignment needed) to a Quantity, or an error message. For reference figures. */
export function evaluateExpression(text: string): { ok: true; quantity: Quantity } | { ok: false; message: string } {
  const r = evaluateLine(text, newScope(), 1, null);
  if (r.kind === 'value') return { ok: true, quantity: r.quantity };
  if (r.kind === 'error') return { ok: false, message: r.message };
  return { ok: false, message: 'nothing to evaluate' };
}
