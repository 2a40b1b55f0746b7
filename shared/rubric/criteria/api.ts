import type { Evidence } from '../report';
import { cite, credited, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { against, missing, type Part } from '../rule';
import { keywords, overlap } from '../text';
import { matchOneToOne } from '../match';

const CONTRACT = /\b([45]\d\d|errors?|idempoten\w*|cursor|paginat\w*|page|limit|retry|retries|version\w*|v\d|ttl|expir\w*|auth\w*|token)\b/i;

/** What an HTTP verb already says: a purpose made only of these and the path's words repeats the signature. */
const VERB_WORDS = keywords('get read fetch list view show post create add send submit make put patch update edit change set delete remove cancel');

/**
 * Whether an operation says more than its name: what it takes or returns after the path (a body,
 * arguments, a query, a response or status), or a purpose with words of its own. "POST /crawl"
 * for "crawl" names an endpoint; an interviewer still asks what it takes and returns.
 */
export function specified(operation: string, purpose: string): boolean {
  // A path parameter ("/follows/{userId}") already says what the call takes.
  if (!/^\s*\S+\s+\//.test(operation) || /[{(?]|->|→|=>|\b[1-5]\d\d\b|:\d*\s*\S/.test(operation.replace(/^\s*\S+\s+/, ''))) return true;
  const own = keywords(operation);
  return [...keywords(purpose)].some((w) => !own.has(w) && !VERB_WORDS.has(w));
}

/** The resources a call's paths end in ("/v1/users/{id}/follow" → follow), as keywords; none for a call without a path. */
function resourcesOf(signature: string): Set<string> {
  const last = [...signature.matchAll(/\/[^\s?{},]*(?:\{[^}]*\}[^\s?,]*)*/g)].map((m) => m[0].split('/').filter((seg) => seg !== '' && !seg.startsWith('{') && !/^v\d+$/i.test(seg)).at(-1) ?? '');
  return keywords(last.join(' '));
}

export const api: Criterion = {
  id: 'api',
  name: 'API',
  weight: 0.75,
  levels: ladders(['No API on topic written.', 'One operation.', 'The core operations, without the main path marked.'], {
    mid: ['The core operations with the main path marked.', 'Every core operation with a signature and a purpose, and the busiest path marked.'],
    senior: ["The core operations with the main path marked, but the prompt's main call is missing or some lack a purpose.", "Every operation with a signature and a purpose, the prompt's busiest path among them and marked."],
    staff: ['A complete API, but its contract is thin: no errors, limits, paging or idempotency.', 'A complete API whose contract covers errors, limits, paging or idempotency where they matter.'],
  }),
  tips: ['Write the one call a user makes most, with its inputs and outputs.', 'Add the other core operations.', 'Mark the main path: the call the design must serve best.', 'Give every operation a purpose.'],
  explained: [
    'Operations count when they are about this prompt; loosely related ones earn half. Each stands for one of the operations this design needs at most: the one it shares words or its resource (the end of its path) with.',
    "An operation on topic: 1 point. Half of the operations this design needs (the prompt's reference, each call standing for one at most; two or more without one): 1 point.",
    'An operation that names an endpoint only (nothing it takes or returns after its path, and a purpose that repeats its name, such as "POST /crawl" to crawl) stands for none of the operations this design needs.',
    'The main (busiest) path marked, on an operation that says what it takes or returns: 1 point. Two thirds of the needed operations, every one with a purpose, and a contract that says what happens on errors, limits, paging or retries: 1 point.',
    "Senior also expects the prompt's main operation among them (from its reference); staff the contract covered on two or more calls.",
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    const ops = credited(g.apis);
    for (const x of g.apis) evidence.push(cite(x, `${x.claim.main ? '[main] ' : ''}${x.claim.operation}${x.claim.purpose ? ` (${x.claim.purpose})` : ' (no purpose)'}`));
    if (ops.length === 0) {
      tips.push('Write the one call a user makes most, with its inputs and outputs.');
      evidence.push(missing('No API operation on topic was written.'));
      return { points: 0, evidence, parts: [{ met: false, has: '', lacks: 'no API written' }], tips, notCounted: notCounted(g.apis) };
    }
    const half = ops.every((x) => x.credit === 'partial');
    const named = ops.filter((x) => !specified(x.claim.operation, x.claim.purpose ?? ''));
    for (const x of named) evidence.push(against('note', `${x.claim.operation}: says nothing it takes or returns, and its purpose repeats its name`, x.claim.source.t, x.claim.source.ref));
    // How much of the API this design needs is there: the reference's operations matched by their words.
    const refs = r.prompt.reference?.api ?? [];
    // Only operations that say what they take, return or do stand for one this design needs.
    const told = ops.filter((x) => !named.includes(x));
    const said = told.map((x) => keywords(`${x.claim.operation} ${x.claim.purpose ?? ''}`));
    // Each written operation stands for one of the reference's at most: one call is not two.
    const refWords = new Map(refs.map((o) => [o, keywords(`${o.signature} ${o.does}`)]));
    const refResources = new Map(refs.map((o) => [o, resourcesOf(o.signature)]));
    const resources = told.map((x) => resourcesOf(x.claim.operation));
    // The same words, or the same resource whatever the verb: "POST /follows/{id}" is the design's
    // "PUT /v1/users/{id}/follow", though its one-word purpose shares little else with it.
    const pairs = matchOneToOne(refs, said.map((w, i) => ({ w, r: resources[i]! })), (o, x) => overlap(x.w, refWords.get(o)!) >= 2 || overlap(x.r, refResources.get(o)!) >= 1);
    const covered = refs.filter((_, i) => pairs[i] !== -1);
    // The core is half of the operations this design needs; a complete API two thirds of them (a
    // reference also lists admin and internal calls an answer may leave out).
    const core = refs.length > 0 ? covered.length >= refs.length / 2 : told.length >= 2;
    const complete = refs.length > 0 ? covered.length >= (refs.length * 2) / 3 : told.length >= 2;
    let points = 1 - (half ? 0.5 : 0);
    if (core) points += 1;
    else if (named.length > 0 && told.length < 2) tips.push(`Say what ${named[0]!.claim.operation} takes and returns (its body, its response or status codes): a name alone is not yet an API.`);
    else {
      const next = refs.find((o) => !covered.includes(o));
      tips.push(next ? `Write the other operations this design needs, such as one that ${next.does.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/\.$/, '')}.` : 'Write the other core operations too, with what they take and return.');
    }
    const marked = ops.some((x) => x.claim.main);
    // A main path is a call the design serves: a starred endpoint name is not one yet.
    if (marked && ops.some((x) => x.claim.main && !named.includes(x))) points += 1;
    else if (!marked) {
      evidence.push(missing('The main path is not marked.'));
      tips.unshift('Mark the main path: the operation the design must serve best.');
    }
    const purposed = ops.every((x) => (x.claim.purpose ?? '').trim() !== '');
    const contract = ops.some((x) => CONTRACT.test(`${x.claim.operation} ${x.claim.purpose ?? ''}`));
        if (purposed && complete && contract) points += 1;
    else if (!purposed) tips.push(`Give ${ops.find((x) => !(x.claim.purpose ?? '').trim())!.claim.operation} a purpose: what it is for.`);
    else if (!complete) tips.push('Cover the rest of the operations this design needs, each with its purpose.');
    else tips.push('Say what the main call returns when it fails or is refused, and whether a retry is safe (an idempotency key, a status code).');
    const main = r.prompt.reference?.api.find((o) => o.main);
    const mainWords = main ? keywords(`${main.signature} ${main.does}`) : undefined;
    const hasMain = !mainWords || ops.some((x) => overlap(keywords(`${x.claim.operation} ${x.claim.purpose ?? ''}`), mainWords) >= 2);
    const contracted = ops.filter((x) => CONTRACT.test(`${x.claim.operation} ${x.claim.purpose ?? ''}`)).length;
    const parts: Part[] = [
      { met: true, has: ops.length === 1 ? 'one operation' : `${ops.length} operations`, lacks: '' },
      { met: complete, has: refs.length > 0 ? `${covered.length} of the ${refs.length} operations this design needs` : '', lacks: refs.length > 0 ? `only ${covered.length} of the ${refs.length} operations this design needs` : 'no second operation' },
      { met: marked, has: 'the main path marked', lacks: 'the main path not marked' },
      { met: purposed, has: 'each with a purpose', lacks: 'not every operation has a purpose' },
      { met: contract, has: 'errors, limits or idempotency in the contract', lacks: 'no errors, limits or idempotency in the contract' },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: hasMain, has: "the prompt's main call", lacks: "the prompt's main call missing", tip: `Write the call this design lives on${main ? `: ${main.does}` : ''}, and mark it as the main path.` },
      { level: 'staff', met: contracted >= 2, has: 'the contract covered across the calls', lacks: 'the contract covered on one call at most', tip: 'Give each call its contract: what it returns when it fails, how it pages or limits, and whether a retry is safe.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted(g.apis) };
  },
};
