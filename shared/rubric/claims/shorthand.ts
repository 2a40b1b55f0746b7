import { tokens } from '../../text/normalise';
import { spellOut } from './abbreviations';
import { apiFromText, apisInProse } from './api';
import { bottleneckFromText } from './bottleneck';
import type { PromptSnapshot } from '../../session/exportFile';
import { componentsNamed, knowledgeKindOf } from './component';
import { tidy, type Draft } from './draft';
import { entityFromText, entityInProse, readFields, storeNamed } from './entity';
import { estimateFromText, estimatesFromText, tagByPrompt } from './estimate';
import { proseEstimates } from './proseEstimate';
import { ARROW, flowsIn } from './flow';
import { functionalRequirement, qualityOf, qualityRequirement, readsAsFeature, readsAsQuality } from './requirement';
import { BARE_CODES, sectionOf, type Section } from './sections';
import { targetOf } from './target';
import { tradeoffFromText } from './tradeoff';

/**
 * Free text read line by line into claims: the shorthand a strong candidate writes ("FR: …",
 * "NFR p99 < 50ms", "POST /v1/check {key} -> 200|429", "tbl buckets(key PK, tokens, ts)",
 * "write qps ~ 115/s", "Redis vs local: chose Redis, …, because …", "bottleneck: hot keys at
 * 100x -> shard", "risk: …", "Q: …?"), headings and bullets, and plain sentences where the
 * section or phase says what they are. Regular expressions read the shorthand's syntax; the
 * language layer (shared/text) reads the words; the pad engine reads the numbers.
 */

export type LineReading = { readonly line: number; readonly text: string; readonly drafts: Draft[] };

/** The reading so far: the section a heading opened, a deep dive's topic, the last estimate and question. */
type State = { section: Section | undefined; topic: string | undefined; lastEstimate: string | undefined; lastQuestion: Extract<Draft, { kind: 'question' }> | undefined };

