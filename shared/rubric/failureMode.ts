import { tokens, type Token } from '../text/normalise';

/**
 * What a staff target listens for, read by words (lemmas and parts of speech, shared/text), so
 * "losing", "lost" and "loses" are one word and "scale down" is no outage.
 */

/** Words that say a part fails, in their dictionary form. */
const FAILS = new Set([
  'fail', 'failure', 'outage', 'down', 'crash', 'die', 'dead', 'lose', 'lost', 'loss', 'failover', 'timeout', 'degrade', 'unavailable', 'offline', 'stuck', 'hang',
  'unreachable', 'overload', 'corrupt', 'poison', 'retry', 'fallback', 'recover', 'recovery', 'backup', 'dlq',
]);
/** "down" after these is a direction, not an outage: "scale down", "slow down", "write down". */
const NOT_AN_OUTAGE = new Set(['scale', 'slow', 'write', 'cut', 'narrow', 'wind', 'break', 'shut', 'tone', 'step']);

/** Words for what happens once a part has failed: how the design reacts or what the user sees. */
const THEN = new Set([
  'then', 'so', 'until', 'instead', 'fallback', 'failover', 'retry', 'replay', 'recover', 'recovery', 'promote', 'elect', 'reelect', 'restore', 'reroute', 'route', 'redeliver',
  'dlq', 'degrade', 'resume', 'breaker', 'switch', 'standby', 'secondary', 'backup', 'replica', 'restart', 'shift', 'alert', 'page', 'buffer', 'reconnect', 'rebuild', 'reload',
  'drain', 'shed', 'stale', 'takeover',
]);
/** Two-word reactions: "falls back", "takes over", "fails open", "dead letter". */
const THEN_PAIRS = new Set(['fall back', 'take over', 'fail open', 'fail closed', 'dead letter', 'circuit breaker', 'catch up', 'serve stale']);
/** Nouns that name no part: "at some point", "over time". */
const NO_PART = new Set(['point', 'time', 'thing', 'case', 'way', 'risk', 'issue', 'problem']);

const lemma = (t: Token) => (t.lemma === 'lost' ? 'lose' : t.lemma);
const pair = (ts: readonly Token[], i: number) => `${lemma(ts[i]!)} ${ts[i + 1] ? lemma(ts[i + 1]!) : ''}`;

/** Where a part is said to fail: the token positions of failure words. */
function failureAt(ts: readonly Token[]): number[] {
  return ts.flatMap((t, i) => {
    const l = lemma(t);
    if (!FAILS.has(l)) return [];
    if (l === 'down' && i > 0 && NOT_AN_OUTAGE.has(lemma(ts[i - 1]!))) return [];
    return [i];
  });
}

/** A consequence written as punctuation: "-> reads go to the DB", ": the limiter fails open", "if X, Y". */
const THEN_MARK = /->|→|=>|[:;]\s*\S|\b(if|when|on)\b[^,]+,\s*\w/i;

/**
 * A failure mode as an interviewer credits it: it names what fails and what happens then
 * ("Redis shard down: the limiter fails open"). One word such as "loss" or "outages" names neither,
 * and "the primary might crash" names no consequence.
 */
export function isFailureMode(text: string): boolean {
  const ts = tokens(text);
  if (ts.length < 4) return false;
  const at = failureAt(ts);
  if (at.length === 0) return false;
  // What fails: a noun that is neither the failure nor the reaction ("Retries and failover" names no part).
  const part = ts.some((t, i) => !at.includes(i) && (t.pos === 'NOUN' || t.pos === 'PROPN') && !t.stop && !t.number && !THEN.has(lemma(t)) && !FAILS.has(lemma(t)) && !NO_PART.has(lemma(t)));
  if (!part) return false;
  // What happens then, other than the failure word itself ("failover" is not also its consequence).
  const reacts = ts.some((t, i) => !at.includes(i) && (THEN.has(lemma(t)) || THEN_PAIRS.has(pair(ts, i))));
  return reacts || THEN_MARK.test(text);
}

/** Words that say the design changes as it grows. */
const EVOLVES = new Set(['evolve', 'evolution', 'migrate', 'migration', 'grow', 'growth', 'outgrow', 'later', 'future', 'reshard', 'v2']);
const EVOLVE_PAIRS = new Set(['next year', 'over time', 'move to', 'move onto', 'split out', 'split into', 're shard']);
/** A multiplier is the load growing only after these: "at 100x", "grows to 10x", not "10x cheaper". */
const GROWS_TO = new Set(['at', 'to', 'by', 'past', 'beyond', 'reach']);

/** Whether a text says how the design evolves: later phases, migrations, what changes at 10x or 100x. */
export function isEvolution(text: string): boolean {
  const ts = tokens(text);
  return ts.some((t, i) => {
    const l = lemma(t);
    if (EVOLVES.has(l) || t.text.startsWith('outgrow') || EVOLVE_PAIRS.has(pair(ts, i))) return true;
    if (l === 'phase' && ts[i + 1]?.number) return true;
    // "10x" is read as one word or as a number and "x".
    const multiplier = /^\d+x$/.test(t.text) || (t.number && ts[i + 1]?.text === 'x');
    return multiplier && i > 0 && GROWS_TO.has(lemma(ts[i - 1]!));
  });
}
