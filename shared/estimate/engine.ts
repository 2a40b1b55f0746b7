/**
 * The pad language on top of mathjs. mathjs does the arithmetic, the unit algebra (a rate times a
 * duration is a count, bytes over seconds is bandwidth) and the operator precedence; this module
 * does what mathjs lacks: it reads each line into tokens, resolves every word (unit, named count,
 * variable, function, multiplier, keyword) and writes a mathjs expression that only ever names
 * the few things allowed. Nothing the person types reaches mathjs unchecked, so matrices,
 * strings, assignments of functions, import/evaluate and the like are unreachable by construction;
 * the instance also disables them, as a second lock.
 */
import { all, create, type MathJsInstance } from 'mathjs';
import type { Dimension, Quantity } from './evaluate';
import { formatCount, formatDuration, formatPrefixed, formatPlain, powerOf, round3 } from './format';
import { ATTACHED_MULTIPLIERS, FUNCTIONS, KEYWORDS, SPACED_MULTIPLIERS, lookupUnit, namesVariable, type UnitDef } from './units';
import { messageOf } from '../errors';

/** Longest line the engine reads; a pad line may hold up to 2,000 characters but no estimate needs that. */
export const MAX_LINE_CHARS = 1_000;
/** Parentheses deeper than this are refused before mathjs sees them. */
export const MAX_DEPTH = 24;
/** Different named counts (users, posts...) one pad may use. */
export const MAX_COUNTS = 24;
const MAX_TOKENS = 400;
const MAX_POWERS = 12;
const MAX_UNIT_EXPONENT = 8;

// ---------------------------------------------------------------------------------------------
// The mathjs instance: made on first use, with the count slots defined and the dangerous parts off.

type MathUnit = { value: number | null; dimensions: number[]; units: unknown[] };
type Engine = { math: MathJsInstance; evaluate: (expr: string, scope: Map<string, unknown>) => unknown; timeIndex: number; bitIndex: number; slotIndex: number[] };

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

type Variable = { internal: string; value: unknown; quantity: Quantity; line: number };
type CountWord = { slot: number; singular: string; plural: string };

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

class PadError extends Error {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(message);
  }
}

const NAME = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*=(?!=)/u;

/** Evaluates one line of the pad against `scope`; never throws. */
export function evaluateInScope(text: string, scope: EngineScope, line: number): EngineResult {
  const hash = text.indexOf('#');
  const code = hash === -1 ? text : text.slice(0, hash);
  if (code.trim() === '') return { kind: hash === -1 ? 'blank' : 'comment', line };

  let name: string | undefined;
  try {
    if (text.length > MAX_LINE_CHARS) throw new PadError(`this line is too long (${text.length} characters; at most ${MAX_LINE_CHARS})`);
    let offset = 0;
    let body = code;
    const assign = NAME.exec(code);
    if (assign) {
      name = assign[1]!;
      offset = assign[0].length;
      body = code.slice(offset);
      checkName(name, code.indexOf(name) + 1);
      if (body.trim() === '') throw new PadError(`nothing after "=": write ${name} = an expression`, offset + 1);
    }
    const quantity = evaluateBody(body, offset, scope);
    if (name !== undefined) {
      scope.vars.set(name, { internal: `v${scope.next++}`, value: quantity.raw, quantity: quantity.quantity, line });
      scope.failed.delete(name);
    }
    return { kind: 'value', line, ...(name === undefined ? {} : { name }), quantity: quantity.quantity };
  } catch (error) {
    if (name !== undefined) {
      scope.vars.delete(name);
      scope.failed.set(name, line);
    }
    const e = error instanceof PadError ? error : new PadError(describeMathError(error));
    return { kind: 'error', line, message: e.message, ...(e.column === undefined ? {} : { column: e.column }) };
  }
}

function checkName(name: string, column: number): void {
  if (KEYWORDS.has(name)) throw new PadError(`"${name}" is a keyword; pick another name`, column);
  if (lookupUnit(name) && !namesVariable(name)) throw new PadError(`"${name}" is a unit; pick another name`, column);
  if (name in FUNCTIONS) throw new PadError(`"${name}" is a function; pick another name`, column);
  if (name in SPACED_MULTIPLIERS || name in ATTACHED_MULTIPLIERS) throw new PadError(`"${name}" is a multiplier; pick another name`, column);
}

// ---------------------------------------------------------------------------------------------
// Tokens.

