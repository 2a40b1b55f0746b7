import type { Evidence } from '../report';
import type { Component } from '../../canvas/analyse';
import { kindOf } from '../../canvas/kinds';
import { ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { itemsOf, type SessionRecord } from '../record';
import { against, found, missing, type Part } from '../rule';
import { haystack, mentions, words } from '../text';
import { failureRaised, evolutionRaised } from '../criterion';
import { OFF_TOPIC_SESSION, topicOf } from '../grounding/ground';
import { matchOneToOne } from '../match';
import { spellOut } from '../claims/abbreviations';
import { drawnFirst } from '../boxFirst';
import { relevance } from '../../text/relevance';
import { mentions as knowledgeMentions } from '../../text/mentions';
import { tokens } from '../../text/normalise';

/** Words any walk uses whatever it walks: "the apps call the gateway, which sends requests to the services". */
const ANY_WALK = new Set(['use', 'call', 'send', 'go', 'put', 'pass', 'request', 'service', 'app', 'server', 'system', 'data', 'thing', 'stuff', 'handle', 'get', 'talk', 'connect']);

/**
 * Whether a narrative walks this design's main path: besides the parts it names and the words any
 * walk uses, at least two words of the prompt say what moves and what each step does to it
 * ("the hold updates the seat rows", "dispatch searches the geo index"). "The apps call the
 * gateway, which sends requests to the services" walks nothing.
 */
function walksThePath(text: string, prompt: SessionRecord['prompt'], labels: readonly string[]): boolean {
  // The parts it names: kinds the knowledge base knows and the diagram's own labels ("URL frontier").
  const parts = new Set([...knowledgeMentions(text).filter((m) => m.type === 'kind').map((m) => m.text), ...labels].flatMap((p) => tokens(spellOut(p)).map((x) => x.lemma)));
  const said = new Set(relevance(text, prompt).matched.flatMap((w) => tokens(w).map((x) => x.lemma)).filter((w) => !parts.has(w) && !ANY_WALK.has(w)));
  return said.size >= 2;
}

type Expected = SessionRecord['prompt']['components'][number];

/** Prompts name kinds in lower case ("cdn"); a report reads better with "CDN". */
const ACRONYMS = new Set(['cdn', 'dns', 'api', 'db', 'sql', 'lb', 'llm', 'gpu']);
const named = (kind: string) => kind.replace(/[a-z]+/gi, (w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));

/** Whether a drawn component could stand for an expected one: by kind, or by its name or a synonym in the label. */
function standsFor(expected: Expected, kind: string, c: Component, label: string): boolean {
  return (kind !== 'unknown' && c.kind === kind) || [expected.kind, ...expected.synonyms].some((n) => mentions(label, n));
}

/** Which drawn component stands for each expected one, each box for one part at most (one box does one job). */
function drawnFor(expected: readonly Expected[], components: readonly Component[]): (Component | undefined)[] {
  // Each kind and label read once: the matching tries every pair.
  const kinds = new Map(expected.map((e) => [e, kindOf(e.kind).kind]));
  // Shorthand labels ("search svc") read as the words they stand for, as the notes do.
  const labels = new Map(components.map((c) => [c, haystack(spellOut(c.label))]));
  return matchOneToOne(expected, components, (e, c) => standsFor(e, kinds.get(e)!, c, labels.get(c)!)).map((i) => components[i]);
}

/**
 * A connected diagram of labelled parts (1), expected components covered by the diagram or
 * the notes (half: 1, four fifths: 1), and a narrative that goes with it (1), once half is covered. Without any
 * connected diagram the score stops at 1. Expected components found nowhere are named.
 */
const rule: Criterion['rule'] = ({ record: r, g, claims }) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const { components, connections: drawn, dangling } = r.diagram;
  // A box about something else (a "Reception service" in a URL shortener) is not part of this design.
  const offIds = new Set(g.components.filter((x) => x.credit === 'none').map((x) => x.claim.source.ref));
  const labelled = components.filter((c) => c.label !== '' && !offIds.has(c.id));
  const ids = new Set(labelled.map((c) => c.id));
  const connections = drawn.filter((c) => ids.has(c.from) && ids.has(c.to));
  const tOf = (id: string) => r.elementT.get(id) ?? 0;
  const connected = labelled.length >= 2 && connections.length >= 1;
  let points = 0;
  if (connected) {
    points += 1;
    const arrows = `${connections.length} connection${connections.length === 1 ? '' : 's'}`;
    evidence.push(found('diagram', `${labelled.length} labelled components and ${arrows}`, Math.min(...labelled.map((c) => tOf(c.id))), labelled[0]!.id));
  } else {
    evidence.push(missing('No connected diagram: at least two labelled components joined by an arrow.'));
  }
  for (const d of dangling) evidence.push(against('diagram', `An arrow${d.label ? ` "${d.label}"` : ''} that reaches nothing at one end`, tOf(d.id), d.id));

  const expected = r.prompt.components;
  // A familiar part counts only on the flow: a box no arrow reaches carries no request.
  const joinedIds = new Set(connections.flatMap((c) => [c.from, c.to]));
  const drawnParts = drawnFor(expected, labelled.filter((c) => joinedIds.has(c.id)));
  const apartParts = drawnFor(expected, labelled.filter((c) => !joinedIds.has(c.id)));
  let covered = 0;
  for (const [i, e] of expected.entries()) {
    const drawn = drawnParts[i];
    const apart = apartParts[i];
    if (drawn) {
      covered += 1;
      evidence.push(found('diagram', `${named(e.kind)}: "${drawn.label}"`, tOf(drawn.id), drawn.id));
    } else if (apart) {
      evidence.push(against('diagram', `${named(e.kind)}: "${apart.label}" is joined to nothing, so no request goes through it`, tOf(apart.id), apart.id));
    } else if ([e.kind, ...e.synonyms].some((n) => mentions(r.notesText, n))) {
      covered += 1;
      const item = r.items.find((i) => [e.kind, ...e.synonyms].some((n) => mentions(haystack(...Object.values(i.body).filter((v) => typeof v === 'string')), n)));
      evidence.push(found('note', `${named(e.kind)}: named in the notes, not drawn`, item?.addedT ?? r.endT, item?.id));
    } else {
      evidence.push(missing(`No ${named(e.kind)}, in the diagram or the notes: ${e.why}`));
    }
  }
  const share = expected.length === 0 ? (labelled.length >= 4 ? 1 : labelled.length / 4) : covered / expected.length;
  if (share >= 0.5) points += 1;
  if (share >= 0.8) points += 1;
  const absent = expected.filter((_, i) => !drawnParts[i]).map((e) => named(e.kind));
  if (absent.length > 0) tips.push(`Draw the ${absent.slice(0, 3).join(', ')} and connect ${absent.length === 1 ? 'it' : 'them'} to the rest.`);
  else if (share < 0.8) tips.push('Draw more of the parts the design needs and connect them.');

  const narrative = itemsOf(r, 'narrative').filter((i) => i.body.text.trim() !== '' && topicOf(i.body.text, r.prompt) !== 'off' && walksThePath(i.body.text, r.prompt, labelled.map((c) => c.label)));
  for (const i of itemsOf(r, 'narrative').filter((x) => x.body.text.trim() !== '' && !narrative.includes(x))) {
    evidence.push(against('note', `${i.body.text} (names the parts but not what moves between them or what each does)`, i.addedT, i.id));
  }
  for (const i of narrative) evidence.push(found('note', i.body.text, i.addedT, i.id));
  // A walk through the design written as arrows in the notes ("gateway -> limiter -> Redis") is a narrative too.
  const walked = [
    ...claims.filter((c) => c.kind === 'flow' && c.source.from !== 'canvas'),
    ...claims.filter((c) => c.kind === 'component' && c.source.from === 'free-notes' && c.source.phase === 'high-level' && topicOf(c.source.text, r.prompt) !== 'off'),
  ];
  if (narrative.length === 0 && walked.length > 0) evidence.push(found('note', walked[0]!.source.text, walked[0]!.source.t, walked[0]!.source.ref));
  // A walk through a diagram that shows under half of the design walks nothing an interviewer can credit.
  if ((narrative.length > 0 || walked.length > 0) && share >= 0.5) points += 1;
  else if (narrative.length > 0 || walked.length > 0) tips.push('Your narrative walks a diagram that shows under half of this design: draw the missing parts on its path first.');
  else {
    evidence.push(missing('No narrative walking a request through the diagram.'));
    tips.push('Add a narrative: walk one request through the diagram, step by step.');
  }
  // A request moves through parts in an order their kinds allow: an arrow between two kinds that
  // cannot talk directly (a queue into a store, a client into a database) is a step that cannot happen.
  const byId = new Map(labelled.map((c) => [c.id, c]));
  const broken = connections.flatMap((c) => {
    const from = byId.get(c.from);
    const to = byId.get(c.to);
    const why = c.direction === 'forward' && from && to ? cannotStep(roleOf(from), roleOf(to)) : undefined;
    return why ? [{ c, from: from!, to: to!, why }] : [];
  });
  for (const b of broken) evidence.push(against('diagram', `"${b.from.label}" → "${b.to.label}": ${b.why}`, tOf(b.c.id), b.c.id));
  if (broken.length > 0) tips.unshift(fixFor(broken[0]!.from, broken[0]!.to));
  // Boxes drawn before any requirement or estimate: the design did not follow from the problem.
  const first = drawnFirst(r, labelled);
  const boxFirst = first !== undefined;
  if (first) {
    evidence.push(against('moment', `${first.boxes.length} of ${labelled.length} boxes drawn before any requirement or estimate`, first.t, first.boxes[0]!.id));
    tips.push('Draw after the requirements and the numbers: let them say which parts the design needs.');
  }
  // Each costs a point from the top: a strong design follows from the problem and its flows work.
  // Boxes first and never walked are a diagram from memory: nothing says how data moves or why.
  const walkedAtAll = narrative.length > 0 || walked.length > 0;
  points = Math.min(points, 4 - (broken.length > 0 ? 1 : 0) - (boxFirst ? (walkedAtAll ? 1 : 2) : 0));
  if (!connected) {
    points = Math.min(points, 1);
    tips.unshift('Draw the design: the client, the services and the stores, joined by arrows.');
  }
  const coverage = expected.length === 0 ? `${labelled.length} labelled part${labelled.length === 1 ? '' : 's'}` : `${covered} of ${expected.length} expected components`;
  const short = covered === 0 && expected.length > 0 ? `none of the ${expected.length} expected components` : `only ${coverage}`;
  const parts: Part[] = [
    { met: connected, has: 'a connected diagram', lacks: 'no connected diagram' },
    { met: share >= 0.8, has: coverage, lacks: short },
    { met: narrative.length > 0 || walked.length > 0, has: 'a narrative', lacks: 'no narrative' },
  ];
  // A design for another problem: what was drawn is not this design, however well connected.
  if (g.topicality < OFF_TOPIC_SESSION) points = Math.min(points, 1);
  const scaling = labelled.some((c) => SCALING.has(c.kind));
  const depth: Depth[] = [
    { level: 'senior', met: scaling, has: 'a part that carries the load', lacks: 'nothing drawn for the load (a cache, queue, CDN or replica)', tip: 'Draw what carries the load your numbers call for: a cache, a queue, a CDN or replicas, and connect it.' },
    { level: 'staff', met: failureRaised(g) || evolutionRaised(g), has: 'failure or evolution covered', lacks: 'no word on failure or how the design evolves', tip: 'Say what happens when a part of the diagram fails, and how the design changes at ten times the load.' },
  ];
  return { points, evidence, parts, tips, depth, notCounted: notCounted(g.components) };
};

