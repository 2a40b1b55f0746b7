import type {
  ApiClaim,
  BottleneckClaim,
  Claim,
  ComponentClaim,
  DecisionClaim,
  DeepDiveClaim,
  EntityClaim,
  EstimateClaim,
  GroundedClaim,
  QuestionClaim,
  RequirementClaim,
  RiskClaim,
  TradeoffClaim,
} from '../claims/claim';
import { resolveFigures, tagLabel, VALUE_MATCH_WITHIN, type ResolvedFigure } from '../../estimate/compare';
import type { EstimateTag } from '../../estimate/pad';
import { TECHNIQUES, techniqueName, type BottleneckPattern } from '../../knowledge/techniques';
import { mentions as mentionsOf, type Mention } from '../../text/mentions';
import { ON_TOPIC, relevance } from '../../text/relevance';
import type { SessionRecord } from '../record';
import { keywords, overlap } from '../text';
import { spellOut } from '../claims/abbreviations';
import { sizeOfAPart } from '../claims/estimate';
import { contentLemmas, tokens, type Token } from '../../text/normalise';

// The same claim text is read by several rules: what it names is worked out once.
const named = new Map<string, Mention[]>();
function mentions(text: string): Mention[] {
  let hit = named.get(text);
  if (!hit) {
    if (named.size >= 5_000) named.clear();
    hit = mentionsOf(text);
    named.set(text, hit);
  }
  return hit;
}
const namesRemedy = (text: string) => mentions(text).some((m) => m.type === 'kind' || m.type === 'technique');

/** Under this share of clearly on-topic claims the session is about another problem. */
export const OFF_TOPIC_SESSION = 0.4;

/** Full credit within this many times the prompt's figure, partial within WARN, none beyond (flagged). */
export const ESTIMATE_FULL = 3;
export const ESTIMATE_PARTIAL = 10;

/**
 * Every claim of the session after grounding, by kind: whether it earns full, partial or no
 * credit for this prompt, and why not. Each criterion reads its kinds from here, so a claim is
 * judged once and the same way wherever it was written.
 */
export type Grounding = {
  requirements: GroundedClaim<RequirementClaim>[];
  questions: GroundedClaim<QuestionClaim>[];
  apis: GroundedClaim<ApiClaim>[];
  entities: GroundedClaim<EntityClaim>[];
  estimates: (GroundedClaim<EstimateClaim> & { flag?: EstimateFlag })[];
  decisions: GroundedClaim<DecisionClaim>[];
  components: GroundedClaim<ComponentClaim>[];
  deepDives: GroundedClaim<DeepDiveClaim>[];
  bottlenecks: (GroundedClaim<BottleneckClaim> & { patterns: BottleneckPattern[]; fits: string[] })[];
  tradeoffs: GroundedClaim<TradeoffClaim>[];
  risks: GroundedClaim<RiskClaim>[];
  /** A key rate or size is far off the prompt's figure and never put right: the design is sized from it. */
  farOff?: EstimateFlag;
  /** The share of the session's substantive claims that are about this prompt (1 with too few to tell). */
  topicality: number;
};

/** An estimate far off the prompt's figure, for the coaching line. */
export type EstimateFlag = { name: string; display: string; timesOff: number; direction: 'above' | 'below'; reference: ResolvedFigure };

type Topic = 'on' | 'near' | 'off';

/**
 * How a text stands to the prompt: on topic by relevance(); near when it is loosely about it, or
 * made of design words only ("99.99% availability", "Redis cache"); off when most of its words
 * are about something else.
 */
export function topicOf(text: string, prompt: SessionRecord['prompt']): Topic {
  if (text.trim() === '') return 'off';
  const r = relevance(text, prompt);
  if (r.score >= ON_TOPIC) return 'on';
  // A short text with one strong word of the prompt ("Shorten URLs"), or one of design words only.
  if ((r.top >= 0.8 && r.score >= 0.25) || r.foreign <= 0.34) return 'near';
  return 'off';
}

/**
 * For text that is mostly about qualities or questions ("must never be down: 99.99%"), whose
 * words are general by nature: off only when it is clearly about something else.
 */