type Tok =
  | { t: 'num'; value: number; col: number; text: string; percent: boolean }
  | { t: 'word'; text: string; col: number; attached: boolean }
  | { t: 'op'; text: '+' | '-' | '*' | '/' | '^' | ':'; col: number }
  | { t: '('; col: number }
  | { t: ')'; col: number }
  | { t: ','; col: number };

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const WORD = /^[\p{L}_][\p{L}\p{N}_]*/u;
const OPS: Record<string, '+' | '-' | '*' | '/' | '^' | ':'> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '·': '*',
  '/': '/',
  '÷': '/',
  '^': '^',
  ':': ':',
};

function lex(src: string, offset: number): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    const col = offset + i + 1;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = NUMBER.exec(rest);
    if (num && /[\d.]/.test(ch)) {
      const text = num[0];
      let value = Number(text.replace(/[,_]/g, ''));
      if (!Number.isFinite(value)) throw new PadError(`the number ${text} is too large`, col);
      i += text.length;
      // An attached multiplier: one letter right after the digits and then no more letters (10M, not 10MB).
      const m = /^[A-Za-z]/.exec(src.slice(i));
      const after = src[i + 1];
      if (m && m[0] in ATTACHED_MULTIPLIERS && (after === undefined || !/[\p{L}\p{N}_]/u.test(after))) {
        if (/[eE]/.test(text)) throw new PadError(`write either an exponent or a multiplier, not both: ${text}${m[0]}`, col);
        value *= ATTACHED_MULTIPLIERS[m[0]]!;
        i += 1;
      }
      let percent = false;
      if (src[i] === '%') {
        percent = true;
        i++;
      }
      toks.push({ t: 'num', value, col, text: src.slice(col - offset - 1, i), percent });
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      const prev = toks[toks.length - 1];
      const attached = prev !== undefined && prev.t === 'num' && i > 0 && !/\s/.test(src[i - 1]!);
      toks.push({ t: 'word', text: word[0], col, attached });
      i += word[0].length;
      continue;
    }
    if (ch in OPS) {
      toks.push({ t: 'op', text: OPS[ch]!, col });
      i++;
      continue;
    }
    if (ch === '*' && src[i + 1] === '*') {
      i += 2;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      toks.push({ t: ch, col });
      i++;
      continue;
    }
    // The whole character, not half of an emoji's surrogate pair, so the message shows what was typed.
    throw new PadError(unexpectedCharacter(String.fromCodePoint(src.codePointAt(i)!)), col);
  }
  if (toks.length > MAX_TOKENS) throw new PadError(`this line has too many parts (${toks.length}; at most ${MAX_TOKENS})`);
  return toks;
}

function unexpectedCharacter(ch: string): string {
  if (ch === '=') return '"=" only names a value at the start of a line (name = expression); functions cannot be defined';
  if (ch === '[' || ch === ']' || ch === '{' || ch === '}') return `"${ch}": lists and matrices are not part of the pad`;
  if (ch === '"' || ch === "'" || ch === '`') return 'text in quotes is not part of the pad (use # for a comment)';
  if (ch === ';') return '";": one expression per line';
  if (ch === '%') return '"%" follows a number (30%)';
  return `unexpected "${ch}"`;
}

// ---------------------------------------------------------------------------------------------
// Resolving words and writing the mathjs expression.

/** A piece of the mathjs expression, remembering the column it came from. */
type Piece =
  | { k: 'num'; s: string; col: number }
  | { k: 'unit'; s: string; col: number }
  | { k: 'var'; s: string; col: number }
  | { k: 'fn'; s: string; col: number }
  | { k: 'op'; s: string; col: number }
  | { k: '(' | ')' | ','; s: string; col: number; synthetic?: boolean };

const valueEnd = (p: Piece | undefined) => p !== undefined && (p.k === 'num' || p.k === 'unit' || p.k === 'var' || p.k === ')');

type Compiled = { expr: string; pieces: Piece[]; colon: boolean };

