/**
 * The pad language on top of mathjs. mathjs does the arithmetic, the unit algebra (a rate times a
 * duration is a count, bytes over seconds is bandwidth) and the operator precedence; this module
 * does what mathjs lacks: it reads each line into tokens, resolves every word (unit, named count,
 * variable, function, multiplier, keyword) and writes a mathjs expression that only ever names
 * the few things allowed. Nothing the person types reaches mathjs unchecked, so matrices,
 * strings, assignments of functions, import/evaluate and the like are unreachable by construction;
 * the instance also disables them, as a second lock.
 */
import { messageOf } from '../errors';
import { getEngine, MAX_LINE_CHARS, MAX_POWERS, PadError, type EngineResult, type EngineScope } from './engineCore';
import type { Quantity } from './evaluate';
import { formatPlain } from './format';
import { lex, resolve, valueEnd, type Compiled, type Piece, type Tok } from './parser';
import { carriedCounts, describeDims, dimsOf, measure, sameDims, siValue } from './resultUnits';
import { ATTACHED_MULTIPLIERS, FUNCTIONS, KEYWORDS, SPACED_MULTIPLIERS, lookupUnit, namesVariable } from './units';

// The engine's parts (engineCore.ts, parser.ts, resultUnits.ts) answer to the pad through this module.
export { getEngine, MAX_COUNTS, MAX_DEPTH, MAX_LINE_CHARS, newScope, type EngineResult, type EngineScope } from './engineCore';

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