export function clearlyOff(text: string, prompt: SessionRecord['prompt']): boolean {
  const r = relevance(text, prompt);
  return text.trim() === '' || (r.score < ON_TOPIC / 2 && r.foreign >= 0.5);
}

const offTopic = (prompt: SessionRecord['prompt']) => `off topic for ${prompt.title.replace(/^Design an? /i, 'a ')}`;

/** The bottleneck patterns a text names: by the knowledge base's words, and the plain "reads"/"writes"/"storage". */
export function patternsIn(text: string): BottleneckPattern[] {
  const found = new Set<BottleneckPattern>();
  for (const m of mentions(text)) if (m.type === 'pattern') found.add(m.name);
  // "GETs" are reads; "MySQL gets too many writes" is not.
  if (/\b(reads?|redirects?|lookups?|views?|fetch\w*)\b/i.test(text) || /\bGETs?\b/.test(text)) found.add('read-heavy load');
  if (/\b(writes?|ingest\w*|inserts?|upserts?|updates?|increments?|uploads?|events? per)\b/i.test(text)) found.add('write-heavy load');
  // Outgrowing one node's memory is the same problem as outgrowing its disk: the data must be split or shrunk.
  if (/\b(storage|disk|memory|ram|terabytes?|petabytes?|[TP]B|outgrows?|outgrowing|no longer fits?)\b/i.test(text)) found.add('storage growth');
  // A "hot path" is the busy route through the design, not one key everyone wants.
  if (/\b(viral|celebrity|popular|hot(?! path| loop| standby| spare| swap| reload))\b/i.test(text)) found.add('hot key');
  // Many writers on one thing: "every hold hits the same rows", "all clicks on one counter".
  if (/\b(?:same|one|single)\s+(?:\w+\s+)?(?:keys?|rows?|counters?|records?|documents?|partitions?|shards?)\b/i.test(text)) found.add('hot key');
  // A dependency that is slow, stalls or is down: the pressure a deadline, a queue or a second provider answers.
  if (/\b(?:provider|processor|upstream|dependency|third[- ]party|vendor|external (?:api|service)|apns|fcm|gateway of the bank)s?\b/i.test(text) && /\b(?:slow|slower|stalls?|stalling|hangs?|down|outages?|unavailable|degrad\w*|errors?|fail\w*|timeouts?|limits?|throttl\w*|takes? \d)/i.test(text)) found.add('slow third party');
  // One item to many readers: a group of hundreds, every follower, millions of viewers.
  if (/\b(?:to|reach(?:es)?|deliver\w*(?: to)?|push\w*(?: to)?)\s+(?:every|all|many|hundreds|thousands|millions)\b|\b\d[\d,.]*[kKM]?[- ](?:member|follower|viewer|subscriber|recipient)s?\b/i.test(text)) found.add('fan-out');
  if (/\b(heartbeats?|samples?|pings?|location updates?)\b/i.test(text) && /\d|\bper\b|\/s\b|\ba second\b/i.test(text)) found.add('write-heavy load');
  return [...found];
}

/** The knowledge base's techniques a remedy names, by canonical name. */
export function techniquesIn(text: string): string[] {
  return [...new Set(mentions(text).filter((m) => m.type === 'technique').map((m) => m.name))];
}

const DESIGN_WORDS = /\b(servers?|machines?|nodes?|shards?|partitions?|replicas?|instances?|characters?|chars?|bits?|digits?|workers?|disks?|memory|ram|fits?|enough|needs?|must|split|single|one box|base62|base64|use|using|pick|choose|go with|instead|rather than|avoid|no need)\b/i;

/** What any system must do: "so the system must scale" decides nothing about this one. */
const EVERY_SYSTEM = /\b(?:must|needs?(?: to)?|should|has to|have to)\s+(?:be\s+)?(?:scale|scalable|fast|reliable|big|available|highly available|robust)\b/gi;

/** An amount without a number: "a lot of servers" sizes nothing. */
const VAGUE_AMOUNT = /\b(a lot|lots|many|huge|massive|big|very|tons?|plenty)\b/i;