const BULLET = /^\s*(?:[-*•+·▪◦]|\d{1,2}[.)]|[a-z][.)]|\[[ xX]?\])\s+/;
const HEADING = /^\s*(?:#{1,6}\s+(.+?)\s*#*\s*$|\*\*(.+?)\*\*:?\s*$|__(.+?)__:?\s*$|([^:]{1,40}):\s*$)/;
const KEYED = /^\s*([\p{L}][\p{L}\p{N} /&'-]{0,30}?)\s*(?::|\s[-–—]\s)\s*(.+)$/u;
const DECIDES = /^\s*(?:->|→|=>|⟹|∴|so\b|therefore\b|hence\b|thus\b|which means\b|means\b)\s*:?\s*/i;
const ANSWER = /^\s*(?:a|ans|answer)\s*[:\-–]\s*(.+)$/i;

/** The words of a decision that name an estimate already written, by name. */
function restsOn(text: string, names: readonly string[]): string[] {
  const words = new Set(tokens(text).flatMap((t) => [t.text, t.lemma]));
  const plain = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, ' ')} `;
  return names.filter((n) => {
    const key = n.toLowerCase().replace(/[^\p{L}\p{N}_]+/gu, ' ').trim();
    return key !== '' && (plain.includes(` ${key} `) || (!key.includes(' ') && words.has(key)));
  });
}

/** A "-> …" or "so …" line: a decision resting on the estimates it names, or on the one just above. */
function decisionAfterEstimate(t: string, state: State, names: readonly string[]): Draft {
  const decision = tidy(t.replace(DECIDES, ''));
  const on = restsOn(decision, names);
  return { kind: 'decision', text: decision, restsOn: on.length > 0 ? on : state.lastEstimate ? [state.lastEstimate] : [] };
}

/** The estimates of a line, and what they decide resting on all of them. */
function estimates(t: string, inEstimates: boolean, state: State, names: readonly string[]): Draft[] | undefined {
  const read = estimatesFromText(t, inEstimates);
  if (!read) return undefined;
  const own = read.estimates.map((e) => e.name);
  state.lastEstimate = own.at(-1);
  const out: Draft[] = [...read.estimates];
  if (read.decides) out.push({ kind: 'decision', text: read.decides, restsOn: [...own, ...restsOn(read.decides, names).filter((n) => !own.includes(n))] });
  return out;
}

function question(text: string): Extract<Draft, { kind: 'question' }> {
  const answer = /\?\s*(?:a\s*:|->|→|=>|:)\s*(.+)$/i.exec(text);
  return { kind: 'question', text: tidy(answer ? text.slice(0, text.indexOf('?') + 1) : text), answered: answer !== null && answer[1]!.trim() !== '' };
}

/** A deep dive's topic named before a colon: "Code generation: …", a few words at most. */
const DIVE_TOPIC = /^([^:]{1,40}?):\s+(.+)$/;

function deepDive(text: string, topic: string | undefined, prompt: PromptSnapshot | undefined): Draft {
  const keyed = /^([^:]{1,40}?)\s*(?::|\s[-–—]\s|->|→)\s*(.+)$/.exec(text);
  // "Cache: cache-aside, TTL 1 day" names its topic first; "replicate the store to both regions -> …" does not.
  if (keyed && keyed[1]!.trim().split(/\s+/).length <= 4) return { kind: 'deep-dive', topic: tidy(keyed[1]!), text: tidy(keyed[2]!) };
  return { kind: 'deep-dive', topic: topic ?? componentsNamed(text, prompt)[0]?.label ?? '', text: tidy(text) };
}

/**
 * What a line asserts given its section. `explicit`: the section was written on the line itself
 * ("risk: …"), so the whole line is that kind; otherwise a section from a heading or the phase
 * only decides lines that read as that kind, and the shorthand forms are tried first.
 */
function readBody(text: string, section: Section | undefined, explicit: boolean, state: State, { names, prompt }: Context): Draft[] {
  const t = text.trim();
  if (t === '') return [];
  // "-> 3 shards" under an estimate says what the number decides, whatever else the line looks like.
  if (/^\s*(?:->|→|=>|⟹|∴)/.test(t) && section !== 'bottleneck' && (section === 'estimate' || state.lastEstimate !== undefined)) return [decisionAfterEstimate(t, state, names)];
  // In the estimates a worked figure is an estimate first: "5.8K/s, x3 peak ~17K/s -> serve from memory"
  // has a rate and an arrow, yet says what the numbers decide, not what breaks.
  if (section === 'estimate') {
    const estimated = estimates(t, true, state, names);
    if (estimated) return estimated;
  }
  // Forms whose syntax says what they are, wherever they are written.
  const api = apiFromText(t, section === 'api');
  if (api) return [api];
  const prose = apisInProse(t, section === 'api');
  if (prose.length > 0) return prose;
  // "geo index: geohash vs quadtree vs S2 -> geohash, 5 chars from the radius": in the deep dive,
  // options weighed under a topic's name are the dive itself, not a trade-off beside it.
  const topic = section === 'deep-dive' ? DIVE_TOPIC.exec(t)?.[1] : undefined;
  if (topic !== undefined && topic.trim().split(/\s+/).length <= 4 && !/\b(?:vs\.?|versus|over)\b/i.test(topic)) return [deepDive(t, state.topic, prompt)];
  const early = tradeoffFromText(t, section === 'tradeoff', prompt) ?? bottleneckFromText(t, false);
  if (early) return [early];
  if (!explicit && /\?\s*$/.test(t) && section !== 'question' && section !== 'open-question' && section !== 'requirements' && section !== 'assumption') return [{ kind: 'risk', text: tidy(t), open: true }];
  // Where the section's own kind is a bottleneck, a trade-off, a deep dive or an estimate, a store
  // named on the way ("in-process cache of hot cells") makes no entity: only "tbl …" does.
  const table = /^(?:tbl|table|entity|collection|model)\b/i.test(t);
  const ownKind = section === 'bottleneck' || section === 'tradeoff' || section === 'deep-dive' || section === 'estimate';
  const entity = ownKind && !table ? undefined : entityFromText(t, section === 'data' || storeNamed(t) !== undefined);
  if (entity && (section === 'data' || table || entity.store !== undefined)) return [entity];
  switch (section) {
    case 'functional':
      return [functionalRequirement(t)];
    case 'quality':
      return [qualityRequirement(t)];
    case 'out-of-scope':
      return [functionalRequirement(t, true)];
    case 'question': {
      const q = question(t);
      state.lastQuestion = q;
      return [q];
    }
    case 'risk':
      if (explicit || !/\?\s*$/.test(t)) return [{ kind: 'risk', text: tidy(t) }];
      break;
    case 'open-question':
      return [{ kind: 'risk', text: tidy(t), open: true }];
    case 'assumption': {
      // An assumption is scope, which no claim holds; its figures ("100M DAU") are estimates.
      const figure = estimateFromText(t, true);
      if (figure) return [figure.estimate];
      break;
    }
    case 'decision':
      return [{ kind: 'decision', text: tidy(t), restsOn: restsOn(t, names) }];
    case 'bottleneck': {
      const b = bottleneckFromText(t, true);
      if (b) return [b];
      break;
    }
    case 'tradeoff': {
      const x = tradeoffFromText(t, true, prompt);
      if (x) return [x];
      if (explicit) return [{ kind: 'tradeoff', chose: tidy(t) }];
      break;
    }
    case 'deep-dive':
      if (explicit || !ARROW.test(t) || !flowsIn(t).length) {
        const trade = tradeoffFromText(t, false, prompt);
        if (trade) return [trade];
        return [deepDive(t, state.topic, prompt)];
      }
      break;
    default:
      break;
  }
  const trade = tradeoffFromText(t, false, prompt);
  if (trade) return [trade];
  const bottleneck = bottleneckFromText(t, false);
  if (bottleneck) return [bottleneck];
  const estimated = estimates(t, section === 'estimate', state, names);
  if (estimated) return estimated;
  if (DECIDES.test(t) && (section === 'estimate' || state.lastEstimate !== undefined)) return [decisionAfterEstimate(t, state, names)];
  const flows = flowsIn(t);
  // "code -> long_url (KV)" in the data model maps a key to a value: an entity, not a flow.
  if (flows.length > 0 && section === 'data') {
    const paren = /\s*\(([^()]*)\)\s*$/.exec(t);
    const mapping = paren ? t.slice(0, paren.index) : t;
    const store = paren ? storeNamed(paren[1]!) : undefined;
    const { fields } = readFields(mapping);
    if (fields.length >= 2) return [{ kind: 'entity', name: tidy(mapping), fields, ...(store ? { store } : {}) }];
  }
  // In the scope, "long URL -> short code" states a feature; a chain of components is still a flow.
  if (flows.length > 0 && section === 'requirements' && !flows.some((f) => knowledgeKindOf(f.from, prompt) || knowledgeKindOf(f.to, prompt))) return [functionalRequirement(t)];
  if (flows.length > 0) return [...flows, ...(section === 'high-level' ? flows.flatMap((f) => [f.from, f.to]).filter((v, i, a) => a.indexOf(v) === i).map((label): Draft => ({ kind: 'component', label, ...componentKind(label, prompt) })) : [])];
  if (/\?\s*$/.test(t)) {
    if (section === 'requirements' || section === 'assumption') {
      const q = question(t);
      state.lastQuestion = q;
      return [q];
    }
    return [{ kind: 'risk', text: tidy(t), open: true }];
  }
  if (section === 'requirements') {
    if (readsAsQuality(t) || (qualityOf(t) !== undefined && targetOf(t) !== undefined)) return [qualityRequirement(t)];
    if (readsAsFeature(t) || explicit) return [functionalRequirement(t)];
  }
  if (section === 'high-level') return componentsNamed(t, prompt).map((c): Draft => ({ kind: 'component', ...c }));
  return [];
}

function componentKind(label: string, prompt: PromptSnapshot | undefined): { knowledgeKind?: NonNullable<ReturnType<typeof knowledgeKindOf>> } {
  const kind = knowledgeKindOf(label, prompt);
  return kind ? { knowledgeKind: kind } : {};
}

const REQUIREMENT_SECTIONS = new Set<Section | undefined>(['requirements', 'functional', 'quality', 'out-of-scope']);

/** "<50ms @p99, 99.99% up": parts after commas that each name a quality and its own target are two requirements. */
function qualitiesApart(clause: string): string[] {
  const parts = clause.split(/,\s+/);
  const own = (p: string) => qualityOf(p) !== undefined && targetOf(p) !== undefined;
  return parts.length > 1 && parts.every(own) && new Set(parts.map(qualityOf)).size === parts.length ? parts : [clause];
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'eg', 'ie', 'cf', 'no', 'v']);

/**
 * A line of prose may hold several sentences ("Users can shorten URLs. Links expire."): each is
 * read on its own. A full stop ends a sentence only before a capital, after a word, not an
 * abbreviation or a number ("v1.2", "e.g. Redis").
 */
function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/([\p{L}.]+)[.!]\s+(?=\p{Lu})/gu)) {
    const word = m[1]!.toLowerCase().replace(/\.$/, '');
    if (ABBREVIATIONS.has(word) || word.length < 2) continue;
    const end = m.index + m[0].length;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((x) => x !== '');
}

/**
 * "At 10x we need 2,100 GPU nodes. I would quantise the weights.": prose gives the problem and
 * then, in the next sentence, what to do about it. A bottleneck without a remedy followed by one
 * without a load of its own takes that sentence as its remedy. What that sentence put after its
 * own separator ("…partitioned by series; the cost is 10 s more delay") is the remedy's cost, not
 * a remedy of a problem it named.
 */
function mergeRemedies(drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i += 1) {
    const [a, b] = [drafts[i]!, drafts[i + 1]!];
    if (a.kind !== 'bottleneck' || b.kind !== 'bottleneck' || a.remedy !== undefined || b.atLoad !== undefined) continue;
    drafts.splice(i, 2, { ...a, remedy: b.what });
  }
}

/** A line's own key ("FR:", "NFR", "risk -", "Deep dive:"), when it names a section. */
function keyOf(text: string): { section: Section; rest: string } | undefined {
  const bare = /^\s*([A-Za-z]{1,3})\b\s*[:\-–]?\s*(.+)$/.exec(text);
  if (bare && BARE_CODES.has(bare[1]!.toLowerCase())) return { section: sectionOf(bare[1]!)!, rest: bare[2]! };
  const keyed = KEYED.exec(text);
  if (!keyed) return undefined;
  const section = sectionOf(keyed[1]!);
  return section ? { section, rest: keyed[2]! } : undefined;
}

/** What a reading knows beyond the text: the estimates already named (the pad's variables) and the prompt. */
type Context = { readonly names: string[]; readonly prompt?: PromptSnapshot | undefined };

export type ReadOptions = {
  /** The section the text starts in: its phase's (sections.ts). */
  readonly start?: Section | undefined;
  /** Estimates named elsewhere (the pad's variables), for what a decision rests on. */
  readonly names?: readonly string[];
  /** The prompt, whose words make a label read as software ("Shortener service"). */
  readonly prompt?: PromptSnapshot | undefined;
};

/** Reads free text line by line into what each line asserts. */
export function readFreeText(text: string, options: ReadOptions = {}): LineReading[] {
  const out: LineReading[] = [];
  const state: State = { section: options.start, topic: undefined, lastEstimate: undefined, lastQuestion: undefined };
  const known = [...(options.names ?? [])];
  const context: Context = { names: known, prompt: options.prompt };
  text.split('\n').forEach((raw, line) => {
    if (raw.trim() === '' || /^\s*(?:-{3,}|={3,}|\*{3,})\s*$/.test(raw)) return;
    const heading = HEADING.exec(raw);
    const headingText = heading ? (heading[1] ?? heading[2] ?? heading[3] ?? heading[4])! : undefined;
    if (headingText !== undefined) {
      const section = sectionOf(headingText.replace(/[:*_]+$/, ''));
      if (section) {
        state.section = section;
        state.topic = undefined;
        return;
      }
      // A heading that names no section names the topic of a deep dive ("## Cache").
      if (state.section === 'deep-dive' || /^\s*#/.test(raw)) {
        state.topic = tidy(headingText.replace(/[:*_]+$/, ''));
        return;
      }
    }
    const body = raw.replace(BULLET, '').trim();
    const answer = ANSWER.exec(body);
    if (answer && state.lastQuestion) {
      state.lastQuestion.answered = true;
      return;
    }
    const key = keyOf(body);
    // The line's key is read as written ("reqs:" opens the scope); what follows with its short forms spelled out.
    // A requirement line lists its clauses with semicolons ("SLO: p99<500ms; 99.99% up"): each is one requirement.
    const listed = (s: string) => (REQUIREMENT_SECTIONS.has((key?.section ?? state.section)!) ? s.split(/\s*;\s+/).flatMap(qualitiesApart) : [s]);
    // A data model told in sentences ("Messages live in Cassandra, partitioned by …. Why.") is one entity per line.
    const told = (key?.section ?? state.section) === 'data' && !/[({[]/.test(body) ? entityInProse(spellOut(key ? key.rest : body)) : undefined;
    if (told) {
      out.push({ line, text: raw.trim(), drafts: [told] });
      return;
    }
    let drafts = sentences(spellOut(key ? key.rest : body))
      .flatMap(listed)
      .flatMap((sentence) => (key ? readBody(sentence, key.section, true, state, context) : readBody(sentence, state.section, false, state, context)));
    // Estimates told in sentences ("about a billion a day, roughly 12 thousand a second, so …"):
    // in the estimates they are the line; elsewhere only a line that says nothing else.
    const where = key?.section ?? state.section;
    if (!drafts.some((d) => d.kind === 'estimate') && (where === 'estimate' || drafts.length === 0)) {
      const prose = proseEstimates(spellOut(key ? key.rest : body), where === 'estimate');
      if (prose) {
        drafts = [...prose.estimates, ...(where === 'estimate' ? prose.decisions : [])];
        if (prose.estimates.length > 0) state.lastEstimate = prose.estimates.at(-1)!.name;
      }
    }
    drafts = drafts.map((d) => (d.kind === 'estimate' ? tagByPrompt(d, options.prompt) : d));
    for (const d of drafts) if (d.kind === 'estimate') known.push(d.name);
    mergeRemedies(drafts);
    if (drafts.length > 0) out.push({ line, text: raw.trim(), drafts });
  });
  return out;
}