function resolve(toks: readonly Tok[], scope: EngineScope, target: boolean): Compiled {
  const out: Piece[] = [];
  const stack: { call: boolean; col: number }[] = []; // open parentheses; call when one belongs to a function
  let colon = false;

  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const prev = out[out.length - 1];
    switch (tok.t) {
      case 'num': {
        if (prev && prev.k === 'num') throw new PadError(`two numbers in a row: add an operator before ${tok.text}`, tok.col);
        const v = tok.percent ? tok.value / 100 : tok.value;
        out.push({ k: 'num', s: numberText(v), col: tok.col });
        break;
      }
      case 'op': {
        if (tok.text === ':') {
          if (colon || stack.length > 0) throw new PadError('":" writes a ratio (100:1) and may appear once, outside parentheses', tok.col);
          colon = true;
          out.push({ k: ')', s: ')', col: tok.col, synthetic: true }, { k: 'op', s: '/', col: tok.col }, { k: '(', s: '(', col: tok.col, synthetic: true });
          break;
        }
        out.push({ k: 'op', s: tok.text, col: tok.col });
        break;
      }
      case '(': {
        const isCall = prev?.k === 'fn';
        stack.push({ call: isCall, col: tok.col });
        if (stack.length > MAX_DEPTH) throw new PadError(`parentheses nested too deeply (at most ${MAX_DEPTH})`, tok.col);
        out.push({ k: '(', s: '(', col: tok.col });
        break;
      }
      case ')': {
        if (stack.length === 0) throw new PadError('")" without a matching "("', tok.col);
        stack.pop();
        out.push({ k: ')', s: ')', col: tok.col });
        break;
      }
      case ',': {
        if (stack[stack.length - 1]?.call !== true) throw new PadError('",": write numbers without commas inside them (86400 or 86,400), and separate a function\'s arguments with ", "', tok.col);
        out.push({ k: ',', s: ',', col: tok.col });
        break;
      }
      case 'word': {
        const w = tok.text;
        const next = toks[i + 1];
        // Multipliers standing apart from their number: 10 M users, 18 billion, (a + b) M.
        if (w in SPACED_MULTIPLIERS && !scope.vars.has(w)) {
          if (prev?.k === 'num') {
            prev.s = numberText(Number(prev.s) * SPACED_MULTIPLIERS[w]!);
            break;
          }
          if (prev?.k === ')' || prev?.k === 'var') {
            out.push({ k: 'unit', s: `(${numberText(SPACED_MULTIPLIERS[w]!)})`, col: tok.col });
            break;
          }
          // "dau to M users", "codes in T": a multiplier may lead a conversion target.
          if (target && prev === undefined) {
            out.push({ k: 'num', s: numberText(SPACED_MULTIPLIERS[w]!), col: tok.col });
            break;
          }
        }
        // "3x" as in "peak is 3x the average": the x only says "times".
        if ((w === 'x' || w === 'X') && tok.attached && !(next && (next.t === 'num' || next.t === '(' || next.t === 'word'))) break;
        if (w === 'per') {
          if (!valueEnd(prev) && !(target && out.length === 0)) throw new PadError('"per" needs something before it (100 per s)', tok.col);
          if (target && out.length === 0) out.push({ k: 'num', s: '1', col: tok.col });
          out.push({ k: 'op', s: '/', col: tok.col });
          break;
        }
        if (w === 'in' || w === 'to') throw new PadError(`"${w}" converts once, at the end of a line: storage to TB`, tok.col);
        if (w in FUNCTIONS && next?.t === '(') {
          if (valueEnd(prev)) out.push({ k: 'op', s: '*', col: tok.col });
          out.push({ k: 'fn', s: FUNCTIONS[w]!, col: tok.col });
          break;
        }
        // A rate word defined as a variable above (qps = ...) is that variable from then on; a conversion target stays a unit.
        const shadowed = !target && namesVariable(w) && (scope.vars.has(w) || scope.failed.has(w));
        const unit = shadowed ? undefined : lookupUnit(w);
        if (unit) {
          out.push({ k: 'unit', s: unitExpression(unit), col: tok.col });
          break;
        }
        const variable = scope.vars.get(w);
        if (variable) {
          if (valueEnd(prev) && prev?.k !== 'num' && prev?.k !== ')') throw new PadError(`put an operator before "${w}"`, tok.col);
          if (prev?.k === 'num' || prev?.k === ')') out.push({ k: 'op', s: '*', col: tok.col });
          out.push({ k: 'var', s: variable.internal, col: tok.col });
          break;
        }
        const failedAt = scope.failed.get(w);
        if (failedAt !== undefined) throw new PadError(`"${w}" is undefined: line ${failedAt}, which defines it, has an error`, tok.col);
        if (w in FUNCTIONS) throw new PadError(`${w}(...) is a function: write ${w}(x)`, tok.col);
        // "30% of dau": of as "times".
        if (w === 'of' && valueEnd(prev) && next !== undefined && (next.t === 'num' || next.t === '(' || next.t === 'word')) {
          out.push({ k: 'op', s: '*', col: tok.col });
          break;
        }
        // "10M x 50": x as "times".
        if ((w === 'x' || w === 'X') && valueEnd(prev) && next !== undefined && (next.t === 'num' || next.t === '(' || next.t === 'word')) {
          out.push({ k: 'op', s: '*', col: tok.col });
          break;
        }
        // Any other word after a value (10M users) or after "/" or "per" (B/user) is a named count.
        const afterDivide = prev?.k === 'op' && prev.s === '/';
        if (valueEnd(prev) || afterDivide || target) {
          out.push({ k: 'unit', s: countUnit(w, scope, tok.col), col: tok.col });
          break;
        }
        throw new PadError(`unknown name "${w}": define it first (${w} = ...) or put a number before a count (10M ${w})`, tok.col);
      }
    }
  }
  if (stack.length > 0) throw new PadError('this "(" is never closed', stack[stack.length - 1]!.col);
  let pieces = groupUnits(out);
  if (colon) pieces = [{ k: '(', s: '(', col: 1, synthetic: true }, ...pieces, { k: ')', s: ')', col: 1, synthetic: true }];
  return { expr: pieces.map((p) => p.s).join(' '), pieces, colon };
}