/** Whether a conclusion decides something about the design: names a component, technique or a sizing. */
export function decidesSomething(text: string): boolean {
  // "We need a lot of servers": servers in a vague amount say no more than the figure did.
  const vague = !/\d/.test(text) && VAGUE_AMOUNT.test(text);
  const named = mentions(text).some(
    (m) =>
      (m.type === 'technique' || (m.type === 'kind' && !(vague && GENERIC_PARTS.has(m.name)))) &&
      // Naming the quantity itself ("storage comes to 22 TB", "2.3K jobs per second") restates the number.
      !QUANTITY_WORDS.test(m.text) &&
      !new RegExp(String.raw`\d[\d.,]*\s*[kKMGBT]?\s+${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(text),
  );
  if (named) return true;
  return DESIGN_WORDS.test(text.replace(EVERY_SYSTEM, ' ')) && !vague;
}

/** Kinds any system has: "more servers" or "the jobs" decide nothing without a number. */
const GENERIC_PARTS = new Set(['service', 'worker']);

const QUANTITY_WORDS = /^(storage|bandwidth|disk|reads?|writes?|traffic|throughput|latency|data|requests?|qps|peak)$/i;

const ONE_WORD_QUALITY = /\b(latency|fast\w*|slow\w*|available|availability|consisten\w*|durab\w*|scale|scales|scalable|cheap\w*|expensive|secur\w*|safe\w*|exact|acid|transactions?)\b/i;

/** Whether a reason says nothing the choice did not: its words are the choice's, its numbers the setting's ("3 retries"). */
export function restatesChoice(because: string, chose: string): boolean {
  const chosen = new Set(contentLemmas(spellOut(chose)).map((w) => w.toLowerCase()));
  return contentLemmas(spellOut(because)).every((w) => chosen.has(w.toLowerCase()) || /^(?:s|ms|sec|seconds?|minutes?|min|times?|x)$/i.test(w));
}

/** A reason that names a quality, a requirement or a number: what makes a trade-off weighed, not asserted. */
export function weighed(because: string, requirements: readonly string[], prompt?: SessionRecord['prompt']): boolean {
  if (/\d/.test(because)) return true;
  // One word is a reason only when it names a quality ("it scales", "faster", "ACID"): "simpler",
  // "easier" or "better" say nothing about what the choice buys.
  if (contentLemmas(spellOut(because)).length < 2) return mentions(because).some((m) => m.type === 'quality' || m.type === 'pattern') || ONE_WORD_QUALITY.test(because);
  if (prompt !== undefined && topicOf(because, prompt) === 'on') return true;
  if (mentions(because).some((m) => m.type === 'quality' || m.type === 'pattern')) return true;
  if (/\b(latency|fast|slow|available|availability|consisten\w*|durab\w*|scale|scales|cost|cheap\w*|expensive|secur\w*|safe|lost|loss|simple|simpler|complex\w*|ops|operat\w*|read|reads|write|writes|lookups?|queries|exact)\b/i.test(because)) return true;
  const words = new Set(because.toLowerCase().split(/\W+/).filter((w) => w.length > 3));
  return requirements.some((r) => r.toLowerCase().split(/\W+/).filter((w) => w.length > 3 && words.has(w)).length >= 2);
}

export function ground(claims: readonly Claim[], record: SessionRecord): Grounding {
  const prompt = record.prompt;
  const off = offTopic(prompt);
  const g: Grounding = { requirements: [], questions: [], apis: [], entities: [], estimates: [], decisions: [], components: [], deepDives: [], bottlenecks: [], tradeoffs: [], risks: [], topicality: 1 };
  const figures = resolveFigures(prompt.figures);
  const lineIndex = new Map(record.state.scratchpad.lines.map((l, i) => [l.id, i + 1]));
  const flaggedLines = new Map<string, string>();
  const requirementTexts = claims.filter((c): c is RequirementClaim => c.kind === 'requirement').map((c) => c.text);
  let parts: Set<string> | undefined;

  for (const c of claims) {
    switch (c.kind) {
      case 'requirement': {
        const t = c.type === 'quality' ? (clearlyOff(c.text, prompt) ? 'off' : 'near') : topicOf(c.text, prompt);
        if (t === 'off') g.requirements.push({ claim: c, credit: 'none', reason: off });
        else if (c.type === 'quality' && !c.outOfScope) {
          const target = c.target ?? (/\d/.test(c.text) ? c.text : undefined);
          g.requirements.push(target ? { claim: c, credit: 'full' } : { claim: c, credit: 'partial', reason: 'no measurable target (a number: p99 under 200 ms, 99.9%)' });
        } else g.requirements.push({ claim: c, credit: 'full' });
        break;
      }
      case 'question': {
        g.questions.push(clearlyOff(c.text, prompt) && !c.answered ? { claim: c, credit: 'none', reason: off } : { claim: c, credit: 'full' });
        break;
      }
      case 'api': {
        const t = topicOf(`${c.operation} ${c.purpose ?? ''}`, prompt);
        g.apis.push(t === 'off' ? { claim: c, credit: 'none', reason: off } : t === 'near' ? { claim: c, credit: 'partial', reason: 'only loosely about this prompt' } : { claim: c, credit: 'full' });
        break;
      }
      case 'entity': {
        const t = topicOf(`${c.name} ${c.fields.join(' ')}`, prompt);
        g.entities.push(t === 'off' ? { claim: c, credit: 'none', reason: off } : { claim: c, credit: 'full' });
        break;
      }
      case 'estimate': {
        const judged = judgeEstimate(c, figures, record, lineIndex);
        g.estimates.push(judged);
        if (judged.flag && c.line) flaggedLines.set(c.line, `${judged.flag.timesOff}x off the prompt's ${judged.flag.reference.quantity?.display ?? judged.flag.reference.value}`);
        break;
      }
      case 'component': {
        // A box labelled in shorthand ("search svc") is read as the words it stands for, as notes are.
        const label = spellOut(c.label);
        const t = topicOf(label, prompt);
        const r = relevance(label, prompt);
        const ok = t === 'on' || (c.knowledgeKind !== undefined && r.foreign < 0.5) || (t === 'near' && r.foreign === 0);
        g.components.push(ok ? { claim: c, credit: 'full' } : { claim: c, credit: 'none', reason: `"${c.label}" is not a part of ${prompt.title.replace(/^Design an? /i, 'a ')}` });
        break;
      }
      case 'deep-dive': {
        const t = topicOf(`${c.topic} ${c.text}`, prompt);
        g.deepDives.push(t === 'off' ? { claim: c, credit: 'none', reason: off } : c.text.trim() === '' ? { claim: c, credit: 'partial', reason: 'no decision written' } : { claim: c, credit: 'full' });
        break;
      }
      case 'bottleneck':
        parts ??= ownParts(claims, record);
        g.bottlenecks.push(judgeBottleneck(c, record, off, parts));
        break;
      case 'tradeoff': {
        // A choice between two ways of building this design is told in general words ("greedy
        // over globally optimal, simple enough to start"): off only when clearly about something else.
        if (clearlyOff(`${c.chose} ${c.gaveUp ?? ''} ${c.because ?? ''}`, prompt)) g.tradeoffs.push({ claim: c, credit: 'none', reason: off });
        else if (!c.because?.trim()) g.tradeoffs.push({ claim: c, credit: 'none', reason: 'no reason given: say why, in a quality, a requirement or a number' });
        else if (!c.chose.trim()) g.tradeoffs.push({ claim: c, credit: 'none', reason: 'does not say what was chosen' });
        // "Retry 3 times, because 3 retries": a setting restated is a decision, not a reason.
        else if (restatesChoice(c.because, c.chose)) g.tradeoffs.push({ claim: c, credit: 'none', reason: 'the reason only restates the choice: say what it buys, what it gives up and why that is acceptable here' });
        else if (!c.gaveUp?.trim()) g.tradeoffs.push({ claim: c, credit: 'partial', reason: 'does not say what was given up' });
        else if (!weighed(c.because, requirementTexts, prompt)) g.tradeoffs.push({ claim: c, credit: 'partial', reason: 'the reason names no quality, requirement or number' });
        else g.tradeoffs.push({ claim: c, credit: 'full' });
        break;
      }
      case 'risk': {
        const t = topicOf(c.text, prompt);
        g.risks.push(t === 'off' ? { claim: c, credit: 'none', reason: off } : { claim: c, credit: 'full' });
        break;
      }
      default:
        break;
    }
  }
  // Decisions last: they are judged by the lines they rest on.
  // A decision rests on pad lines by id, or on estimates by name (free notes: "-> needs a cache").
  const byName = new Map(g.estimates.map((x) => [x.claim.name.toLowerCase(), x]));
  const farOff = (x: Grounding['estimates'][number]) => (x.flag ? `${x.flag.timesOff}x off the prompt's ${x.flag.reference.quantity?.display ?? x.flag.reference.value}` : undefined);
  for (const c of claims) {
    if (c.kind !== 'decision') continue;
    const rests = c.restsOn.filter((id) => lineIndex.has(id) || byName.has(id.toLowerCase()));
    const far = rests.map((id) => flaggedLines.get(id) ?? (byName.has(id.toLowerCase()) ? farOff(byName.get(id.toLowerCase())!) : undefined)).find((x) => x !== undefined);
    if (topicOf(c.text, prompt) === 'off' && !decidesSomething(c.text)) g.decisions.push({ claim: c, credit: 'none', reason: off });
    else if (rests.length === 0) g.decisions.push({ claim: c, credit: 'none', reason: 'rests on no estimate: tie it to the lines it follows from' });
    else if (far) g.decisions.push({ claim: c, credit: 'none', reason: `rests on an estimate ${far}` });
    else if (!decidesSomething(c.text)) g.decisions.push({ claim: c, credit: 'none', reason: 'decides nothing about the design: say what the number changes (a cache, a shard count, a store)' });
    else g.decisions.push({ claim: c, credit: 'full' });
  }
  const KEY = new Set(['write-qps', 'read-qps', 'peak-qps', 'storage', 'bandwidth']);
  const righted = new Set(g.estimates.filter((x) => x.credit === 'full').map((x) => x.claim.tag));
  g.farOff = g.estimates.find((x) => x.flag && x.claim.tag !== undefined && KEY.has(x.claim.tag) && !righted.has(x.claim.tag))?.flag;
  // How much of the session is about this prompt: the share of its substantive claims (features,
  // API, entities, deep dives, bottlenecks, trade-offs, risks) that are on topic, a loosely related one
  // counting half. Quality
  // targets are left out: "p99 under 200 ms" fits any prompt.
  const substantive = [...g.requirements.filter((x) => !x.claim.outOfScope && x.claim.type === 'functional'), ...g.apis, ...g.entities, ...g.deepDives, ...g.bottlenecks, ...g.tradeoffs, ...g.risks];
  const weight = { on: 1, near: 0.5, off: 0 } as const;
  if (substantive.length >= 4) g.topicality = substantive.reduce((n, x) => n + weight[topicOf(x.claim.source.text, prompt)], 0) / substantive.length;
  // A session mostly about another problem: only what is clearly about this one counts.
  if (g.topicality < OFF_TOPIC_SESSION) {
    const strict = <T extends GroundedClaim>(list: T[]) => list.map((x) => (x.credit !== 'none' && topicOf(x.claim.source.text, prompt) !== 'on' ? { ...x, credit: 'none' as const, reason: `${off}: most of this session is about something else` } : x));
    g.requirements = strict(g.requirements);
    g.apis = strict(g.apis);
    g.entities = strict(g.entities);
    g.deepDives = strict(g.deepDives);
    g.bottlenecks = strict(g.bottlenecks);
    g.tradeoffs = strict(g.tradeoffs);
    g.risks = strict(g.risks);
    g.decisions = strict(g.decisions);
    g.components = strict(g.components);
    g.questions = strict(g.questions);
  }
  return g;
}

