import { tokens } from '../../text/normalise';
import type { PromptSnapshot } from '../../session/exportFile';
import { speaksOfDesign } from './component';
import { present, tidy, type Draft } from './draft';
import { sentenceCase } from './requirement';
import { ARROW } from './flow';

type TradeoffDraft = Extract<Draft, { kind: 'tradeoff' }>;

/**
 * A trade-off written in a line: "Redis vs local: chose Redis, gave up latency, because shared
 * counts", "X over Y because Z", "chose X instead of Y since Z", "X vs Y -> X (Z)", and, where
 * trade-offs are expected, "X because Z". Each side must read as a name or noun phrase (no verb
 * but choosing), so prose such as "the fox jumps over the dog because it was bored" is none.
 */

const REASON = /\s*(?:,|;|\(|—|–|-)?\s*\b(?:because(?: of)?|since(?!\s+\d)|b\/c|bc|cuz|due to|given that|as it|as we|so that)\b\s*/i;
const GAVE_UP = /\b(?:gave up|give up|giving up|gives up|lose|losing|lost|sacrific(?:e|ed|ing)|at the cost of|at the expense of|cost|costs|trading|trade off|tradeoff|downside)\b\s*:?\s*/i;
const CHOSE = /^\s*(?:i |we )?(?:chose|choose|choosing|picked|pick|went with|go with|going with|prefer(?:red)?|opted for|opt for|use|using|selected|select|decided on|decision)\b\s*:?\s*/i;
const ALTERNATIVES = /^(.{1,60}?)\s+(?:vs\.?|versus|or)\s+(.{1,60}?)\s*(?::|\?|—|–|\s-\s|->|→|=>)\s*(.*)$/i;
const OVER = /^(.{1,80}?)\s+(?:over|instead of|rather than|in place of)\s+(.{1,80})$/i;
const PREFER_TO = /^prefer(?:red)?\s+(.{1,80}?)\s+to\s+(.{1,80})$/i;

/** A short noun phrase: at most eight words, no verb but a gerund or participle ("caching", "leased ranges"). */
function nounPhrase(text: string): boolean {
  const t = tidy(text);
  if (t === '') return false;
  // "fan-out", "read-heavy": one word, not a verb and a particle.
  const ts = tokens(sentenceCase(t.replace(/(\p{L})-(\p{L})/gu, '$1$2')));
  if (ts.length === 0 || ts.length > 8) return false;
  if (ts.some((x) => x.pos === 'AUX' || x.pos === 'PRON')) return false;
  // A finite verb after a subject makes a clause ("the fox jumps", "water flows into"), not a name; a
  // last word the tagger takes for a verb after a bare noun ("sync calls") stays a noun.
  return !ts.some((x, i) => x.pos === 'VERB' && i > 0 && !/(?:ing|ed|en)$/.test(x.text) && (i < ts.length - 1 || ts.slice(0, i).some((y) => y.pos === 'DET')));
}

const CHOOSING = new Set(['choose', 'pick', 'prefer', 'use', 'select', 'opt', 'go', 'decide']);

/**
 * Whether the word before "over" is a verb with its subject ("the fox jumps over", "water flows
 * over"): then "over" is a preposition of the sentence, not a choice. Read in the whole line, where
 * the tagger sees the sentence; a verb after a preposition ("fan-out on write over …") is not one.
 */
function verbBefore(line: string, left: string): boolean {
  const ts = tokens(sentenceCase(line.replace(/(\p{L})-(\p{L})/gu, '$1$2')));
  const n = tokens(sentenceCase(left.replace(/(\p{L})-(\p{L})/gu, '$1$2'))).length;
  const verb = ts[n - 1];
  const before = ts[n - 2];
  if (!verb || !before || verb.pos !== 'VERB' || /(?:ing|ed)$/.test(verb.text) || CHOOSING.has(verb.lemma)) return false;
  return ['NOUN', 'PROPN', 'PRON', 'ADJ', 'ADV'].includes(before.pos);
}

/** Splits off the reason: "X because Z" → ["X", "Z"]. */
function splitReason(text: string): [string, string | undefined] {
  const m = REASON.exec(text);
  if (!m) return [text, undefined];
  return [text.slice(0, m.index), tidy(text.slice(m.index + m[0].length).replace(/\)\s*$/, ''))];
}

