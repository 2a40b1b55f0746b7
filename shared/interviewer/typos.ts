/**
 * Typo correction against a known vocabulary: a word nobody in the prompt uses, one or two
 * keystrokes away from one it does, is read as that word ("uplaoded" as "uploaded").
 */

/** Optimal string alignment distance (an adjacent swap counts as one edit), or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/** Whether `short` is `long` with one letter left out, not the first two ("grup" for "group"). */
const oneLetterOut = (short: string, long: string) => long.length === short.length + 1 && [...long].some((_, i) => i >= 2 && long.slice(0, i) + long.slice(i + 1) === short);

/**
 * Corrects `word` to the closest word of `known`, or returns it unchanged. Short words need a
 * near-certain slip: four letters only when two were swapped ("mnay") or one left out past the
 * second ("grup"), since one changed letter of a four-letter word is usually another word
 * ("team", "tear").
 */
export function correct(word: string, known: ReadonlySet<string>, byLength: ReadonlyMap<number, readonly string[]>): string {
  if (word.length < 4 || known.has(word) || /\d/.test(word)) return word;
  const max = word.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of byLength.get(len) ?? []) {
      if (word.length === 4 && !sameLetters(word, candidate) && !oneLetterOut(word, candidate)) continue;
      // A typo rarely gets the first letter wrong; requiring it keeps "rust" from becoming "trust".
      if (candidate[0] !== word[0]) continue;
      const d = editDistance(word, candidate, max);
      if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.length > best.length)) {
        best = candidate;
        bestDistance = d;
      }
    }
  }
  return best ?? word;
}

/** The vocabulary grouped by word length, the shape `correct` searches. */
export function byLength(words: Iterable<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const w of new Set(words)) out.set(w.length, [...(out.get(w.length) ?? []), w]);
  return out;
}