function judgeEstimate(c: EstimateClaim, figures: readonly ResolvedFigure[], record: SessionRecord, lineIndex: ReadonlyMap<string, number>): GroundedClaim<EstimateClaim> & { flag?: EstimateFlag } {
  // An index's or a cache's size tagged as storage is not the data's storage: the prompt's figure does not measure it.
  if (c.tag === 'storage' && sizeOfAPart(c.name)) return { claim: c, credit: 'full' };
  let ratio: number | undefined;
  let reference: ResolvedFigure | undefined;
  const index = c.line === undefined ? undefined : lineIndex.get(c.line);
  const compared = index === undefined ? undefined : record.comparisons.find((x) => x.kind === 'compared' && x.line === index && x.taken !== 'ratio');
  if (compared && compared.kind === 'compared') {
    ratio = compared.ratio;
    reference = compared.reference;
  } else if (index === undefined && c.value !== undefined && c.value > 0) {
    const value = c.value;
    // An untagged estimate is the figure its value matches, as the pad's comparison does.
    // A figure the prompt names as an estimate first: "Notifications per day" is the input, "per second" the estimate.
    const near = figures.filter((f) => f.quantity && f.quantity.base > 0 && Math.max(value / f.quantity.base, f.quantity.base / value) <= VALUE_MATCH_WITHIN);
    const tag = c.tag ?? (near.find((f) => f.estimate !== undefined && f.estimate !== 'other') ?? near[0])?.estimate;
    if (tag !== undefined && c.tag === undefined) c = { ...c, tag };
    const candidates = figures.filter((f) => f.estimate === tag && f.quantity && f.quantity.base > 0);
    let best = Infinity;
    for (const f of candidates) {
      const r = value / f.quantity!.base;
      const offBy = Math.max(r, 1 / r);
      if (offBy < best) [best, ratio, reference] = [offBy, r, f];
    }
  }
  if (ratio === undefined || reference === undefined) return { claim: c, credit: 'full' };
  // From here `c` may carry the tag its value gave it.
  const timesOff = Math.max(ratio, 1 / ratio);
  const shown = reference.quantity?.display ?? reference.value;
  if (timesOff <= ESTIMATE_FULL) return { claim: c, credit: 'full' };
  const times = timesOff >= 100 ? Math.round(timesOff) : Number(timesOff.toPrecision(2));
  const direction = ratio >= 1 ? 'above' : 'below';
  const label = c.tag ? tagLabel(c.tag as EstimateTag) : c.name;
  if (timesOff <= ESTIMATE_PARTIAL) return { claim: c, credit: 'partial', reason: `${c.display} is ${times}x ${direction} the prompt's ${label} of ${shown}` };
  return { claim: c, credit: 'none', reason: `far off: ${c.display} is ${times}x ${direction} the prompt's ${label} of ${shown} (${reference.value})`, flag: { name: label, display: c.display, timesOff: times, direction, reference } };
}

