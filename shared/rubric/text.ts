/** Word-level text matching for the rules: case-insensitive, punctuation as spaces, a plural "s" allowed. */

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Text made ready for `mentions`: its words, space-separated, with a space at each end. */
export type Haystack = string;

export function haystack(...texts: readonly string[]): Haystack {
  return ` ${texts.flatMap(words).join(' ')} `;
}

/** Whether the text names the phrase as whole words ("kv store" in "a KV-store for links"). */
export function mentions(hay: Haystack, phrase: string): boolean {
  const p = words(phrase).join(' ');
  if (p === '') return false;
  return hay.includes(` ${p} `) || hay.includes(` ${p}s `) || hay.includes(` ${p}es `);
}

const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'each', 'into', 'what', 'when', 'how', 'its', 'are', 'not', 'per', 'one', 'two', 'three', 'has', 'have', 'will']);

/** The words that carry meaning: three letters or more, common function words left out. */
export function keywords(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length >= 3 && !STOP.has(w)).map(stem));
}

/** A crude stem so "expiry"/"expired" and "caches"/"caching" meet. */
function stem(word: string): string {
  return word.replace(/(ing|ed|es|s|y|ies)$/, '') || word;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n += 1;
  return n;
}

/** A quotation for evidence: one line, at most `max` characters (code points, so an emoji is never cut in half). */
export function quote(text: string, max = 160): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}
