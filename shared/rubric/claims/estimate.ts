import { evaluateExpression, inferTag, type Quantity } from '../../estimate/evaluate';
import type { PromptSnapshot } from '../../session/exportFile';
import { contentLemmas, tokens } from '../../text/normalise';
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
const NUMBER_FIRST = /^\s*(?:~|≈|about|around|approx(?:\.|imately)?)?\s*\d[\d.,_]*\s*[kKMGBT]?\b\s*[\p{L}/][\p{L}\s/]*$/u;
const FIGURE = /^\s*(?:~|≈|about|around|approx(?:\.|imately)?)?\s*\d[\d.,_]*\s*[kKMGBT]?\b/u;
const LEADING = /^(?:~|≈|about|around|approx(?:\.|imately)?)\s*/i;

/** The pad language from shorthand: "5y" is five years, "10M x 500" a product, "~" no part of it. */
function asPad(expr: string): string {
  return expr
    .replace(LEADING, '')
    // "116K/s avg": the word after a figure says which one it is, not its unit.
    .replace(/\s+(?:avg|average|mean|peak|total|max)\s*$/i, '')
    .replace(/(\d)\s*y\b/g, '$1 yr')
    // "5/d", "1M/h": a rate per day or hour written short.
    .replace(/\/\s*d\b/g, '/day')
    .replace(/\/\s*hr?\b/g, '/hour')
    // "100M x 5/d", "200M x 1KB": a product, whatever unit the left figure carries.
    .replace(/(\d[\d.,]*\s*(?:[kKMGBT]B?|B)?)\s*[x×]\s*(?=[\d(])/g, '$1 * ')
    .replace(/\s*\([^()]*[a-z]{3,}[^()]*\)\s*$/i, '')
    // "29MB/s @peak", "32GB for 24h": what follows the figure says when or over what it holds.
    .replace(/\s*@\s*[\p{L}\p{N}]+\s*$/u, '')
    .replace(/\s+(?:for|over|during|within)\s+\d[^=~≈]*$/i, '')
    .trim();
}

/** A figure has one unit at most: "24 K thes teams hads peoples" is prose the engine took for units. */
const oneUnit = (q: Quantity) => q.display.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length <= 1;

function evaluated(expr: string): Quantity | undefined {
  const r = evaluateExpression(asPad(expr));
  if (r.ok) return oneUnit(r.quantity) ? r.quantity : undefined;
  // "116K/s avg", "350K/s peak": a figure with a word after it that says which one it is.
  const bare = /^(\S*\d\S*)\s+\p{L}+$/u.exec(expr.trim());
  if (!bare) return undefined;
  const again = evaluateExpression(asPad(bare[1]!));
  return again.ok && oneUnit(again.quantity) ? again.quantity : undefined;
}

const measured = (q: Quantity) => q.dimension !== 'count' && q.dimension !== 'ratio' && q.dimension !== 'other';

/** A multiplier before a figure's name: "x3 peak ~17K/s" is the peak, three times the line before. */
const MULTIPLIER = /^\s*(?:[x×]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*[x×])\s+(?=\p{L})/u;

/** A line's working and, after an arrow that is not its first character, what it decides. */
function splitDecision(text: string): { body: string; decides?: string } {
  const body = text.trim();
  const arrow = ARROW.exec(body);
  if (!arrow || arrow.index === 0) return { body };
  return { body: body.slice(0, arrow.index), decides: tidy(body.slice(arrow.index + arrow[0].length)) };
}

/**
 * The estimates of a line and what they decide: "search 100M x 5/d ~ 5.8K/s, x3 peak ~17K/s ->
 * serve from memory" holds the average and the peak, each after a comma, and one decision.
 * A part after a comma that is no estimate of its own stays with the one before.
 */
export function estimatesFromText(text: string, inEstimates: boolean): { estimates: EstimateDraft[]; decides?: string } | undefined {
  const { body, decides } = splitDecision(text);
  const [head, ...rest] = body.split(/,\s+/);
  const first = estimateFromText(head!, inEstimates);
  if (!first) {
    const whole = estimateFromText(body, inEstimates);
    return whole ? { estimates: [whole.estimate], ...(decides ? { decides } : {}) } : undefined;
  }
  const estimates = [first.estimate];
  for (const part of rest) {
    // Only a figure named first ("x3 peak ~17K/s"): "~10 posts/day" after a comma is working, not a second estimate.
    const named = part.replace(MULTIPLIER, '');
    if (!/^\s*\p{L}/u.test(named)) continue;
    const next = estimateFromText(named, inEstimates);
    if (next) estimates.push(next.estimate);
  }
  return { estimates, ...(decides ? { decides } : {}) };
}

/** An estimate, and what it decides when an arrow follows ("storage ~ 9TB -> one sharded KV"). */
export function estimateFromText(text: string, inEstimates: boolean): { estimate: EstimateDraft; decides?: string } | undefined {
  const split = splitDecision(text);
  const decides = split.decides;
  let body = split.body;
  // "20M keys * 500/d = 10B/d ~ 116K/s": worked out from figures first, named by the words among them.
  const worked = /^\s*\d/.test(body) && /[=~≈]/.test(body) ? body.split(/\s*(?:=|≈|≃|~)\s*/)[0]! : undefined;
  const wordsOf = (part: string) => tidy(part.replace(/\d[\d.,_]*\s*(?:[kKMGBT]B?|B)?(?:\s*\/\s*\p{L}+)?/gu, ' ').replace(/[^\p{L}\s_]+/gu, ' '));
  // Unnamed before the figures ("500M/d ~ 6K writes/s"), the result's own word names it.
  const workedName = worked === undefined ? '' : wordsOf(worked) || (wordsOf(body.split(/\s*(?:=|≈|≃|~)\s*/).at(-1)!).split(' ')[0] ?? '');
  if (workedName !== '') body = `${workedName} = ${body}`;
  // "read:write = 100:1" names the ratio of reads to writes.
  body = body.replace(/^(\p{L}+)\s*:\s*(\p{L}+)(?=\s*(?:=|~|≈|is)?\s*\d)/u, '$1 to $2');
  const first = NUMBER_FIRST.exec(body);
  const m = first ? null : NAMED.exec(body);
  if (!m && !first) return undefined;
  // "100M DAU", "~1.2K writes/s peak": the figure first, named by the words in it.
  const name = first ? tidy(body.replace(FIGURE, '').replace(/[^\p{L}\s/_]+/gu, ' ')) : tidy(m![1]!.replace(/[\s:=~≈]+$/, ''));
  if (name === '') return undefined;
  const parts = (first ? body : m![2]!).split(/\s*(?:=|≈|≃|~)\s*/).filter((p) => p.trim() !== '');
  let quantity: Quantity | undefined;
  for (let i = parts.length - 1; i >= 0 && !quantity; i -= 1) quantity = evaluated(parts[i]!);
  // "~1.2K writes/s peak": when the whole does not read, the figure with each word after it in turn.
  if (!quantity && first) {
    const figure = FIGURE.exec(body)![0];
    const tried = body.slice(figure.length).trim().split(/\s+/).map((w) => evaluated(`${figure} ${w}`)).filter((q): q is Quantity => q !== undefined);
    quantity = tried.find(measured) ?? tried[0];
  }
  if (!quantity) return undefined;
  // "geo index ~ 6.4GB", "bloom filter = 12.5GB": the size of a part, not the storage of the data.
  const inferred = inferTag(name.replace(/\//g, ' '));
  const tag = inferred === 'storage' && sizeOfAPart(name) ? undefined : inferred;
  // A name, not a clause: "I have", "it took" speak of the writer; "read to write" and "write qps" are names.
  const ts = tokens(name.toLowerCase());
  const aName = ts.length > 0 && ts.length <= 5 && !ts.some((t) => t.pos === 'PRON' || t.pos === 'AUX');
  if (!aName) return undefined;
  if (!inEstimates && tag === undefined && !measured(quantity)) return undefined;
  const estimate: EstimateDraft = { kind: 'estimate', name, value: quantity.base, display: quantity.display, ...(tag === undefined ? {} : { tag }) };
  return { estimate, ...(decides ? { decides } : {}) };
}

const RATES = new Set(['read-qps', 'write-qps']);

/** Names of a part's own size (an index, a cache, a filter, in-memory state), which the data's storage figure does not measure. */
const SIZE_OF_A_PART = /\b(?:index(?:es)?|indices|cache|bloom|filter|state|memory|ram|heap|sketch|trie|buffer)\b/i;
export const sizeOfAPart = (name: string) => SIZE_OF_A_PART.test(name.replace(/_/g, ' '));

/**
 * A rate named after one of the prompt's own figures is that figure's: "clicks" are the writes of an
 * ad-click pipeline, though a name alone takes clicks for reads (a URL shortener's). The figure
 * whose name holds every word of the estimate's, with the fewest words besides, decides.
 */
export function tagByPrompt(e: EstimateDraft, prompt: PromptSnapshot | undefined): EstimateDraft {
  if (!prompt || e.tag === undefined || !RATES.has(e.tag)) return e;
  // In lower case: a capital makes the tagger read "Clicks" as a name, which keeps its plural.
  const mine = contentLemmas(e.name.toLowerCase());
  if (mine.length === 0) return e;
  const named = prompt.figures
    .filter((f) => f.estimate !== undefined && RATES.has(f.estimate))
    .map((f) => ({ tag: f.estimate!, words: new Set(contentLemmas(f.name.toLowerCase())) }))
    .filter((f) => mine.every((w) => f.words.has(w)))
    .sort((a, b) => a.words.size - b.words.size)[0];
  return named && named.tag !== e.tag ? { ...e, tag: named.tag } : e;
}