/**
 * A rate or size of this design's traffic or data, with its number: 3.5M/s, 120K writes/s, 22 TB.
 * A bare multiplier ("10x") is not one: it names no traffic to check a remedy against.
 */
const LOAD = new RegExp(
  [
    // a rate, of something or bare: "3.5M checks/s", "100K/s", "500 deliveries per message"
    String.raw`\d[\d.,]*\s*[kmbt]?\+?\s*(?:[a-z]+\s*)?(?:\/\s*(?:s|sec|min|h|hr|day)\b|per\s+(?:sec|min|hour|day|message|user|request)\w*)`,
    // a size or a count of this design's things: "22 TB", "30M+ connections", "40K writes", "120 qps"
    String.raw`\d[\d.,]*\s*(?:[kmgtp]b\b|[kmbt]?\s*(?:qps|rps|tps|writes|reads|requests|ops|users|events)\b|[kmb]\+?\s+[a-z]{3,})`,
  ].join('|'),
  'i',
);

/** The load a text sizes with its number ("10M samples/s", "22 TB"), as written, or undefined. */
export function loadOf(text: string): string | undefined {
  return LOAD.exec(text)?.[0].trim();
}

/** The traffic or data that breaks it, said in words: "during a sale", "at minute 0", "outgrows one machine". */
const LOAD_IN_WORDS = /\b(peaks?|rush|sales?|on-?sale|top of the hour|minute 0|millions|billions|hundreds|thousands|outgrows?|no longer fits?|every (fetch|request|read|write|message|send|view)|too many [a-z]{3,}s|stampede|crowd|incident|spikes?|bursts?)\b/i;

