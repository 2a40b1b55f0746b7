import { evaluateExpression, inferTag, TAG_DIMENSIONS, type Quantity } from '../../estimate/evaluate';
import { tokens } from '../../text/normalise';
import { tidy, type Draft } from './draft';

type EstimateDraft = Extract<Draft, { kind: 'estimate' }>;
type DecisionDraft = Extract<Draft, { kind: 'decision' }>;

/**
 * Estimates told in sentences: "about a billion notifications a day, which is roughly 12 thousand a
 * second, and the peak is five times that, close to 60 thousand a second, so sends go on a queue".
 * Each figure is a number (in digits or words, with its magnitude: "12 thousand", "half a
 * kilobyte") with its unit ("terabytes", "megabits per second") and its rate ("a day", "per
 * second"), read by the pad engine; what it counts is the noun after it, or the one before when it
 * names none ("12 thousand a second" are notifications still). What a clause after "so", "which
 * means" or "therefore" says is what the figures decide.
 *
 * Only results are estimates: rates, sizes of a gigabyte or more and counts in the thousands. The
 * inputs on the way ("500 bytes each", "90 days", "five times that", "1 percent") are working.
 */

const MAGNITUDE: Record<string, string> = { thousand: 'K', million: 'M', billion: 'B', trillion: 'T' };
const WORD_NUMBER: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, half: 0.5, 'a few': 3, several: 5,
};
const DATA_UNIT: Record<string, string> = {
  byte: 'B', bytes: 'B', kilobyte: 'KB', kilobytes: 'KB', megabyte: 'MB', megabytes: 'MB', gigabyte: 'GB', gigabytes: 'GB', terabyte: 'TB', terabytes: 'TB', petabyte: 'PB', petabytes: 'PB',
  kb: 'KB', mb: 'MB', gb: 'GB', tb: 'TB', pb: 'PB',
};
const BIT_RATE: Record<string, string> = { kilobits: 'Kbps', megabits: 'Mbps', gigabits: 'Gbps', terabits: 'Tbps', kbps: 'Kbps', mbps: 'Mbps', gbps: 'Gbps', tbps: 'Tbps' };
const PER: Record<string, string> = { second: 's', sec: 's', minute: 'min', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

/** Numbers written in words become digits with their magnitude: "a billion" 1B, "12 thousand" 12K, "half a kilobyte" 0.5 kilobyte. */
export function digitsOf(text: string): string {
  const word = Object.keys(WORD_NUMBER).sort((a, b) => b.length - a.length).join('|');
  return text
    .replace(/\bhalf an? (kilobyte|megabyte|gigabyte|terabyte|million|billion|thousand|second|day)\b/gi, '0.5 $1')
    .replace(new RegExp(String.raw`\b(\d[\d,]*(?:\.\d+)?|${word})\s+(thousand|million|billion|trillion)\b`, 'gi'), (_, n: string, m: string) => {
      const value = /\d/.test(n) ? n.replace(/,/g, '') : String(WORD_NUMBER[n.toLowerCase()]);
      return `${value}${MAGNITUDE[m.toLowerCase()]!}`;
    })
    .replace(new RegExp(String.raw`\b(${word})\s+(hundred)\b`, 'gi'), (_, n: string) => String(WORD_NUMBER[n.toLowerCase()]! * 100));
}

/** A figure: a number with its magnitude, then a data or bit-rate unit, up to three words of what it counts, and a rate. */
const FIGURE = new RegExp(
  [
    String.raw`(?<![\p{L}\d.])(\d[\d,]*(?:\.\d+)?)\s*([KMBT])?(?![\p{L}\d])`,
    String.raw`(?:\s*(${Object.keys(DATA_UNIT).join('|')}|${Object.keys(BIT_RATE).join('|')})\b)?`,
    String.raw`((?:\s+(?!(?:a|an|per|each|every|of|at|in|on|is|are|and|or|so|that|which|to|the|than|for|from|with|times|x)\b)[\p{L}-]+){0,3})`,
    String.raw`(?:\s+(?:a|an|per|each|every)\s+(second|sec|minute|hour|day|week|month|year)\b)?`,
    String.raw`(?:\s+of\s+([\p{L}-]+))?`,
  ].join(''),
  'giu',
);

/** Words that say which figure a rate is: the peak, the average. */
const PEAK = /\b(peak|busiest|rush|spike|at most|worst)\b/i;
const AVERAGE = /\b(average|avg|mean|typical|normal day|on a normal)\b/i;
/** Words after a figure that make it an input of the working, not a result. */
const WORKING = /^\s*(?:times|x|percent|%|each|apiece|more|less|fewer|or so|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/** The clause a conclusion starts with: "so …", "which means …", "therefore …". */
const DECIDES = /(?:^|[,;:.]\s*|\s)(?:so|therefore|hence|thus|which means|that means|meaning|decision\s*:|conclusion\s*:)\s+/gi;

/** `named`: what it counts was said in its own sentence, so its name may tag it; otherwise only its value can. */
type Figure = { name: string; quantity: Quantity; at: number; peak: boolean; named: boolean };

function thingOf(words: string): string {
  // The tagger keeps nouns and adjectives of what is counted ("new views", "location updates"); verbs end it.
  const ts = tokens(words.trim());
  const kept: string[] = [];
  for (const [i, t] of ts.entries()) {
    // The first word is what is counted even when the tagger reads it as a verb ("10K pushes", "uploads").
    if (i === 0 && t.pos === 'VERB') {
      kept.push(t.text);
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'DET') break;
    kept.push(t.text);
  }
  return kept.join(' ').toLowerCase();
}

/** The figures of a sentence, each with what it counts and its quantity by the pad engine. */
function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  let lastThing = '';
  let lastThingAt = 0;
  let lastRate: string | undefined;
  for (const m of text.matchAll(FIGURE)) {
    const [whole, number, magnitude, unit, words, per, of] = m;
    const after = text.slice(m.index + whole.length);
    const unitKey = unit?.toLowerCase();
    const data = unitKey ? DATA_UNIT[unitKey] : undefined;
    const bits = unitKey ? BIT_RATE[unitKey] : undefined;
    const thing = thingOf(words ?? '');
    // "600 a second", "17 thousand at the evening peak": a figure with no unit takes the rate of the one before.
    // "megabits per second" holds its own rate.
    let rate = per && !bits ? PER[per.toLowerCase()] : undefined;
    if (!rate && !data && !bits && thing === '' && magnitude && lastRate) rate = lastRate;
    // "five times that", "1 percent", "90 days", "30 minutes each": inputs of the working.
    if (!data && !bits && !rate && WORKING.test((words ?? '').trim() !== '' ? words! : after)) continue;
    const expression = `${number!.replace(/,/g, '')}${magnitude ?? ''} ${data ?? bits ?? ''}${rate ? `/${rate}` : ''}`.trim();
    const r = evaluateExpression(expression);
    if (!r.ok) continue;
    const q = r.quantity;
    // Inputs of the working are no estimates: a record's size, a count under a thousand.
    const result = q.dimension === 'rate' || q.dimension === 'bandwidth' || (q.dimension === 'data' && q.base >= 1e9) || (q.dimension === 'count' && q.base >= 1000 && thing !== '');
    // What the sentence before counted is not what this one counts ("Push is 10K a second. SMS … 600 a second").
    if (/[.;!?]\s/.test(text.slice(lastThingAt, m.index))) lastThing = '';
    if (thing !== '') [lastThing, lastThingAt] = [thing, m.index];
    if (rate) lastRate = rate;
    if (!result) continue;
    const what = thing || (of ? of.toLowerCase() : '') || lastThing;
    // The figure's own clause says whether it is the peak: "the peak is five times that, close to 60K a second".
    const before = text.slice(0, m.index);
    const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
    const upTo = after.search(/[,.;:](?:\s|$)/);
    const own = upTo === -1 ? after : after.slice(0, upTo);
    const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
    const peak = (q.dimension === 'rate' || q.dimension === 'bandwidth') && PEAK.test(`${before.slice(from)} ${own}`) && !AVERAGE.test(`${clause} ${own}`);
    const perWord = per ? `per ${per.toLowerCase()}` : rate ? `per ${Object.entries(PER).find(([, v]) => v === rate)![0]}` : '';
    const name = tidy([peak ? 'peak' : '', what, q.dimension === 'rate' ? perWord : q.dimension === 'data' && !what ? 'storage' : ''].filter((w) => w !== '').join(' '));
    out.push({ name: name || q.display, quantity: q, at: m.index, peak, named: what !== '' });
  }
  return out;
}

/** The tag a figure's name gives it, when its quantity fits; "peak" for a peak rate. */
function tagOf(f: Figure): EstimateDraft['tag'] {
  if (!f.named) return undefined;
  if (f.peak && f.quantity.dimension === 'rate') return 'peak-qps';
  const t = inferTag(f.name);
  return t !== undefined && t !== 'other' && TAG_DIMENSIONS[t].includes(f.quantity.dimension) ? t : undefined;
}

/**
 * The estimates a line of prose states and what they decide. `inEstimates`: the line is in the
 * estimates, where a count is an estimate too; elsewhere a line needs a rate or a size.
 */
export function proseEstimates(text: string, inEstimates: boolean): { estimates: EstimateDraft[]; decisions: DecisionDraft[] } | undefined {
  // Most lines hold no figure at all: they are not read further (the tagger is the costly part).
  if (!/\d|\b(?:thousand|million|billion|trillion|hundred)\b/i.test(text)) return undefined;
  const plain = digitsOf(text);
  // Prose, not a pad line: a sentence of several words around its figures.
  if (tokens(plain).filter((t) => /\p{L}{2,}/u.test(t.text)).length < 6) return undefined;
  const figures = figuresIn(plain).filter((f) => inEstimates || f.quantity.dimension !== 'count');
  if (figures.length === 0) return undefined;
  const seen = new Map<string, number>();
  const estimates = figures.map((f): EstimateDraft => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    const tag = tagOf(f);
    return { kind: 'estimate', name: n === 1 ? f.name : `${f.name} (${n})`, value: f.quantity.base, display: f.quantity.display, ...(tag === undefined ? {} : { tag }) };
  });
  const names = estimates.map((e) => e.name);
  const decisions: DecisionDraft[] = [];
  let end = 0;
  for (const m of plain.matchAll(DECIDES)) {
    // "…, fed from a queue so upload spikes wait": a "so" inside a conclusion is part of it.
    if (m.index < end) continue;
    const rest = plain.slice(m.index + m[0].length);
    const raw = rest.split(/(?<=[\p{L})])[.;](?:\s|$)|,\s+(?:so|but|which|and then)\b/iu)[0] ?? '';
    const clause = tidy(raw);
    // "so close to 6 thousand views a second" is more working: a figure in its first words.
    if (clause === '' || /\d/.test(clause.split(/\s+/).slice(0, 4).join(' '))) continue;
    end = m.index + m[0].length + raw.length;
    // The line is one piece of working: its conclusion rests on every figure in it.
    decisions.push({ kind: 'decision', text: clause, restsOn: names });
  }
  return { estimates, decisions };
}