/** The kinds that hold data and do nothing on their own. */
const STORES = new Set<string>(['relational-db', 'key-value', 'document-store', 'object-storage', 'search']);
/** Stores a client may never reach by itself (object storage it may, with a signed URL). */
const PRIVATE_STORES = new Set<string>(['relational-db', 'key-value', 'document-store', 'search', 'cache', 'queue']);

/** Label words that make a part a service whatever it serves: "search service", "Search API" serve requests. */
const SERVING = new Set(['service', 'server', 'api', 'backend']);

/** What a part does in a flow: its kind, unless its label ends in a serving word ("search svc" is a service in front of the index). */
function roleOf(c: Component): string {
  const last = words(spellOut(c.label).replace(/\([^)]*\)/g, ' ')).at(-1);
  return last !== undefined && SERVING.has(last.replace(/s$/, '')) ? 'service' : c.kind;
}

/** Why a request cannot step straight from one kind of part to another, or undefined when it can. */
function cannotStep(from: string, to: string): string | undefined {
  // A topic archived to object storage by its sink connector (Kafka Connect, Firehose) needs no service between.
  if (from === 'queue' && STORES.has(to) && to !== 'object-storage') return 'nothing reads the queue to write the store';
  if (from === 'client' && (PRIVATE_STORES.has(to) || to === 'worker')) return 'the client reaches it directly, with no service to check and shape the request';
  if (from === 'load-balancer' && (STORES.has(to) || to === 'cache' || to === 'queue')) return 'a load balancer spreads requests over servers; it does not read or write data';
  if (from === 'cdn' && (PRIVATE_STORES.has(to))) return 'a CDN fetches from a service or object storage, not from a database or a queue';
  if ((STORES.has(from) || from === 'cache' || from === 'queue') && from !== 'object-storage' && to === 'client') return 'data does not move to a client on its own; a service answers the request';
  return undefined;
}