/**
 * A count of the people or things the design carries: a number before a plural noun ("100 editors",
 * "40K sockets") or "thousands of viewers". It says how much breaks the part, as a rate does.
 */
function countsThings(text: string): boolean {
  const ts = tokens(text);
  const plural = (t: Token | undefined) => t !== undefined && t.pos === 'NOUN' && t.text !== t.lemma;
  return ts.some((t, i) => t.number && plural(ts[i + 1])) || /\b(hundreds|thousands|millions|billions) of [a-z]{3,}/i.test(text);
}

function judgeBottleneck(c: BottleneckClaim, record: SessionRecord, off: string, parts: ReadonlySet<string>): Grounding['bottlenecks'][number] {
  const prompt = record.prompt;
  const patterns = patternsIn(c.what);
  const remedy = c.remedy?.trim() ?? '';
  const fits = techniquesIn(remedy);
  const base = { claim: c, patterns, fits };
  const t = topicOf(`${c.what} ${remedy}`, prompt);
  // A load with its number ("3.5M/s peak") names what breaks as well as a component does.
  const load = LOAD.test(c.what) || LOAD_IN_WORDS.test(c.what) || countsThings(c.what);
  // What it names: a load (a pattern), a known kind of component, a part this session drew or
  // named (its "ticket server", whatever the reference calls it), or the prompt's own words.
  const namesPart = load || patterns.length > 0 || mentions(c.what).some((m) => m.type === 'kind') || namesOwnPart(c.what, parts) || topicOf(c.what, prompt) === 'on';
  if (t === 'off' || !namesPart) return { ...base, credit: 'none', reason: t === 'off' ? off : 'names no component or load of this design' };
  if (remedy === '') {
    const options = (patterns.length > 0 ? TECHNIQUES.filter((x) => x.answers.some((p) => patterns.includes(p))) : []).slice(0, 3).map(techniqueName);
    return { ...base, credit: 'none', reason: `no remedy${options.length > 0 ? `: ${options.join(', ')} would answer ${patterns[0]!}` : ''}` };
  }
  if (!namesRemedy(remedy) && !namesOwnPart(remedy, parts)) return { ...base, credit: 'none', reason: 'the remedy names no technique or component (caching, sharding, a queue…)' };
  // "Add more Redis" names the part again: an interviewer asks how the load is then split. With the
  // load named it points the right way ("Redis gets too many requests"); with none it only says "more".
  if (moreOfTheSame(c.what, remedy) || (fits.length > 0 && onlyCapacity(remedy))) {
    const reason = 'the remedy adds more of the same part without saying how the load is split (shard by a key, cache, queue…)';
    return { ...base, credit: load || patterns.length > 0 ? 'partial' : 'none', reason };
  }
  // The prompt's own bottleneck this one is about, by its words or its kind of problem; a remedy
  // the reference lists there counts, unless it answers only the other kind of load.
  const said = keywords(c.what);
  const same = (prompt.reference?.bottlenecks ?? []).filter((b) => overlap(said, keywords(`${b.what} ${b.breaks}`)) >= 2);
  const inReference = !aimedElsewhere(remedy, patterns) && same.some((b) => fits.some((f) => b.remedies.some((r) => techniquesIn(r).includes(f))));
  // Without a kind of problem or a load there is nothing to check the remedy against: "the database
  // -> shard it" could be right or wrong, and an interviewer would ask at what load first.
  // Such a line ("MySQL too slow -> add an index") shows no problem seen, so it earns nothing.
  if (patterns.length === 0 && !load && !LOAD.test(c.atLoad ?? '')) return { ...base, credit: 'none', reason: 'names no load: say which traffic breaks it, or at what rate or size' };
  if (fits.length === 0 || patterns.length === 0) return { ...base, credit: 'full' };
  const answering = TECHNIQUES.filter((x) => fits.includes(techniqueName(x)) && x.answers.some((p) => patterns.includes(p)));
  // A remedy aimed at the very problem it names ("replicate the hot keys") fits it.
  const aimed = patternsIn(remedy).some((p) => patterns.includes(p));
  if (answering.length > 0 || inReference || aimed) return { ...base, credit: 'full' };
  // A remedy of the wrong family (read replicas for a write hot spot) fixes nothing: the problem was seen, not solved.
  return { ...base, credit: 'none', reason: `does not answer ${patterns.join(' or ')}: ${fits.join(', ')} fixes another kind of pressure` };
}

