import { tradeoffText, type PromptFrontMatter } from '../schemas/prompt';
import { compileLexicon, findPhrases, words, type Lexicon } from './lexicon';
import { KNOWN_WORDS, knowledgeLexicon } from './mentions';
import { tokens } from './normalise';

/** The parts of a prompt relevance reads; the outline is optional so a front matter will do. */
export type RelevancePrompt = Pick<PromptFrontMatter, 'title' | 'tags' | 'summary' | 'brief' | 'answers' | 'figures' | 'components' | 'tradeoffs' | 'deepDives' | 'probes' | 'curveballs' | 'reference'> & {
  readonly outline?: string;
};

export type Relevance = {
  /** 0 (nothing to do with the prompt) to 1 (every word is the prompt's or the field's). */
  readonly score: number;
  /** The words and phrases that counted, as written (lower case), strongest first. */
  readonly matched: readonly string[];
  /**
   * The share of its meaningful words that weigh nothing at all: neither the prompt's nor the
   * knowledge base's ("kitchen", "rota"). A label of design words only ("Redis cache") has 0.
   */
  readonly foreign: number;
  /** The weight of its strongest word: 1 for a term of the prompt, 0.8 for a title word, less for general ones. */
  readonly top: number;
};

/** At or above this a text is on topic for the prompt; tuned by shared/text/relevance.test.ts. */
export const ON_TOPIC = 0.4;

/**
 * How much a word says the text is about this prompt:
 * - DOMAIN: a word of the prompt's reference terms or entity names, or of its components and
 *   their synonyms; TITLE for a word of its title or tags, chosen less carefully ("booking",
 *   "places" are everyday words too);
 * - prose: a word the prompt's answers, figures, outline or reference use elsewhere, weighing more
 *   the more of its passages use it: a word the prompt keeps coming back to ("notification",
 *   "provider") is central, one it uses once in passing ("served", "open") barely counts;
 * - GENERAL: a system-design word of the knowledge base (a kind, technique, quality or bottleneck),
 *   on topic for any design prompt but not for this one in particular. Such a word weighs at most
 *   SHARED_CAP even where the prompt uses it ("cache", "Redis", "worker" are in most prompts),
 *   unless the prompt names it among its terms, tags or title ("rate limit" in the rate limiter);
 * - words of time and quantity ("second", "hour", "twice") weigh at most PLAIN_CAP, whoever uses them.
 * Words of none of these (kitchens, football, rain) weigh nothing.
 */
const DOMAIN = 1;
const TITLE = 0.8;
const GENERAL = 0.3;
const SHARED_CAP = 0.45;
const PLAIN_CAP = 0.2;
/**
 * Nouns carry a topic, verbs and adjectives far less: "lives", "sent", "fast" are in most prompts'
 * prose, so from prose alone they weigh at most this, unless the prompt keeps coming back to one ("redirect").
 */
const MODIFIER_CAP = 0.5;
const MODIFIERS = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);
/** A word in one passage weighs PROSE_MIN, in PROSE_FULL passages or more as much as a domain word. */
const PROSE_MIN = 0.2;
const PROSE_FULL = 6;
const proseWeight = (passages: number) => PROSE_MIN + (DOMAIN - PROSE_MIN) * Math.min(1, (passages - 1) / (PROSE_FULL - 1));

/** A short text is judged as if it had this many words, so one shared word is not a full match. */
const MIN_WORDS = 3;

/**
 * Units carry no topic any more than the numbers before them: "115/s", "50 ms", "9 TB" and
 * "p99" say how much, never of what. Counted, they made any text with a figure look on topic
 * for any prompt whose passages also give figures (most do). A quality's target is judged by
 * the rubric on its own (a number and a quality), not by relevance.
 */
const UNIT = /^(?:\p{L}|ms|us|µs|ns|sec|secs|min|mins|hr|hrs|[kmgtp]?bps|[kmgtp]i?b|qps|rps|tps|p\d+|\d+\p{L}*|%)$/u;

/** Words in every prompt's title or brief that say nothing about which prompt it is. */
const BOILERPLATE = new Set(['design', 'build', 'system', 'would', 'how']);

/** Words of time and quantity every prompt uses ("per second", "twice a day"). */
const PLAIN = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'time', 'twice', 'once', 'number', 'lot', 'way', 'thing', 'part', 'end', 'half', 'final', 'first', 'last', 'next', 'new', 'old', 'big', 'small', 'long', 'short']);

const SYSTEM_WORDS = new Set(KNOWN_WORDS);

type Index = { readonly seen: Map<string, Relevance>; readonly named: Lexicon; readonly titled: Lexicon; readonly components: Lexicon; readonly prose: ReadonlyMap<string, number> };

// Built once per prompt object: the rubric asks per claim, many times for one prompt.
const indexes = new WeakMap<RelevancePrompt, Index>();

