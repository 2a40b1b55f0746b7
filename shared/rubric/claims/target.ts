import { evaluateExpression } from '../../estimate/evaluate';

/**
 * The measurable target of a quality, as written: "p99 < 50 ms", "99.99%", "under 200 ms",
 * "five nines", "10M/day". A number counts when the pad engine reads it with a unit (a duration,
 * a rate, a size), as a percentage, with a multiplier (10M), as "N nines" or as a percentile bound.
 */

const COMPARATOR = String.raw`(?:<=|>=|≤|≥|<|>|=|~|≈|under|below|within|at most|at least|less than|more than|over|above|in|of|up to)`;
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const UNIT = String.raw`(?:%|[a-zA-Zµμ]+(?:\s*\/\s*[a-zA-Z]+)?|\/\s*[a-zA-Z]+)`;
const PERCENTILE = new RegExp(String.raw`\b[pP]\d{2}(?:\.\d+)?\s*(?:[a-zA-Z]+\s*)?(?:${COMPARATOR}\s*)?${NUMBER}\s*${UNIT}?`, 'u');
const NINES = /\b(?:\d|two|three|four|five|six)\s+nines\b/i;
const MEASURE = new RegExp(String.raw`(?:${COMPARATOR}\s*)?(${NUMBER}\s*(?:[kKMGBT](?![a-zA-Z]))?\s*${UNIT}?)`, 'gu');

/** Whether the pad engine reads this figure as a measure: with a unit, a percentage or a multiplier. */
function measurable(figure: string): boolean {
  const compact = figure.replace(/\s+/g, ' ').trim();
  if (/%$/.test(compact)) return true;
  if (/^\d+(?:[.,]\d+)*\s*[kKMGBT]$/.test(compact)) return true;
  const r = evaluateExpression(compact.replace(/,(?=\d{3}\b)/g, ''));
  return r.ok && r.quantity.dimension !== 'count' && r.quantity.dimension !== 'ratio';
}

/** "0 lost clicks", "zero data loss", "RPO = 0": nothing lost is a target someone can check. */
const NONE_LOST = /\b(?:(?:0|zero)\s+(?:(?:lost|dropped|missed|duplicated?)\s+[a-z]+|(?:data\s+)?loss)|rpo\s*(?:=|of|:)?\s*0\b)/i;

export function targetOf(text: string): string | undefined {
  const none = NONE_LOST.exec(text);
  if (none) return none[0];
  const percentile = PERCENTILE.exec(text);
  if (percentile) return percentile[0].trim();
  const nines = NINES.exec(text);
  if (nines) return nines[0];
  for (const m of text.matchAll(MEASURE)) {
    const figure = m[1]!;
    // Cut a trailing word the unit pattern swallowed that is no unit ("50 ms at", "10M new").
    const words = figure.split(/\s+/);
    for (let n = words.length; n > 0; n -= 1) {
      const candidate = words.slice(0, n).join(' ');
      if (/\d/.test(candidate) && measurable(candidate)) return m[0].slice(0, m[0].indexOf(figure)).trim() ? `${m[0].slice(0, m[0].indexOf(figure)).trim()} ${candidate}` : candidate;
    }
  }
  return undefined;
}
