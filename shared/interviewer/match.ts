import MiniSearch, { type SearchOptions } from 'minisearch';
import { questionTerms } from './terms';

/** The part of a prompt's scripted answer the matcher reads. */
export type Askable = { asks: readonly string[] };

export type Match = {
  /** Index of the scripted answer whose phrasing came closest, null when none was close enough. */
  answer: number | null;
  /** Distance of the closest phrasing, 0 (same terms) to 1 (none shared); null when nothing was compared. */
  score: number | null;
};

/**
 * The farthest a phrasing may be and still answer. Tuned by shared/interviewer/match.test.ts:
 * every shipped phrasing answers itself, plain rewordings answer, other topics do not.
 */
export const MATCH_THRESHOLD = 0.5;

/**
 * How much of the question (by weight) a phrasing must account for. Without it a short
 * question about something else ("Can I write this in Rust?") rides on one shared word.
 */
export const MIN_COVERED = 0.5;

type Phrasing = { id: number; answer: number; terms: string[] };

// The terms are normalised already (terms.ts); MiniSearch only finds, and forgives typos.
const split = (text: string) => text.split(' ');
const asIs = (term: string) => term;
const searchOptions: SearchOptions = {
  combineWith: 'OR',
  tokenize: split,
  processTerm: asIs,
  // A short word with one letter changed is often another word ("day", "dat", "data").
  fuzzy: (term) => (term.length >= 6 ? 1 : false),
  prefix: (term) => term.length >= 5,
};

/**
 * Matches free-typed questions against a prompt's phrasings. Closeness is a weighted Dice
 * coefficient over the two sets of terms, rarer terms weighing more, so "What is the
 * retention?" meets "How long do we keep links?" on `keep`, while "Should I use
 * Kubernetes?", sharing no term with any phrasing, matches nothing.
 */
export function createMatcher(answers: readonly Askable[]): (question: string) => Match {
  const phrasings: Phrasing[] = answers
    .flatMap((a, answer) => a.asks.map((text) => ({ answer, terms: unique(questionTerms(text)) })))
    .map((p, id) => ({ id, ...p }));
  const seenIn = new Map<string, number>();
  for (const p of phrasings) for (const t of p.terms) seenIn.set(t, (seenIn.get(t) ?? 0) + 1);
  // Words never used in a phrasing weigh most: they are what makes a question about something else.
  const weight = (term: string) => 1 + Math.log((phrasings.length + 1) / (1 + (seenIn.get(term) ?? 0)));
  const total = (terms: Iterable<string>) => [...terms].reduce((sum, t) => sum + weight(t), 0);

  const index = new MiniSearch<Phrasing>({
    fields: ['terms'],
    // Only the terms are indexed; the other field read is the id.
    extractField: (doc, field) => (field === 'terms' ? doc.terms.join(' ') : doc.id),
    tokenize: split,
    processTerm: asIs,
  });
  index.addAll(phrasings.filter((p) => p.terms.length > 0));

  return (question) => {
    const terms = unique(questionTerms(question));
    if (terms.length === 0 || index.documentCount === 0) return { answer: null, score: null };
    const asked = total(terms);
    let best: { answer: number; similarity: number; covered: number; rank: number } | undefined;
    for (const hit of index.search(terms.join(' '), searchOptions)) {
      const phrasing = phrasings[hit.id as number]!;
      const covered = total(new Set(hit.queryTerms));
      const similarity = (covered + total(new Set(hit.terms))) / (asked + total(phrasing.terms));
      if (!best || similarity > best.similarity || (similarity === best.similarity && hit.score > best.rank)) {
        best = { answer: phrasing.answer, similarity, covered: covered / asked, rank: hit.score };
      }
    }
    if (!best) return { answer: null, score: 1 };
    const score = round(1 - best.similarity);
    return { answer: score <= MATCH_THRESHOLD && best.covered >= MIN_COVERED ? best.answer : null, score };
  };
}

function unique(terms: readonly string[]): string[] {
  return [...new Set(terms)];
}

function round(n: number): number {
  return Math.min(1, Math.max(0, Math.round(n * 1000) / 1000));
}
