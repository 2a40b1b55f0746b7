// The pad engine's base: its limits, the mathjs instance and what the lines above have defined.
import { all, create, type MathJsInstance } from 'mathjs';
import type { Quantity } from './evaluate';

/** Longest line the engine reads; a pad line may hold up to 2,000 characters but no estimate needs that. */
export const MAX_LINE_CHARS = 1_000;
/** Parentheses deeper than this are refused before mathjs sees them. */
export const MAX_DEPTH = 24;
/** Different named counts (users, posts...) one pad may use. */
export const MAX_COUNTS = 24;
export const MAX_TOKENS = 400;
export const MAX_POWERS = 12;
export const MAX_UNIT_EXPONENT = 8;

// ---------------------------------------------------------------------------------------------
// The mathjs instance: made on first use, with the count slots defined and the dangerous parts off.

export type MathUnit = { value: number | null; dimensions: number[]; units: unknown[] };
export type Engine = { math: MathJsInstance; evaluate: (expr: string, scope: Map<string, unknown>) => unknown; timeIndex: number; bitIndex: number; slotIndex: number[] };

let engine: Engine | undefined;

export function getEngine(): Engine {
  if (engine) return engine;
  const math = create(all!, { number: 'number' });
  const slotIndex: number[] = [];
  for (let i = 0; i < MAX_COUNTS; i++) math.createUnit(`cnt${i}`);
  const base = (math.Unit as unknown as { BASE_DIMENSIONS: string[] }).BASE_DIMENSIONS;
  for (let i = 0; i < MAX_COUNTS; i++) slotIndex.push(base.indexOf(`cnt${i}_STUFF`));
  const timeIndex = base.indexOf('TIME');
  const bitIndex = base.indexOf('BIT');
  if (timeIndex < 0 || bitIndex < 0 || slotIndex.some((i) => i < 0)) throw new Error('mathjs has changed its base dimensions');
  const evaluate = math.evaluate.bind(math) as (expr: string, scope: Map<string, unknown>) => unknown;
  const refuse = (name: string) => () => {
    throw new Error(`${name} is not available in the pad`);
  };
  math.import(
    Object.fromEntries(
      ['import', 'createUnit', 'evaluate', 'parse', 'compile', 'simplify', 'derivative', 'resolve', 'reviver', 'replacer', 'chain'].map((n) => [n, refuse(n)]),
    ),
    { override: true },
  );
  engine = { math, evaluate, timeIndex, bitIndex, slotIndex };
  return engine;
}

// ---------------------------------------------------------------------------------------------
// Scope: what the lines above have defined.

export type Variable = { internal: string; value: unknown; quantity: Quantity; line: number };
export type CountWord = { slot: number; singular: string; plural: string };

export type EngineScope = {
  readonly vars: Map<string, Variable>;
  /** Names whose defining line failed, and that line, for "x is undefined: line 3 has an error". */
  readonly failed: Map<string, number>;
  readonly counts: Map<string, CountWord>;
  next: number;
};

export function newScope(): EngineScope {
  return { vars: new Map(), failed: new Map(), counts: new Map(), next: 0 };
}

// ---------------------------------------------------------------------------------------------
// Results.

export type EngineResult =
  | { kind: 'blank' | 'comment'; line: number }
  | { kind: 'value'; line: number; name?: string; quantity: Quantity }
  | { kind: 'error'; line: number; message: string; column?: number };

export class PadError extends Error {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(message);
  }
}
