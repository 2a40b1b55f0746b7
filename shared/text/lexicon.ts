import { tokens, type Token } from './normalise';

/**
 * Finding known phrases in prose, on whole words and lemmas: the phrase "cache" is found in
 * "caching", "cached" and "caches", never inside "cachet"; "Redis" is never found in "Redisplay".
 *
 * Two kinds of phrase need more than their words to count, because prose uses them in other senses:
 * - a product name ("Kafka", "Oracle", "Spark") does not count when the next word is a noun that
 *   is not a system-design word ("Kafka novels", "Spark plugs"), nor after a proper noun that is
 *   not a vendor ("Franz Kafka"); "Kafka topic", "Apache Kafka" and "Kafka is down" count, and so
 *   does a name followed by a command in capitals ("redis INCRBY", "Redis ZSET");
 * - an everyday word ("processor", "bucket", "worker", "broker") does not count after a noun that
 *   is not a system-design word ("the food processor", "an office worker"); "stream processor",
 *   "email worker" and "a processor" count.
 * What counts as a system-design word: any word of the lexicon itself, plus the `known` words
 * given when it is built (the knowledge base's system nouns and vendors, a prompt's own terms).
 */

export type LexiconEntry = {
  /** What the phrase stands for, e.g. "kind:cache" or "technique:sharding". */
  readonly id: string;
  readonly phrase: string;
  readonly product?: boolean;
  readonly everyday?: boolean;
};

type Word = { readonly text: string; readonly lemma: string };
type Compiled = { readonly words: readonly Word[]; readonly ids: Set<string>; product: boolean; everyday: boolean; readonly phrase: string };

export type Lexicon = {
  readonly byFirst: ReadonlyMap<string, readonly Compiled[]>;
  readonly known: ReadonlySet<string>;
};

export type Hit = {
  readonly ids: readonly string[];
  /** The phrase of the lexicon that matched. */
  readonly phrase: string;
  /** The words as written in the text, lower case. */
  readonly text: string;
  /** Token positions [start, end) among the text's words. */
  readonly start: number;
  readonly end: number;
};

/** Articles carry nothing: "split the hot keys" is "split hot keys". */
const SKIPPED = new Set(['a', 'an', 'the']);

// Per memoised token list, so a text matched against several lexicons is filtered once.
const filtered = new WeakMap<readonly Token[], readonly Token[]>();

/** The text's tokens without articles; the positions hits are given in. */
export function words(text: string): readonly Token[] {
  const all = tokens(text);
  let ws = filtered.get(all);
  if (!ws) {
    ws = all.filter((t) => !SKIPPED.has(t.text));
    filtered.set(all, ws);
  }
  return ws;
}

const same = (a: Word, b: Word) => a.text === b.text || a.lemma === b.lemma;

export function compileLexicon(entries: readonly LexiconEntry[], known: readonly string[] = []): Lexicon {
  const byPhrase = new Map<string, Compiled>();
  for (const entry of entries) {
    const ws = words(entry.phrase).map((t) => ({ text: t.text, lemma: t.lemma }));
    if (ws.length === 0) continue;
    const key = ws.map((w) => w.text).join(' ');
    const found = byPhrase.get(key);
    if (found) {
      found.ids.add(entry.id);
      // The same words listed as a product and as a plain word count as plain.
      found.product &&= entry.product === true;
      found.everyday ||= entry.everyday === true;
    } else byPhrase.set(key, { words: ws, ids: new Set([entry.id]), product: entry.product === true, everyday: entry.everyday === true, phrase: entry.phrase });
  }
  const byFirst = new Map<string, Compiled[]>();
  const knownForms = new Set<string>();
  for (const compiled of byPhrase.values()) {
    const first = compiled.words[0]!;
    for (const form of new Set([first.text, first.lemma])) byFirst.set(form, [...(byFirst.get(form) ?? []), compiled]);
    for (const w of compiled.words) knownForms.add(w.text).add(w.lemma);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (const word of known) for (const t of words(word)) knownForms.add(t.text).add(t.lemma);
  return { byFirst, known: knownForms };
}

const isNoun = (t: Token | undefined) => t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isKnown = (lexicon: Lexicon, t: Token) => lexicon.known.has(t.text) || lexicon.known.has(t.lemma);

/** Whether the words around a match say it is meant in another sense (see the top of this file). */
function otherSense(lexicon: Lexicon, phrase: Compiled, ws: readonly Token[], start: number, end: number): boolean {
  const before = ws[start - 1];
  if (phrase.product) {
    // "Kafka's novels": the possessive does not change what follows.
    const next = ws[end]?.text === "'s" || ws[end]?.text === "'" ? ws[end + 1] : ws[end];
    // "redis INCRBY", "Redis ZSET": a word in capitals after a name that is not is the product's own command or type.
    const command = next !== undefined && next.caps && !ws[start]!.caps;
    if (next && isNoun(next) && !next.number && !command && !isKnown(lexicon, next)) return true;
    if (before && before.pos === 'PROPN' && !isKnown(lexicon, before)) return true;
  }
  if (phrase.everyday && phrase.words.length === 1 && before && isNoun(before) && !before.number && !isKnown(lexicon, before)) return true;
  return false;
}

/** Every phrase of the lexicon in the text, longest first where they overlap, left to right. */
export function findPhrases(text: string, lexicon: Lexicon): Hit[] {
  const ws = words(text);
  const hits: Hit[] = [];
  let i = 0;
  while (i < ws.length) {
    const token = ws[i]!;
    const byText = lexicon.byFirst.get(token.text);
    const byLemma = token.lemma === token.text ? undefined : lexicon.byFirst.get(token.lemma);
    if (!byText && !byLemma) {
      i += 1;
      continue;
    }
    const candidates = byText && byLemma ? [...byText, ...byLemma].sort((a, b) => b.words.length - a.words.length) : (byText ?? byLemma)!;
    const matches = candidates.filter((p) => p.words.every((w, k) => i + k < ws.length && same(w, ws[i + k]!)) && !otherSense(lexicon, p, ws, i, i + p.words.length));
    const match = matches[0];
    if (match) {
      const end = i + match.words.length;
      // Phrases as long as the longest that matched stand for it too ("replicated": durability and replication).
      const ids = new Set(matches.filter((m) => m.words.length === match.words.length).flatMap((m) => [...m.ids]));
      hits.push({ ids: [...ids], phrase: match.phrase, text: ws.slice(i, end).map((t) => t.text).join(' '), start: i, end });
      i = end;
    } else i += 1;
  }
  return hits;
}