/** JavaScript's shortest round-trip text for a number, which mathjs reads back exactly. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new PadError('a number here is too large');
  return String(n);
}

function unitExpression(u: UnitDef): string {
  const f = numberText(u.factor);
  switch (u.kind) {
    case 'time':
      return `(${f} s)`;
    case 'data':
    case 'bits':
      return `(${f} b)`;
    case 'bandwidth':
      return `((${f} b) / (1 s))`;
    case 'rate':
      return `(${f} / (1 s))`;
  }
}

/** A word used as a count gets one of the pad's count slots; "user" and "users" share one. */
function countUnit(word: string, scope: EngineScope, col: number): string {
  const key = singular(word.toLowerCase());
  let entry = scope.counts.get(key);
  if (!entry) {
    if (scope.counts.size >= MAX_COUNTS) throw new PadError(`too many different counts in one pad (at most ${MAX_COUNTS}); "${word}" is one too many`, col);
    const lower = word.toLowerCase();
    const isPlural = singular(lower) !== lower;
    entry = { slot: scope.counts.size, singular: isPlural ? singular(word) : word, plural: isPlural ? word : plural(word) };
    scope.counts.set(key, entry);
  }
  return `cnt${entry.slot}`;
}

function singular(w: string): string {
  if (w.length > 4 && /ies$/i.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && /[^s]s$/i.test(w)) return w.slice(0, -1);
  return w;
}

function plural(w: string): string {
  if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/i.test(w)) return `${w}es`;
  return `${w}s`;
}

/**
 * mathjs gives implicit multiplication its own precedence rules ("2 / 1e5 s" is not "2 / 10^5 s"),
 * so a value followed by units is put in parentheses first: `x / 10^5 s` is x / (10^5 s),
 * `10M users/day` is (10M users) / day.
 */
function groupUnits(pieces: Piece[]): Piece[] {
  const out = [...pieces];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.k !== 'unit' || !valueEnd(out[i - 1])) continue;
    const start = atomStart(out, i - 1);
    let end = exponentEnd(out, i);
    while (out[end + 1]?.k === 'unit') end = exponentEnd(out, end + 1);
    out.splice(end + 1, 0, { k: ')', s: ')', col: out[end]!.col, synthetic: true });
    out.splice(start, 0, { k: '(', s: '(', col: out[start]!.col, synthetic: true });
    i = end + 2;
  }
  return out;
}

/** The index where the value ending at `j` starts: a number, a name, a (group) or f(call), and any base^ before it. */
function atomStart(p: readonly Piece[], j: number): number {
  let start = j;
  if (p[j]!.k === ')') {
    let depth = 0;
    for (let k = j; k >= 0; k--) {
      if (p[k]!.k === ')') depth++;
      else if (p[k]!.k === '(' && --depth === 0) {
        start = k;
        break;
      }
    }
    if (p[start - 1]?.k === 'fn') start--;
  }
  const before = p[start - 1];
  if (before?.k === 'op' && before.s === '^' && start - 2 >= 0 && valueEnd(p[start - 2])) return atomStart(p, start - 2);
  return start;
}

