import { evaluateExpression, inferTag, type Quantity } from '../../estimate/evaluate';
import { tokens } from '../../text/normalise';
import { tidy, type Draft } from './draft';
import { ARROW } from './flow';

type EstimateDraft = Extract<Draft, { kind: 'estimate' }>;

/**
 * An estimate written in notes: "write qps ~ 115/s", "storage 10M/day*500B*5y = 9TB",
 * "DAU: 100M", "peak = 3 x avg ≈ 350/s". The name is the words before the first figure; the value
 * is what the pad engine reads from the last figure that evaluates (the stated result over the
 * working). Outside the estimates (`inEstimates` false) a line counts only when its name says
 * which estimate it is (qps, storage, reads...) or its value has a unit and the name is a noun
 * phrase, so "I have 3 cats" and "it took 5 minutes" are not estimates.
 */

const NAMED = /^([\p{L}_][\p{L}\p{N}_ /.'-]{0,48}?)\s*(?::|=|~|≈|≃|\bis\b|\babout\b|\baround\b|\bapprox(?:\.|imately)?\b)?\s*(?:~|≈)?\s*((?:\d|\.\d|\().*)$/u;
const LEADING = /^(?:~|≈|about|around|approx(?:\.|imately)?)\s*/i;

/** The pad language from shorthand: "5y" is five years, "10M x 500" a product, "~" no part of it. */
function asPad(expr: string): string {
  return expr
    .replace(LEADING, '')
    .replace(/(\d)\s*y\b/g, '$1 yr')
    .replace(/(\d)\s*[x×]\s*(?=[\d(])/g, '$1 * ')
    .replace(/\s*\([^()]*[a-z]{3,}[^()]*\)\s*$/i, '')
    .trim();
}

function evaluated(expr: string): Quantity | undefined {
  const r = evaluateExpression(asPad(expr));
  return r.ok ? r.quantity : undefined;
}

const measured = (q: Quantity) => q.dimension !== 'count' && q.dimension !== 'ratio' && q.dimension !== 'other';

/** An estimate, and what it decides when an arrow follows ("storage ~ 9TB -> one sharded KV"). */
export function estimateFromText(text: string, inEstimates: boolean): { estimate: EstimateDraft; decides?: string } | undefined {
  let body = text.trim();
  let decides: string | undefined;
  const arrow = ARROW.exec(body);
  if (arrow && arrow.index > 0) {
    decides = tidy(body.slice(arrow.index + arrow[0].length));
    body = body.slice(0, arrow.index);
  }
  const m = NAMED.exec(body);
  if (!m) return undefined;
  const name = tidy(m[1]!.replace(/[\s:=~≈]+$/, ''));
  const parts = m[2]!.split(/\s*(?:=|≈|≃|~)\s*/).filter((p) => p.trim() !== '');
  let quantity: Quantity | undefined;
  for (let i = parts.length - 1; i >= 0 && !quantity; i -= 1) quantity = evaluated(parts[i]!);
  if (!quantity) return undefined;
  const tag = inferTag(name.replace(/\//g, ' '));
  const ts = tokens(name);
  const nounPhrase = ts.length > 0 && ts.length <= 5 && !ts.some((t) => t.pos === 'PRON' || t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$|ed$/.test(t.text) && ts.length > 2));
  if (!inEstimates && !(tag !== undefined && nounPhrase) && !(measured(quantity) && nounPhrase)) return undefined;
  if (inEstimates && !nounPhrase && !measured(quantity)) return undefined;
  const estimate: EstimateDraft = { kind: 'estimate', name, value: quantity.base, display: quantity.display, ...(tag === undefined ? {} : { tag }) };
  return { estimate, ...(decides ? { decides } : {}) };
}
