import { KIND_WORDS, type ComponentKind, type Strength } from '../knowledge/components';

export { COMPONENT_KINDS, KIND_TITLES, type ComponentKind } from '../knowledge/components';

/**
 * Diagram analysis: which words in a shape's label name which kind of component. The words
 * are the knowledge base's (shared/knowledge/components.ts, where the choices are explained).
 * Matching is on whole words, case-insensitive; punctuation counts as a space, so
 * "API-gateway", "pub/sub" and "key_value" read as "api gateway", "pub sub", "key value".
 * Labels are short and written as names, so this matcher stays plain and quick: product names
 * count wherever they appear (unlike in prose, see shared/text/).
 */
type Entry = { readonly kind: Exclude<ComponentKind, 'unknown'>; readonly words: readonly string[]; readonly strength: Strength };

/**
 * Each entry: a kind and phrases naming it, lower case, words separated by single spaces.
 * A trailing "s"/"es" on the last word matches too ("workers", "caches", "databases").
 */
const VOCABULARY: readonly Entry[] = KIND_WORDS.flatMap((group) =>
  group.canvas === null ? [] : [{ kind: group.canvas, strength: group.strength, words: [...group.words, ...(group.products ?? [])] }],
);

type Phrase = { readonly kind: Exclude<ComponentKind, 'unknown'>; readonly tokens: readonly string[]; readonly strength: Strength };

const PHRASES: readonly Phrase[] = VOCABULARY.flatMap((entry) => entry.words.map((w) => ({ kind: entry.kind, strength: entry.strength, tokens: w.split(' ') })));

/** The phrases that begin with each word, longest first. */
const BY_FIRST_TOKEN: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const phrase of PHRASES) {
    const first = phrase.tokens[0]!;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
})();

/** Lower case, accents dropped, every run of anything but letters and digits a single break. */
export function tokenize(text: string): string[] {
  return words(text).map((w) => w.toLowerCase());
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function tokenMatches(word: string, token: string, last: boolean): boolean {
  if (token === word) return true;
  // Plurals on the last word of a phrase only: "app servers", not "apps server".
  return last && (token === `${word}s` || token === `${word}es` || (word.endsWith('y') && token === `${word.slice(0, -1)}ies`));
}

/** Why a label got its kind: the words that decided it, and whether they were generic. */
export type KindMatch = {
  readonly kind: ComponentKind;
  /** The phrase as written in the label ("Redis", "load-balancer"), or null for `unknown`. */
  readonly evidence: string | null;
  /** True when only a generic word matched ("DB", "server", "app"). */
  readonly generic: boolean;
};

type Found = Phrase & { readonly start: number; readonly end: number };

/** Every phrase in the label, longest first where they overlap ("web server" hides "web"). */
function findPhrases(tokens: readonly string[]): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = BY_FIRST_TOKEN.get(tokens[i]!) ?? [];
    const hit = candidates.find((p) => p.tokens.every((w, k) => i + k < tokens.length && tokenMatches(w, tokens[i + k]!, k === p.tokens.length - 1)));
    // Also try a plural first word of a one-word phrase ("workers") when no phrase starts with the token itself.
    const plural = hit ? undefined : singularCandidates(tokens[i]!);
    if (hit) {
      found.push({ ...hit, start: i, end: i + hit.tokens.length });
      i += hit.tokens.length;
    } else if (plural) {
      found.push({ ...plural, start: i, end: i + 1 });
      i += 1;
    } else i += 1;
  }
  return found;
}

function singularCandidates(token: string): Phrase | undefined {
  const stems = [token.endsWith('ies') ? `${token.slice(0, -3)}y` : null, token.endsWith('es') ? token.slice(0, -2) : null, token.endsWith('s') ? token.slice(0, -1) : null];
  for (const stem of stems) {
    if (!stem) continue;
    const phrase = BY_FIRST_TOKEN.get(stem)?.find((p) => p.tokens.length === 1);
    if (phrase) return phrase;
  }
  return undefined;
}

/**
 * The kind a label names. Named words beat generic ones ("Postgres DB" is relational,
 * "cache server" is a cache); among equals the last one wins, since English puts the
 * head of a noun phrase last ("job queue" is a queue, "Kafka consumer" a worker,
 * "Redis cache" a cache).
 */
export function kindOf(label: string): KindMatch {
  const tokens = tokenize(label);
  const found = findPhrases(tokens);
  if (found.length === 0) return { kind: 'unknown', evidence: null, generic: false };
  const named = found.filter((f) => f.strength === 'named');
  const pool = named.length > 0 ? named : found;
  const best = pool[pool.length - 1]!;
  return { kind: best.kind, evidence: evidenceOf(label, best.start, best.end), generic: best.strength === 'generic' };
}

/** The words [start, end) of the label as the person wrote them, joined by single spaces. */
function evidenceOf(label: string, start: number, end: number): string {
  return words(label).slice(start, end).join(' ');
}