/** Reads and writes are answered differently: replicas and caches take reads, not writes; batching takes writes, not reads. */
const OTHER_LOAD: Partial<Record<BottleneckPattern, BottleneckPattern>> = { 'read-heavy load': 'write-heavy load', 'write-heavy load': 'read-heavy load' };

/**
 * Whether every technique a remedy names answers only the other kind of load than the problem's
 * ("read replicas" for a write hot spot): it does not fix this problem, whoever lists it.
 */
export function aimedElsewhere(remedy: string, patterns: readonly BottleneckPattern[]): boolean {
  const named = new Set(techniquesIn(remedy));
  const used = TECHNIQUES.filter((x) => named.has(techniqueName(x)));
  const other = new Set(patterns.map((p) => OTHER_LOAD[p]).filter((p) => p !== undefined));
  return used.length > 0 && other.size > 0 && used.every((x) => x.answers.every((a) => other.has(a)));
}

/** The nouns that end the name of a part ("ticket server", "rank updater", "feed cache"). */
const PART_HEADS = new Set(['service', 'server', 'worker', 'store', 'db', 'database', 'queue', 'cache', 'table', 'index', 'cluster', 'gateway', 'shard', 'log', 'pipeline', 'job', 'updater', 'writer', 'reader', 'consumer', 'producer', 'scheduler', 'broker', 'router', 'proxy', 'balancer', 'processor', 'aggregator', 'builder', 'generator', 'dispatcher', 'tracker', 'fetcher', 'crawler', 'set', 'topic', 'stream', 'bucket', 'tier', 'layer']);

