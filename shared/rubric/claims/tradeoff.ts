import { tokens } from '../../text/normalise';
import { present, tidy, type Draft } from './draft';
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
const ALTERNATIVES = /^(.{1,60}?)\s+(?:vs\.?|versus|or)\s+(.{1,60}?)\s*(?::|—|–|\s-\s|->|→|=>)\s*(.*)$/i;
const OVER = /^(.{1,80}?)\s+(?:over|instead of|rather than|in place of)\s+(.{1,80})$/i;
const PREFER_TO = /^prefer(?:red)?\s+(.{1,80}?)\s+to\s+(.{1,80})$/i;

/** A short noun phrase: at most eight words, no verb but a gerund or participle ("caching", "leased ranges"). */
function nounPhrase(text: string): boolean {
  const t = tidy(text);
  if (t === '') return false;
  const ts = tokens(t);
  if (ts.length === 0 || ts.length > 8) return false;
  return !ts.some((x, i) => (x.pos === 'VERB' && !/(?:ing|ed|en)$/.test(x.text) && i > 0) || x.pos === 'AUX' || x.pos === 'PRON');
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
  if (chose === undefined || !nounPhrase(chose)) return undefined;
  if (gaveUp === undefined && alternatives) {
    const [a, b] = alternatives.map(tidy) as [string, string];
    const c = tidy(chose).toLowerCase();
    gaveUp = c === a.toLowerCase() ? b : c === b.toLowerCase() ? a : undefined;
  }
  return draft(chose, gaveUp, because);
}

export function tradeoffFromText(text: string, inTradeoffs: boolean): TradeoffDraft | undefined {
  const t = text.trim();
  const alt = ALTERNATIVES.exec(t);
  if (alt && nounPhrase(alt[1]!) && nounPhrase(alt[2]!)) {
    const found = labelled(alt[3]!, [alt[1]!, alt[2]!]);
    if (found) return found;
  }
  const [head, because] = splitReason(t);
  const prefer = PREFER_TO.exec(head.trim());
  if (prefer && nounPhrase(prefer[1]!) && nounPhrase(prefer[2]!)) return draft(prefer[1]!, prefer[2]!, because);
  const over = OVER.exec(head.trim());
  if (over) {
    const chose = over[1]!.replace(CHOSE, '');
    const choosing = CHOSE.test(over[1]!);
    if (nounPhrase(chose) && nounPhrase(over[2]!) && (because !== undefined || choosing || inTradeoffs)) return draft(chose, over[2]!, because);
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
