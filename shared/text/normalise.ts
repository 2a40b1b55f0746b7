import winkNLP, { type ItsFunction } from 'wink-nlp';

/**
 * Text understanding, one place: tokens with their lemma, part of speech and stop-word flag,
 * from wink-nlp and its English lite model (docs/decisions/0006-text-understanding.md).
 * Pure: the model is data inside the npm package, so this runs in the window and in Node alike.
 */

/** Parts of speech the model gives (Universal POS tags). */
export type PartOfSpeech = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export type Token = {
  /** The word as written, lower case. */
  readonly text: string;
  /** Its dictionary form: "caching", "cached" and "caches" are all "cache". */
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** A word every sentence has ("the", "is", "on"): it says nothing about the topic. */
  readonly stop: boolean;
  /** A number ("200", "99.99"); the unit after it is its own token ("ms", "%"). */
  readonly number: boolean;
  /** Written in capitals ("INCRBY", "TTL"): a command, constant or acronym, not a word of prose. */
  readonly caps: boolean;
};

type Engine = ReturnType<typeof winkNLP>;
/** The data of wink-eng-lite-web-model, as wink-nlp takes it. */
export type TextModel = Parameters<typeof winkNLP>[0];

let model: TextModel | (() => TextModel) | undefined;
let engine: Engine | undefined;

/**
 * The model is handed in, not imported here: it is 4 MB of JavaScript, and the window reads
 * text only in a few places, so it loads it on demand instead of with every page
 * (docs/decisions/0008-text-model-registered.md). Node registers it at start-up
 * (node/services/textModel.ts); the window awaits renderer/text/textModel.ts. A function
 * is called at the first read, for callers that would rather not load the model until then.
 */
export function registerTextModel(data: TextModel | (() => TextModel)): void {
  if (model === data) return;
  model = data;
  engine = undefined;
  memo.clear();
}

export function hasTextModel(): boolean {
  return model !== undefined;
}

/** Building the engine from the model takes a few hundred milliseconds: done once, on first use. */
function nlp(): Engine {
  if (!model) {
    throw new Error(
      'shared/text/normalise.ts: no text model is registered. Node entry points call loadTextModel() from node/services/textModel.ts at start-up; the window awaits loadTextModel() from renderer/text/textModel.ts before it reads text.',
    );
  }
  // Only the part-of-speech pipe: lemmas need it; sentences, entities and sentiment are not read.
  if (typeof model === 'function') model = model();
  engine ??= winkNLP(model, ['pos']);
  return engine;
}

/**
 * Punctuation reads as a space, so "API-gateway", "pub/sub" and "user_id" are "api gateway",
 * "pub sub", "user id"; a decimal point, a percent sign and an apostrophe stay, so "99.99%"
 * and "don't" read as written. Accents go ("caché" is "cache").
 */
export function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}\s.'%]/gu, ' ')
    .replace(/\.(?!\d)|(?<!\d)\./g, ' ');
}

const MEMO_LIMIT = 20_000;
const memo = new Map<string, readonly Token[]>();

/** The tokens of a text, punctuation left out. The same text is read once (memoised). */
export function tokens(text: string): readonly Token[] {
  const hit = memo.get(text);
  if (hit) return hit;
  const out = read(clean(text));
  remember(text, out);
  return out;
}

function remember(text: string, out: readonly Token[]): void {
  // A long session repeats its notes; past the limit start again rather than grow without bound.
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, out);
}

/** Between texts read together: a word no text has, after a full stop so no sentence runs across. */
const SEPARATOR = 'qqxseparatorqqx';

/**
 * Reads many texts at once, so later `tokens()` calls for them are memo hits. Reading costs
 * a fixed amount per call on top of its words, so a report scoring hundreds of notes reads
 * them in one go (a few milliseconds) rather than one by one.
 */
export function readAll(texts: readonly string[]): void {
  const fresh = [...new Set(texts)].filter((t) => !memo.has(t));
  if (fresh.length === 0) return;
  const all = read(fresh.map(clean).join(` . ${SEPARATOR} . `));
  let start = 0;
  let i = 0;
  all.forEach((t, k) => {
    if (t.text !== SEPARATOR) return;
    remember(fresh[i]!, all.slice(start, k));
    i += 1;
    start = k + 1;
  });
  remember(fresh[i]!, all.slice(start));
}

const CAPS = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{N}]+$/u;

function read(cleaned: string): Token[] {
  const doc = nlp().readDoc(cleaned);
  const its = nlp().its;
  const values = doc.tokens().out(its.value);
  // The published types give `its.lemma` a narrower signature than `out` takes; it is a token function.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];
  const pos = doc.tokens().out(its.pos) as PartOfSpeech[];
  const stop = doc.tokens().out(its.stopWordFlag) as boolean[];
  const types = doc.tokens().out(its.type);
  const out: Token[] = [];
  values.forEach((value, i) => {
    const type = types[i];
    if (type === 'punctuation' || type === 'symbol' && value !== '%') return;
    out.push({ text: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', stop: stop[i] ?? false, number: type === 'number', caps: CAPS.test(value) });
  });
  return out;
}

/** The words that carry meaning: no stop words, no numbers, each as its lemma. */
export function contentLemmas(text: string): string[] {
  return tokens(text)
    .filter((t) => !t.stop && !t.number && /\p{L}/u.test(t.text))
    .map((t) => t.lemma);
}