function draft(chose: string, gaveUp: string | undefined, because: string | undefined): TradeoffDraft {
  return { kind: 'tradeoff', chose: tidy(chose.replace(CHOSE, '')), ...present({ gaveUp: gaveUp === undefined ? undefined : tidy(gaveUp), because }) };
}

/** Labelled parts: "chose: X; gave up: Y; because: Z" or "chose X, gave up Y, because Z". */
function labelled(text: string, alternatives?: [string, string]): TradeoffDraft | undefined {
  const [rest, because] = splitReason(text);
  const parts = rest.split(/\s*(?:,|;|\|)\s*/).filter((p) => p.trim() !== '');
  let chose: string | undefined;
  let gaveUp: string | undefined;
  for (const p of parts) {
    if (CHOSE.test(p) && chose === undefined) chose = p.replace(CHOSE, '');
    else if (GAVE_UP.test(p) && gaveUp === undefined) gaveUp = p.slice(GAVE_UP.exec(p)!.index).replace(GAVE_UP, '');
  }
  if (chose === undefined && alternatives) {
    // "A vs B: A, because …": the first part names the choice.
    const first = parts[0] && !GAVE_UP.test(parts[0]) ? parts[0].replace(ARROW, '') : undefined;
    if (first && nounPhrase(first)) chose = first;
  }
  let reason = because;
  // "NoSQL (only key lookups)": a reason in brackets after the choice.
  const paren = chose === undefined ? null : /^(.*?)\s*\(([^()]+)\)\s*$/.exec(chose);
  if (paren && reason === undefined) {
    chose = paren[1]!;
    reason = tidy(paren[2]!);
  }
  if (chose === undefined || !nounPhrase(chose)) return undefined;
  if (gaveUp === undefined && alternatives) {
    const [a, b] = alternatives.map(tidy) as [string, string];
    const c = tidy(chose).toLowerCase();
    // "geohash in memory vs quadtree: geohash", "fail open vs closed: open": the choice names one
    // alternative by some of its words; the other is what was given up.
    const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    const names = (x: string) => {
      const [xs, cs] = [words(x), words(c)];
      return cs.length > 0 && (cs.every((w) => xs.includes(w)) || xs.every((w) => cs.includes(w)));
    };
    gaveUp = c === a.toLowerCase() ? b : c === b.toLowerCase() ? a : names(a) && !names(b) ? b : names(b) && !names(a) ? a : undefined;
  }
  return draft(chose, gaveUp, reason);
}

export function tradeoffFromText(text: string, inTradeoffs: boolean, prompt?: PromptSnapshot): TradeoffDraft | undefined {
  const t = text.trim();
  const alt = ALTERNATIVES.exec(t);
  if (alt && nounPhrase(alt[1]!) && nounPhrase(alt[2]!)) {
    const found = labelled(alt[3]!, [alt[1]!, alt[2]!]);
    if (found) return found;
  }
  const [head, reason] = splitReason(t);
  let because = reason;
  const prefer = PREFER_TO.exec(head.trim());
  if (prefer && nounPhrase(prefer[1]!) && nounPhrase(prefer[2]!)) return draft(prefer[1]!, prefer[2]!, because);
  const over = OVER.exec(head.trim());
  // "Cassandra over MySQL for write throughput": after the alternative, "for" gives the reason.
  if (over && because === undefined) {
    const purpose = /^(.+?)\s+for\s+(.+)$/i.exec(over[2]!);
    if (purpose) {
      over[2] = purpose[1]!;
      because = tidy(purpose[2]!);
    }
  }
  if (over && !verbBefore(head.trim(), over[1]!)) {
    const chose = over[1]!.replace(CHOSE, '');
    const choosing = CHOSE.test(over[1]!);
    // Bare "X over Y because Z" is a choice only between design options: "water flows over the bridge" is none.
    const options = choosing || inTradeoffs || speaksOfDesign(chose, prompt) || speaksOfDesign(over[2]!, prompt);
    if (nounPhrase(chose) && nounPhrase(over[2]!) && options && (because !== undefined || choosing || inTradeoffs)) return draft(chose, over[2]!, because);
  }
  if (CHOSE.test(t) && (GAVE_UP.test(t) || because !== undefined)) {
    const found = labelled(t);
    if (found) return found;
  }
  if (inTradeoffs) {
    const found = labelled(t);
    if (found) return found;
    if (because !== undefined && nounPhrase(head)) return draft(head, undefined, because);
  }
  return undefined;
}