function indexOf(prompt: RelevancePrompt): Index {
  const cached = indexes.get(prompt);
  if (cached) return cached;
  const r = prompt.reference;
  const lexiconOf = (phrases: readonly string[]) => compileLexicon(phrases.map((phrase) => ({ id: 'domain', phrase })), KNOWN_WORDS);
  const named = lexiconOf([...(r?.terms ?? []), ...(r?.entities ?? []).map((e) => e.name)]);
  const titled = lexiconOf([...prompt.tags.map((t) => t.replace(/-/g, ' ')), ...tokens(prompt.title).filter((t) => !t.stop && !BOILERPLATE.has(t.lemma)).map((t) => t.text)]);
  const components = lexiconOf(prompt.components.flatMap((c) => [c.kind, ...c.synonyms]));
  const passages = [
    prompt.summary,
    prompt.brief,
    prompt.outline ?? '',
    ...prompt.answers.flatMap((a) => [...a.asks, a.answer]),
    ...prompt.figures.flatMap((f) => [f.name, f.note ?? '']),
    ...prompt.components.map((c) => c.why),
    ...prompt.tradeoffs.map(tradeoffText),
    ...prompt.deepDives,
    ...Object.values(prompt.probes).flat(),
    ...prompt.curveballs,
    ...(r?.functional ?? []).map((f) => f.text),
    ...(r?.qualities ?? []).map((q) => q.target),
    ...(r?.api ?? []).flatMap((o) => [o.signature, o.does]),
    ...(r?.entities ?? []).flatMap((e) => [...e.fields, e.why]),
    ...(r?.bottlenecks ?? []).flatMap((b) => [b.what, b.breaks, b.figure ?? '', ...b.remedies]),
  ];
  const seen = new Map<string, number>();
  for (const passage of passages) {
    const forms = new Set<string>();
    for (const t of tokens(passage)) if (!t.stop && !t.number && !BOILERPLATE.has(t.lemma)) forms.add(t.lemma).add(t.text);
    for (const form of forms) seen.set(form, (seen.get(form) ?? 0) + 1);
  }
  const prose = new Map([...seen].map(([form, n]) => [form, proseWeight(n)]));
  const index = { seen: new Map<string, Relevance>(), named, titled, components, prose };
  indexes.set(prompt, index);
  return index;
}

/**
 * How on topic a piece of text (a note, a label, a sentence) is for a prompt: the weighted share
 * of its meaningful words that are the prompt's own (see the weights above), with the words that
 * counted. Stop words, numbers and units are left out: a figure says how much, not of what.
 */
export function relevance(text: string, prompt: RelevancePrompt): Relevance {
  const index = indexOf(prompt);
  // The rubric asks about the same claim text from several criteria: each is worked out once.
  const known = index.seen.get(text);
  if (known) return known;
  const result = relevanceOf(text, index);
  if (index.seen.size >= MEMO_LIMIT) index.seen.clear();
  index.seen.set(text, result);
  return result;
}

const MEMO_LIMIT = 5_000;

function relevanceOf(text: string, { named, titled, components, prose }: Index): Relevance {
  const ws = words(text);
  // Stop words, numbers and particles ("'s", "n't") carry no topic.
  const meaningful = (i: number) => !ws[i]!.stop && !ws[i]!.number && ws[i]!.pos !== 'PART' && /^\p{L}/u.test(ws[i]!.text) && !UNIT.test(ws[i]!.text);
  const weight: number[] = ws.map(() => 0);
  const label: (string | undefined)[] = ws.map(() => undefined);
  const general: boolean[] = ws.map(() => false);
  const isNamed: boolean[] = ws.map(() => false);
  const mark = (i: number, w: number, phrase: string) => {
    if (w > weight[i]!) {
      weight[i] = w;
      label[i] = phrase;
    }
  };
  // Positions from findPhrases count the same words (articles left out), so they line up.
  for (const hit of findPhrases(text, knowledgeLexicon())) {
    for (let i = hit.start; i < hit.end; i += 1) {
      general[i] = true;
      mark(i, GENERAL, hit.text);
    }
  }
  for (const [lexicon, w] of [[named, DOMAIN], [titled, TITLE]] as const) {
    for (const hit of findPhrases(text, lexicon)) {
      for (let i = hit.start; i < hit.end; i += 1) {
        isNamed[i] = true;
        mark(i, w, hit.text);
      }
    }
  }
  // The knowledge base's system nouns ("request", "service", "data") are in every design's prose:
  // general words, unless this prompt keeps coming back to one ("request" in a rate limiter).
  ws.forEach((t, i) => {
    const central = Math.max(prose.get(t.lemma) ?? 0, prose.get(t.text) ?? 0) >= DOMAIN;
    if (!central && (SYSTEM_WORDS.has(t.lemma) || SYSTEM_WORDS.has(t.text))) general[i] = true;
  });
  const capped = (i: number, w: number) => (isNamed[i] ? w : Math.min(w, general[i] ? SHARED_CAP : w, PLAIN.has(ws[i]!.lemma) ? PLAIN_CAP : w));
  for (const hit of findPhrases(text, components)) for (let i = hit.start; i < hit.end; i += 1) mark(i, capped(i, DOMAIN), hit.text);
  ws.forEach((t, i) => {
    const w = Math.max(prose.get(t.lemma) ?? 0, prose.get(t.text) ?? 0);
    if (meaningful(i) && w > 0) mark(i, capped(i, MODIFIERS.has(t.pos) && w < DOMAIN ? Math.min(w, MODIFIER_CAP) : w), t.text);
  });
  let total = 0;
  let count = 0;
  let zero = 0;
  let top = 0;
  const matched = new Map<string, number>();
  ws.forEach((_, i) => {
    if (!meaningful(i)) return;
    count += 1;
    total += weight[i]!;
    if (weight[i] === 0) zero += 1;
    top = Math.max(top, weight[i]!);
    const phrase = label[i];
    if (phrase !== undefined) matched.set(phrase, Math.max(matched.get(phrase) ?? 0, weight[i]!));
  });
  if (count === 0) return { score: 0, matched: [], foreign: 0, top: 0 };
  const score = Math.min(1, total / Math.max(count, MIN_WORDS));
  return { score: Math.round(score * 1000) / 1000, foreign: Math.round((zero / count) * 1000) / 1000, top: Math.round(top * 1000) / 1000, matched: [...matched].sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase) };
}
