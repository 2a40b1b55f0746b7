// The pad engine's parser: a line into tokens, then every word resolved into a mathjs expression
// that names only the few things allowed (engine.ts says why).
// ---------------------------------------------------------------------------------------------
// Tokens.
import { MAX_COUNTS, MAX_DEPTH, MAX_TOKENS, PadError, type EngineScope } from './engineCore';
import { ATTACHED_MULTIPLIERS, FUNCTIONS, SPACED_MULTIPLIERS, lookupUnit, namesVariable, type UnitDef } from './units';


export type Tok =
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

export function lex(src: string, offset: number): Tok[] {
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
export type Piece =
  | { k: 'num'; s: string; col: number }
  | { k: 'unit'; s: string; col: number }
  | { k: 'var'; s: string; col: number }
  | { k: 'fn'; s: string; col: number }
  | { k: 'op'; s: string; col: number }
  | { k: '(' | ')' | ','; s: string; col: number; synthetic?: boolean };

export const valueEnd = (p: Piece | undefined) => p !== undefined && (p.k === 'num' || p.k === 'unit' || p.k === 'var' || p.k === ')');

export type Compiled = { expr: string; pieces: Piece[]; colon: boolean };

export function resolve(toks: readonly Tok[], scope: EngineScope, target: boolean): Compiled {
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
