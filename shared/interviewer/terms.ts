import { tokens, type Token } from '../text/normalise';
import { EXPANSIONS, PHRASES, SYNONYMS } from './vocabulary';

/**
 * A question reduced to the words that carry its meaning, so "How many people use it each
 * day?" and "What's the DAU?" meet on the same terms as the prompt's own phrasings. Words are
 * read by the project's NLP layer (shared/text: lemmas and stop words from wink-nlp), then
 * each is named by its synonym group.
 */

/**
 * Words wink does not flag as stop words that still say nothing about which question it is:
 * the padding of spoken questions ("roughly", "actually", "stuff").
 */
const FILLER = new Set(
  `need want like know tell think expect assume happen use go sure ever someone anyone something anything everyone
   please ok okay hi hello thanks thank roughly approximately around typical typically usually kind sort
   actually basically really just quite pretty rough ballpark idea wonder wondering curious figure
   stuff thing things lot bit look lookin looking talk talking mean plan planning design designing build building
   whats hows wats gonna also then right so well yeah yes hey maybe probably exactly generally normally
   get got say said long many much number amount total max maximum lot target goal objective support serve offer allow handle permit able work worry worried trying try fine good able way case question ask
   acceptable tolerable permissible alright require required mandatory necessary ourselves altogether overall exist rely vendor provider external externally existing outsource house party
   concern concerned tolerance tolerate allowance threshold expectation expected bound`.split(/\s+/),
);

/** Parts of speech that carry content. */
const CONTENT = new Set<Token['pos']>(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN']);

/** Stop words that stay stop words whatever part of speech they are tagged. */
const BASIC = new Set(
  `be do have can will would should must may might could shall get go say let there here then so too very just also
   not no yes how what when where which why who ever even only more most much many some any all each every other another
   such same well really quite rather almost already still yet again once now often always never sometimes`.split(/\s+/),
);

/**
 * (The words that ask for a figure without saying which, "tolerance", "target", "goal",
 * "allowance": a terse "downtime tolerance?" asks the figure its subject names, so they are no
 * topic of their own.)
 */

/** Common words a question uses that are no typo of a prompt's word, whatever they are one edit from. */
export const EVERYDAY_WORDS: readonly string[] = [...FILLER, ...BASIC];

const canonical = new Map<string, string>();
for (const [name, words] of Object.entries(SYNONYMS)) for (const w of words) if (!canonical.has(w)) canonical.set(w, name);

// A question is spelled out many times over (for its words, nouns, measures and parts): once is enough.
const spelled = new Map<string, string>();

/** The question's words, lower case, abbreviations and chat spellings spelled out. */
export function spelledOut(text: string): string {
  let out = spelled.get(text);
  if (out === undefined) {
    if (spelled.size >= 2000) spelled.clear();
    out = spellOut(text);
    spelled.set(text, out);
  }
  return out;
}

function spellOut(text: string): string {
  let out = text.toLowerCase().replace(/['’]/g, "'");
  for (const [phrase, word] of PHRASES) out = out.replace(phrase, word);
  return out
    .split(/(\s+)/)
    .map((word) => {
      const bare = word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
      const expanded = EXPANSIONS[bare];
      return expanded === undefined ? word : word.replace(bare, expanded);
    })
    .join('');
}

/** The group name a lemma is known by ("viewer" and "folks" are both "user"). */
export function groupOf(lemma: string): string {
  return canonical.get(lemma) ?? lemma;
}

/** Whether a token carries meaning for matching: not a stop word, a filler, a number or punctuation. */
function meaningful(t: Token): boolean {
  // wink's stop list holds content words too ("keep", "show", "first", "top"): kept when used as one.
  const stop = t.stop && (!CONTENT.has(t.pos) || BASIC.has(t.lemma));
  // "like" pads spoken questions ("like, how many"), but "users like posts" says what they do.
  const filler = (FILLER.has(t.lemma) || FILLER.has(t.text)) && !(t.lemma === 'like' && t.pos === 'VERB');
  // (A possessive "'s" is no word: "a device's edits" is about devices and edits.)
  return !stop && !t.number && !filler && /\p{L}/u.test(t.text) && t.text.length > 1 && !t.text.startsWith("'");
}

/** A meaningful word: its synonym group's name (what is matched) and its own lemma (what it said). */
export type Word = { readonly term: string; readonly lemma: string };

/** The meaningful words of a text, in order, each with its group and its lemma. */
export function questionWords(text: string): Word[] {
  return tokens(spelledOut(text))
    .filter(meaningful)
    .map((t) => ({ term: groupOf(t.lemma), lemma: t.lemma }));
}

const NOUNS = new Set<Token['pos']>(['NOUN', 'PROPN']);
/** Content words that name something or an action: not the adverbs ("outside", "directly") that qualify them. */
export const NAMING = new Set<Token['pos']>(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** The meaningful nouns (or other parts of speech) of a text ("how long do we keep raw events": event), what its measures are of. */
export function nounsOf(text: string, pos: ReadonlySet<Token['pos']> = NOUNS): Word[] {
  return tokens(spelledOut(text))
    .filter((t) => pos.has(t.pos) && meaningful(t))
    .map((t) => ({ term: groupOf(t.lemma), lemma: t.lemma }));
}

/** The meaningful terms of a text, as lemmas named by their synonym group, in order. */
export function questionTerms(text: string): string[] {
  return questionWords(text).map((w) => w.term);
}

/** The meaningful words of a text as written and as lemmas: the vocabulary typos are corrected against. */
export function surfaceForms(text: string): string[] {
  return tokens(spelledOut(text))
    .filter(meaningful)
    .flatMap((t) => (t.text === t.lemma ? [t.text] : [t.text, t.lemma]));
}

/**
 * A word's stem for relating derived forms: "spammer" and "spam", "processor" and "processing", "bursty" and "burst", "spiky"
 * and "spike", "durability" and "durable". Only for words the prompt does not use as written;
 * a stem shorter than four letters says too little and is not used.
 */
export function stemOf(lemma: string): string | undefined {
  let s = lemma.replace(/(ations?|ities|ity|ness|ments?|ably|able|ibly|ible|ers?|ors?|ing|ed|ies|es|s|y|e|al|ive|ic)$/, '');
  // "spammer" → "spamm" → "spam".
  s = s.replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return s.length >= 4 && s !== lemma ? s : lemma.length >= 4 ? lemma : undefined;
}