/** The step that puts a broken flow right. */
function fixFor(from: Component, to: Component): string {
  if (from.kind === 'queue') return `Put the worker or service that reads "${from.label}" between it and "${to.label}".`;
  return `Put the service that owns the request between "${from.label}" and "${to.label}".`;
}

/** The kinds that carry load: what a senior target expects the diagram to show. */
const SCALING = new Set<string>(['cache', 'queue', 'cdn', 'load-balancer', 'key-value', 'worker', 'search', 'object-storage']);


export const highLevel: Criterion = {
  id: 'high-level',
  name: 'High-level design',
  weight: 1.25,
  levels: ladders(['No diagram.', 'A sketch with few connected parts.', 'A connected diagram covering about half of what the design needs.'], {
    mid: ['Most expected components drawn and connected.', 'All or nearly all expected components, connected, with a narrative that walks the main path.'],
    senior: ['Most expected components drawn and connected, but nothing carries the load.', 'The expected components connected, the load carried where the numbers say, and a narrative of the main path.'],
    staff: ['A complete diagram, but silent on failure and on how it grows.', 'A complete diagram with its failure modes and its evolution covered, unasked.'],
  }),
  tips: ['Draw the client, the service and the store, and connect them with arrows.', 'Add the components the load calls for.', 'Draw the missing expected components.', 'Write a short narrative that walks a request through the diagram.'],
  explained: [
    'Boxes count when their labels are parts of this design (a known component kind, or words of the prompt); others are listed as not counted.',
    'A connected diagram of at least two labelled parts: 1 point. Without one the score stops at 1.',
    "The prompt's expected components, drawn or named in the notes: half of them 1 point, four fifths 1 more. Those found nowhere are named.",
    'A drawn component counts only when an arrow joins it to another part: a box the flow never reaches carries no request, and is named as joined to nothing.',
    'Each box stands for one expected component at most, however many its label names.',
    'A narrative that walks a request through the diagram: 1 point, once half the expected components are there (a walk through a sketch walks nothing). It walks when it says what moves and what each step does to it ("the hold updates the seat rows in one transaction"); one that only names the parts ("the apps call the gateway, which sends requests to the services") walks nothing.',
    'An arrow between two kinds of part that cannot talk directly is a step that cannot happen: a queue into a store (nothing reads the queue), a client into a database, cache, queue or worker (no service checks the request), a load balancer into a store, a CDN into a database, a store answering a client. A queue archived straight to object storage is the step a sink connector takes and counts as sound. Any such arrow: the score stops at 3.',
    'Boxes drawn before any requirement or estimate (half the diagram or more): the design did not follow from the problem, and the score stops one lower (at 3, at 2 with a broken flow); drawn first and never walked, at 2: a diagram from memory says nothing of how data moves or why.',
    'When most of what the session wrote is off topic, the diagram counts at most 1: it is a design for another problem.',
    'Senior also expects a part that carries the load (cache, queue, CDN, replicas); staff failure or evolution raised unasked.',
  ],
  rule,
};