/** The unit at `i` with any ^exponent after it: s^2, s^-1. */
function exponentEnd(p: readonly Piece[], i: number): number {
  if (p[i + 1]?.k !== 'op' || p[i + 1]!.s !== '^') return i;
  let k = i + 2;
  if (p[k]?.k === 'op' && (p[k]!.s === '-' || p[k]!.s === '+')) k++;
  if (p[k]?.k === 'num') return k;
  if (p[k]?.k === '(') {
    let depth = 0;
    for (; k < p.length; k++) {
      if (p[k]!.k === '(') depth++;
      else if (p[k]!.k === ')' && --depth === 0) return k;
    }
  }
  return i;
}

// ---------------------------------------------------------------------------------------------
// Evaluating and classifying.

type Evaluated = { quantity: Quantity; raw: unknown };

function evaluateBody(body: string, offset: number, scope: EngineScope): Evaluated {
  const toks = lex(body, offset);
  if (toks.length === 0) throw new PadError('nothing to evaluate');
  const powers = toks.filter((t) => t.t === 'op' && t.text === '^').length;
  if (powers > MAX_POWERS) throw new PadError(`too many powers in one line (at most ${MAX_POWERS})`);

  // "... in TB" / "... to /s": the last top-level in/to converts.
  let split = -1;
  let depth = 0;
  toks.forEach((t, i) => {
    if (t.t === '(') depth++;
    else if (t.t === ')') depth--;
    else if (depth === 0 && t.t === 'word' && (t.text === 'in' || t.text === 'to') && !scope.vars.has(t.text)) split = i;
  });
  const left = split === -1 ? toks : toks.slice(0, split);
  if (left.length === 0) throw new PadError(`nothing to convert before "${(toks[split] as { text: string }).text}"`, toks[split]!.col);

  const compiled = resolve(left, scope, false);
  const raw = run(compiled, scope);
  const measured = measure(raw, scope, () => compiled.colon || likesDivided(compiled, scope));

  if (split === -1) return { quantity: measured, raw };

  const kw = toks[split] as { text: string; col: number };
  const targetToks = toks.slice(split + 1);
  if (targetToks.length === 0) throw new PadError(`"${kw.text}" needs a unit after it: ${kw.text} TB, ${kw.text} /s`, kw.col);
  // "in /s", "to per day": a leading "/" or "per" means 1/...
  const first = targetToks[0]!;
  const leadingSlash = first.t === 'op' && first.text === '/';
  const target = resolve(leadingSlash ? [{ t: 'num', value: 1, col: first.col, text: '1', percent: false }, ...targetToks] : targetToks, scope, true);
  const targetRaw = run(target, scope);
  const targetMeasure = measure(targetRaw, scope, () => false);
  const a = dimsOf(raw);
  const b = dimsOf(targetRaw);
  const wanted = targetText(targetToks);
  // Counts the target leaves out ride along: "writes in /day" for 10M writes/day shows "10 M writes/day".
  const carried = carriedCounts(a, b, scope);
  if (carried === undefined) {
    throw new PadError(`cannot convert ${describeDims(measured)} to ${wanted} (${describeDims(targetMeasure)})`, kw.col);
  }
  const ratio = siValue(raw) / siValue(targetRaw);
  const unitShown = carried === '' ? wanted : wanted.startsWith('/') ? `${carried}${wanted}` : `${wanted} ${carried}`;
  return { quantity: { ...measured, display: `${formatPlain(ratio)} ${unitShown}` }, raw };
}

function targetText(toks: readonly Tok[]): string {
  let s = '';
  for (const t of toks) {
    const piece = t.t === 'num' ? t.text : t.t === 'word' ? (t.text === 'per' ? '/' : t.text) : t.t === 'op' ? t.text : t.t;
    const glue = s === '' || piece === '/' || piece === '^' || s.endsWith('/') || s.endsWith('^') || piece === ')' || s.endsWith('(');
    s += glue ? piece : ` ${piece}`;
  }
  return s;
}

function run(c: Compiled, scope: EngineScope): unknown {
  const { evaluate } = getEngine();
  const vars = new Map<string, unknown>();
  const wanted = new Set(c.pieces.filter((p) => p.k === 'var').map((p) => p.s));
  for (const v of scope.vars.values()) if (wanted.has(v.internal)) vars.set(v.internal, v.value);
  try {
    return evaluate(c.expr, vars);
  } catch (error) {
    const message = describeMathError(error);
    const at = /\(char (\d+)\)/.exec(error instanceof Error ? error.message : '');
    throw new PadError(message, at ? columnAt(c.pieces, Number(at[1])) : undefined);
  }
}