/** The parts a text names: each head noun with the word before it, as lemmas ("ticket server"). */
function partNames(text: string): string[] {
  const ts = tokens(spellOut(text));
  return ts.flatMap((t, i) => {
    const prev = ts[i - 1];
    return PART_HEADS.has(t.lemma) && prev && !prev.stop && !prev.number && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ') ? [`${prev.lemma} ${t.lemma}`] : [];
  });
}

/** The parts this session drew or named: diagram labels, components of the notes, deep-dive topics and decisions. */
function ownParts(claims: readonly Claim[], record: SessionRecord): Set<string> {
  const texts = [
    ...record.diagram.components.map((x) => x.label),
    ...claims.flatMap((c) => (c.kind === 'component' ? [c.label] : c.kind === 'deep-dive' ? [c.topic, c.text] : [])),
  ];
  return new Set(texts.flatMap(partNames));
}

/** Whether a text names a part this session drew or named elsewhere, by the same name. */
const namesOwnPart = (text: string, parts: ReadonlySet<string>) => partNames(text).some((n) => parts.has(n));

/** Words that only say "more" or "bigger": with nothing else, a remedy adds more of what broke. */
const MORE = new Set(['add', 'more', 'big', 'bigger', 'large', 'larger', 'scale', 'use', 'run', 'extra', 'another', 'increase', 'upgrade', 'node', 'instance', 'cluster', 'server', 'machine', 'box', 'capacity', 'it', 'them', 'up', 'out']);

/** The words that add capacity and nothing else: "bigger", "more", "scale up". */
const CAPACITY = new Set(['more', 'big', 'bigger', 'large', 'larger', 'extra', 'another', 'increase', 'upgrade', 'capacity']);

/**
 * Whether a remedy only adds capacity to parts it names ("bigger cache cluster and more Cassandra
 * nodes"): its words say "more" and name kinds of component, and no technique says how the load is split.
 */
function onlyCapacity(remedy: string): boolean {
  const ts = tokens(remedy);
  if (!ts.some((x) => CAPACITY.has(x.lemma))) return false;
  const kinds = new Set(mentions(remedy).filter((m) => m.type === 'kind').flatMap((m) => contentLemmas(m.text)));
  if (mentions(remedy).some((m) => m.type === 'technique' && !contentLemmas(m.text).every((w) => kinds.has(w)))) return false;
  return ts.every((x) => x.number || x.stop || !/\p{L}/u.test(x.text) || MORE.has(x.lemma) || kinds.has(x.lemma) || x.pos === 'PROPN');
}

/** Whether a remedy says only "more of it": every word either repeats the bottleneck or only says more. */
function moreOfTheSame(what: string, remedy: string): boolean {
  const said = new Set(contentLemmas(what));
  const rest = tokens(remedy).filter((t) => !t.number && /\p{L}/u.test(t.text) && !said.has(t.lemma) && !MORE.has(t.lemma) && !t.stop);
  return rest.length === 0;
}