/** The source column of the piece covering character `index` (1-based, as mathjs counts) of the expression. */
function columnAt(pieces: readonly Piece[], index: number): number | undefined {
  let pos = 0;
  let last: number | undefined;
  for (const p of pieces) {
    if (!('synthetic' in p && p.synthetic)) last = p.col;
    pos += p.s.length + 1;
    if (pos >= index) return last;
  }
  return last;
}

/**
 * Whether a dimensionless result is a ratio of like quantities (reads / writes) rather than a count
 * (a rate times a duration): the line's last top-level operation is a division of two quantities
 * with the same units.
 */
function likesDivided(c: Compiled, scope: EngineScope): boolean {
  let depth = 0;
  let root = -1;
  const p = c.pieces;
  for (let i = 0; i < p.length; i++) {
    const x = p[i]!;
    if (x.k === '(') depth++;
    else if (x.k === ')') depth--;
    else if (depth === 0 && x.k === 'op') {
      if ((x.s === '+' || x.s === '-') && valueEnd(p[i - 1])) return false;
      if (x.s === '*' || x.s === '/') root = i;
    }
  }
  if (root === -1 || p[root]!.s !== '/') return false;
  const side = (pieces: Piece[]): unknown => run({ expr: pieces.map((q) => q.s).join(' '), pieces, colon: false }, scope);
  try {
    const a = dimsOf(side(p.slice(0, root)));
    const b = dimsOf(side(p.slice(root + 1)));
    return a.some((d) => d !== 0) && sameDims(a, b);
  } catch {
    return false;
  }
}

function isUnit(x: unknown): x is MathUnit {
  return typeof x === 'object' && x !== null && (x as { type?: string }).type === 'Unit';
}

function dimsOf(x: unknown): number[] {
  return isUnit(x) ? x.dimensions : [];
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) > 1e-9) return false;
  return true;
}

/** '' when the dimensions match, the names of the counts `a` has on top that `b` lacks, or undefined when they cannot convert. */
function carriedCounts(a: readonly number[], b: readonly number[], scope: EngineScope): string | undefined {
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

function siValue(x: unknown): number {
  if (typeof x === 'number') return x;
  if (isUnit(x)) return x.value ?? 1;
  throw new PadError('this is not a number');
}

function describeDims(q: Quantity): string {
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

function measure(raw: unknown, scope: EngineScope, isRatio: () => boolean): Quantity {
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

function describeMathError(error: unknown): string {
  const msg = messageOf(error);
  if (/Units do not match/i.test(msg)) return 'the units do not match: only like quantities add or subtract (MB + GB, not MB + s)';
  if (/function (add|subtract)(Scalar)?\b/.test(msg) && /Unit/.test(msg)) return 'the units do not match: a plain number cannot be added to a quantity with units';
  if (/Unexpected type of argument in function (\w+)/.test(msg)) {
    const fn = /function (\w+)/.exec(msg)![1];
    return `${fn === 'pow' ? 'a power' : fn === 'multiplyScalar' || fn === 'multiply' ? 'a multiplication' : `${fn}()`} cannot take these values`;
  }
  const few = /Too few arguments in function (\w+)/.exec(msg);
  if (few && /^(max|min)$/.test(few[1]!)) return `${few[1]}() needs at least one value`;
  if (few) return `${few[1]}() takes a plain number: divide by a unit first, e.g. ${few[1]}(x / (1 s))`;
  if (/Too (few|many) arguments/.test(msg)) return msg.replace(/\(.*$/, '').trim();
  const mixed = /^Cannot calculate (\w+), unexpected type/.exec(msg);
  if (mixed) return `${mixed[1]}() needs values of one kind (all durations, all sizes...)`;
  if (/Maximum call stack/.test(msg)) return 'this line is nested too deeply';
  if (/^Unexpected end of expression/.test(msg)) return 'the line ends too early: something is missing at the end';
  if (/^Value expected/.test(msg)) return 'a number or a name is expected here';
  const op = /^Unexpected operator (\S+)/.exec(msg);
  if (op) return `unexpected "${op[1]}"`;
  return msg.replace(/\s*\(char \d+\)/, '');
}

