import { KIND_WORDS, SYSTEM_NOUNS } from '../knowledge/components';
import { TECHNIQUES } from '../knowledge/techniques';
import { mentions } from '../text/mentions';
import { tokens, type Token } from '../text/normalise';
import { EVERYDAY_WORDS, groupOf, NAMING, nounsOf, questionWords, spelledOut, stemOf, surfaceForms, type Word } from './terms';
import { byLength, correct } from './typos';
import { forOne, FOR_ONE_OR_A_TIME, headNoun, profileOf, propertiesOf, statedIn, subjectsOf, unmarked } from './profile';
import { EXPANSIONS, MEASURE_NOUNS, OUTSIDE_SUBJECTS, OUTSIDE_UNLESS_NAMED, RUN_BY_UNLESS_NAMED, SYNONYMS } from './vocabulary';

/**
 * What the scripted interviewer makes of a free-typed question (issue 20): which scripted
 * answer it asks for, or that two answers are close enough to ask which one is meant, or that
 * none fits. Confident or neutral, never wrong: a wrong fact misleads a candidate more than
 * "that is your call" does.
 *
 * A question is read by meaning: its words as lemmas with stop words and filler out (terms.ts,
 * on the NLP layer shared/text), abbreviations and chat spellings spelled out, typos corrected
 * against the prompt's own words, synonyms named by one group (vocabulary.ts), plus the property
 * it asks about (how many, how big, how fast, how long kept, which, whether). Each answer offers
 * its phrasings, its topic (strong material) and its answer text (weaker). Rare terms weigh more.
 */

export type UnderstandAnswer = { readonly asks: readonly string[]; readonly answer: string; readonly topic?: string | undefined };
export type UnderstandPrompt = { readonly answers: readonly UnderstandAnswer[] };

export type Candidate = { answer: number; score: number; why: string[] };
export type Understanding =
  | { kind: 'answer'; answers: number[]; candidates: Candidate[] }
  | { kind: 'clarify'; between: [number, number]; candidates: Candidate[] }
  | { kind: 'neutral'; candidates: Candidate[] };

/** The least share of a question an answer must account for to be given. */
export const ANSWER_AT = 0.5;
/** How far ahead of the runner-up the winner must be; closer than this, the interviewer asks which. */
export const CLEAR_LEAD = 0.12;
/** The lead as a share of the winner's score: a weak match must be far ahead to count. */
export const RELATIVE_LEAD = 0.2;
/** The least score of the runner-up for "which do you mean" rather than just the winner. */
export const CLARIFY_AT = 0.4;
/**
 * A weaker match is given too when no other answer comes near: at least this score, with the
 * runner-up at most ALONE_SHARE of it. Chosen from the scores of right and wrong winners on the
 * question set: right winners below ANSWER_AT mostly stand alone, wrong ones mostly have company.
 * (With the measure and subject checks, unanswered winners whose runner-up had 0.5 to 0.58 of
 * their score were all right, 4 of 4; from 0.6 to 0.65, 1 right and 4 wrong.)
 */
export const ALONE_AT = 0.35;
export const ALONE_SHARE = 0.58;

/**
 * Weaker still, a match stands alone if the question is short, nothing told against the match
 * (no other measure, subject, count or design choice) and one of its phrasings names a thing the
 * question names: a question about something the prompt has no answer for names a thing no
 * phrasing does, or is told apart by its measure or subject.
 */
const LONE_AT = 0.3;
const LONE_SHARE = 0.65;

/** Weight of a term found only in the answer's text, against one in its phrasings or topic. */
const TEXT_ONLY = 0.6;
/** ...unless no other answer has the word at all: then its text is where the question points. */
const ONLY_HERE = 0.85;
/** How much the closest single phrasing counts, against what the answer's material covers as a whole. */
const PHRASING_SHARE = 0.4;
/**
 * In a question whether we build a part or someone else provides it ("do we go through apple
 * and google?"), the words no answer has are mostly the names of that someone: they weigh less.
 */
const OTHER_PARTY = 0.3;
/** The property a question asks weighs like an ordinary, fairly common term. */
const PROPERTY_WEIGHT = 0.8;
/** A count for one of something ("does a typical user follow", "per user", "can one person get"). */
const PER_ONE = new RegExp(
  [
    String.raw`\b(do|does|did|can|could|will|would|should|may) (a|an|one|each|every|the average|the typical|a typical|an average|a single|a given) \w+`,
    String.raw`\b(per|each|every) (user|person|account|customer|member|player|viewer|subscriber|client)\b`,
    // Without the inversion, as many ask it: "driver can take how many rides?" asks of one driver.
    String.raw`\b(?!(we|they|you|i|it|there)\b)[a-z]+ (can|could|does|do|will|may|must|should) (\w+ ){1,2}how many\b(?! (days?|weeks?|months?|years?|hours?|minutes?|seconds?|times)\b)`,
  ].join('|'),
);

/** The one of something a count is for: "does a typical creator", "per account", "can one driver". */
const ONE_OF = /\b(?:do|does|did|can|could|will|would|should|may) (?:a|an|one|each|every|the average|the typical|a typical|an average|a single|a given) (\w+(?: \w+)?)|\b(?:per|each|every) (\w+)/;
const ONE_LIKE = /^(average|typical|normal|regular|usual|given|single|active|ordinary)$/;
function oneIn(text: string, related: (w: Word) => Word): string | undefined {
  const m = ONE_OF.exec(spelledOut(text));
  const noun = m?.[1] ?? m?.[2];
  // (Past a word that says nothing, "a typical creator", "an average user".)
  const [first, next] = (noun ?? '').split(' ');
  const word = questionWords((next !== undefined && ONE_LIKE.test(first!) ? next : first) ?? '')[0];
  if (!word || TIME_UNITS.has(word.lemma)) return undefined;
  return word && related(word).term;
}

/** A question asking how many there are in all: "how many urls are known?", "how many docs exist in total?". */
const IN_ALL = /\b(known|exist|exists|existing|in total|altogether|all together|overall|all told|distinct|unique|do we know( of| about)?)\b/;

/** What a count of is a question about the system's scale. */
const SCALE_SUBJECTS = new Set(['user', 'request', 'traffic']);
/** The properties that are measures: an answer that never asks one is no answer to it. */
const MEASURES = new Set(['?count', '?size', '?speed', '?retention', '?peak', '?share', '?owner']);
/** What a score keeps when the question asks a measure the answer's questions never ask. */
const PROPERTY_DISAGREES = 0.75;
/** ...and when another answer of the prompt does ask or state it: that one is likelier what was meant. */
const PROPERTY_ELSEWHERE = 0.55;
/** A question of at most this many meaningful words asks what its measure words say. */
const SHORT_QUESTION = 10;
/** A word no answer has: it may be what makes the question about something else, or just talk. */
const UNKNOWN_WEIGHT = 2.2;
/** How much a score gains when question and answer agree on a measure and its subject... */
const PROFILE_AGREES = 0.3;
/** ...and what it keeps when the answer measures the question's subject only in other ways. */
const PROFILE_DISAGREES = 0.7;
/** What a score keeps when the question asks a price or amount the answer does not state. */
const MONEY_UNSTATED = 0.3;

/** Words clarifying questions use whatever the prompt: typos are corrected to these too. */
const QUESTION_WORDS = `many much long big large small fast quick slow keep store day daily week month year
  second minute hour people user often size allowed allow support need which what when where how happen
  should would could there their about every`.split(/\s+/);

/**
 * The knowledge base's words for components and techniques, one word at a time: a word of the
 * trade is no slip for a prompt's word one letter away ("shard" is not "share", "queue" not "queues").
 */
const TRADE_WORDS: ReadonlySet<string> = new Set(
  [...KIND_WORDS.flatMap((k) => [...k.words, ...(k.products ?? []), ...(k.everyday ?? [])]), ...SYSTEM_NOUNS, ...TECHNIQUES.flatMap((t) => t.names)]
    .flatMap((phrase) => phrase.toLowerCase().split(/[^a-z0-9]+/))
    .filter((w) => w.length >= 4)
    .flatMap((w) => [w, `${w}s`, `${w}ing`, `${w}ed`]),
);

/** Terms (synonym groups) with the lemmas that were actually written. */
type Bag = { terms: Set<string>; lemmas: Set<string> };
/**
 * What an answer offers to match: its phrasings and topic (strong), its answer text (weak), the
 * measures its text states (a size in bytes, a delay in ms), and the technologies it names.
 */
type Material = {
  strong: Bag;
  weak: Bag;
  phrasings: Bag[];
  states: Set<string>;
  names: Set<string>;
  profile: Set<string>;
  measured: Set<string>;
  lists: boolean;
  /** What its phrasings count for one of something ("How many links per page?") and in all. */
  countsPerOne: Set<string>;
  countsInAll: Set<string>;
  /** Its profile from phrasings and figures of all there are, for a question asking how many in all. */
  profileInAll: Set<string>;
  /** ...and from those for one of something, for a question asking how many one of them has. */
  profilePerOne: Set<string>;
};

/** A synonym is weaker evidence than the word itself: "peak" is nearer "peaks" than "traffic". */
const SYNONYM_ONLY = 0.8;

const bagOf = (words: readonly Word[]): Bag => ({ terms: new Set(words.map((w) => w.term)), lemmas: new Set(words.map((w) => w.lemma)) });

/** How much of a word a bag holds: all of it for the word itself, less for a synonym, nothing otherwise. */
function held(bag: Bag, word: Word, synonym: number): number {
  if (!bag.terms.has(word.term)) return 0;
  return bag.lemmas.has(word.lemma) ? 1 : synonym;
}

/** A text's meaningful words and the properties it asks, as words of one bag. */
function wordsOf(text: string): Word[] {
  return [...questionWords(text), ...propertiesOf(text).map((p) => ({ term: p, lemma: p }))];
}

/** The knowledge base's components and techniques a text names ("redis" is a cache, "sharding" a technique). */
function namesIn(text: string): string[] {
  return mentions(text)
    .filter((m) => m.type === 'kind' || m.type === 'technique')
    .map((m) => `${m.type}:${m.name}`);
}

/** Product names ("Redis", "Kafka"): naming one is choosing it. */
const PRODUCTS = new Set(KIND_WORDS.flatMap((g) => g.products ?? []).map((p) => p.toLowerCase()));

/**
 * What a question names that is a design choice: a technique, or a product. A plain component
 * noun says where something lives ("how many places in the db?"), not which one to pick.
 */
function choicesIn(text: string): string[] {
  return mentions(text)
    .filter((m) => m.type === 'technique' || (m.type === 'kind' && PRODUCTS.has(m.text)))
    .map((m) => `${m.type}:${m.name}`);
}

/**
 * The candidate asking what they should build, or proposing a choice ("can we use X?", "is it
 * fine to use X?"), is asking for a design decision, theirs to make: the script states the
 * problem, never the solution, so whatever the question shares with an answer it gets the
 * neutral reply. "Is it ok to store card numbers?" asks what the system may do, and is answered.
 */
const CHOOSE = String.raw`(just )?(use|using|pick|picking|choose|choosing|go with|going with|adopt|rely on|try|switch to|build on)\b`;
const OWN_CHOICE = new RegExp(
  [
    // "Should I plan for peaks?" asks what to expect, which the script may state.
    String.raw`\b(should|shall) i\b(?! (plan|assume|expect|design|budget|account|care|worry|support|handle|cover|include|consider)\b)`,
    String.raw`\bwhat should (i|we) use\b`,
    String.raw`\b(can|could|may) i (put|add|run|store|write|build|code|implement|deploy)\b`,
    String.raw`\b(can|could|may|should|shall) (i|we) ${CHOOSE}`,
    String.raw`\b(is|would) (it|that|this) (be )?(ok|okay|fine|alright|all right|acceptable|reasonable|a good idea|a bad idea|good|bad|wise|sensible) (to|if (i|we)) ${CHOOSE}`,
    String.raw`\b(what|how) about ${CHOOSE}`,
    String.raw`\b(i|we) ?('m|am|'re|are) (thinking|planning|going|hoping) (of|on|about|to) ${CHOOSE}`,
    String.raw`\b(i|we) ?('d|would|'ll|will) (like to )?${CHOOSE}`,
    String.raw`\b(a|the) (good|right|sensible|reasonable|bad) (choice|fit|option|pick) (here|for)\b`,
  ].join('|'),
);

/**
 * Asking whether to build it some way with a part of the trade ("should we keep a websocket per
 * document?", "would it be better to put a cache in front?") is a design question too: the
 * component or technique it names is the candidate's to choose. (Not "should we support X" or
 * "should I plan for X", which ask what the system must do.)
 */
const DESIGN_ASK = /\b(should|shall) (i|we)\b(?! (support|offer|allow|handle|cover|include|expect|assume|plan|care|worry|account|budget|consider|design for|build for)\b)|\b(is|would) (it|that|this) (be )?(better|best|smarter|wiser|easier|simpler|cheaper|faster)\b|\bdo (i|we) want\b/;
const designsWith = (text: string) => DESIGN_ASK.test(text) && mentions(text).some((m) => m.type === 'kind' || m.type === 'technique');

/**
 * A question whether something is part of the system ("is X needed?", "do we handle X?"), not
 * whether someone can do something with it ("could someone guess X?").
 */
const SCOPE_ASK = /^(is|are|do|does|will|should|would) (we|it|this|there|our|the \w+)\b|\b(part of|in scope|out of scope|needed|included|supported|ours|our job)\b/;

/** The short name of an answer: its topic, else the first phrasing's meaningful words. */
export function topicOf(answer: UnderstandAnswer): string {
  if (answer.topic) return answer.topic;
  const words = spelledOut(answer.asks[0] ?? answer.answer)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(how|what|which|who|when|where|why|is|are|do|does|did|we|our|the|a|an|can|must|should|there|it|be|need|to|of|for|much|many|about|have|has|get)$/.test(w));
  return words.slice(0, 4).join(' ') || 'that';
}

/** What a score keeps when the question counts a thing the answer's questions do not (in its text / nowhere). */
const COUNTED_IN_TEXT = 0.8;
const COUNTED_ELSEWHERE = 0.6;
/** ...and when no answer of the prompt mentions it at all: the script does not know that count. */
const COUNTED_UNKNOWN = 0.4;
const TIME_UNITS = new Set(['time', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

/**
 * The thing a question counts: the first noun after "how many" or "number of" ("how many
 * recurring jobs": jobs), read as the prompt's word for it. Units of time count how long or how
 * often ("how many years"), not a thing; "how much" asks an amount ("how much overhead").
 */
function countedIn(text: string, related: (w: Word) => Word): Word | undefined {
  const ts = tokens(text);
  const at = ts.findIndex((t, i) => (t.text === 'many' && ts[i - 1]?.text === 'how') || (t.text === 'number' && ts[i + 1]?.text === 'of'));
  if (at < 0) return undefined;
  // "How many" is followed by what it counts: a plural there tagged as a verb ("how many pastes
  // per day", "how many promo pushes") is that thing, not a reason to count the days.
  let plural: Token | undefined;
  for (let k = at + 1; k <= at + 3 && k < ts.length; k++) {
    const t = ts[k]!;
    if (t.pos === 'VERB' && t.text.endsWith('s') && t.text !== t.lemma) plural = t;
    // (Past the words that modify it: "how many marketing pushes" counts pushes.)
    if (plural || (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN')) break;
  }
  const noun = plural ?? headNoun(ts, at + 1);
  // Read from the question's own tokens: a word read alone would cost another pass of the model.
  const word = noun && { term: groupOf(noun.lemma), lemma: noun.lemma };
  return word && !TIME_UNITS.has(word.term) ? related(word) : undefined;
}

/** Splits a question at the joins where people ask a second thing ("... and how long ..."). */
function parts(question: string): string[] {
  return question
    .split(/\?|;|\band also\b|\balso\b|,? (?:and )?plus\b|,? as well as\b|,? and (?=(?:for )?(?:how|what|whats|which|who|when|where|is|are|do|does|can|could|should|will|would|must)\b)|, (?=(?:for )?(?:how|what|whats|which|who|when|where|is|are|do|does|can|could|should|will)\b)/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * A part of a question that names no thing of its own and points back to one: "and how long are
 * they kept?", "and for how long?". ("And is this global?" is about the whole system.)
 */
function namesNothing(part: string): boolean {
  if (nounsOf(part).some((w) => !MEASURE_TERMS.has(w.lemma))) return false;
  return /\b(they|them|those|these|their|it|its|each( one)?|one of them)\b/i.test(part) || /^\W*(and )?for how long\W*$/i.test(part);
}

/** The things a part of a question names ("links", "pastes"), for a later part that refers back to them. */
function subjectOf(part: string): string {
  return nounsOf(part, NAMING)
    .filter((w) => !MEASURE_TERMS.has(w.lemma))
    .map((w) => w.lemma)
    .join(' ');
}

/** Qualities a question asks of a thing, not things (synonym group names). */
const QUALITIES = new Set(['latency', 'big', 'availability', 'consistency', 'scale', 'security']);

/** Nouns that name a measure or a span of time, not a thing measured. */
const MEASURE_TERMS = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'time', 'long', 'size', 'number', 'amount', 'lot', 'thing', 'stuff']);

/**
 * Failing those, one "and" between two noun phrases: "DAU and first token latency?" asks two
 * things too. Only a single "and" in a question of one clause: a rambling question's "and"s
 * mostly join the candidate's thoughts, not two questions.
 */
function looseParts(question: string): string[] {
  if (/;/.test(question)) return [];
  const bare = question.replace(/\?+\s*$/, '');
  if (!/,/.test(bare)) {
    const pieces = bare.split(/ and /i).map((p) => p.trim()).filter((p) => p.length > 0);
    return pieces.length === 2 ? pieces : [];
  }
  // With a comma, only two terse parts ("peak viewers, and max file size?"): a longer comma is a pause in one question.
  const pieces = bare.split(/,\s*(?:and\s+)?/i).map((p) => p.trim()).filter((p) => p.length > 0);
  // (Two noun phrases: a part with a pronoun or a relative clause is one clause of one question,
  // "page which change often, we refetch how soon?"; one with "and" ends a list, "push, email and sms".)
  const phrase = (p: string) => p.split(/\s+/).length <= TERSE_PART && !/\b(we|i|you|they|it|he|she|which|that|who)\b/i.test(p);
  return pieces.length === 2 && pieces.every(phrase) && !/\band\b/i.test(pieces[1]!) ? pieces : [];
}

/** Words that make a question more than a noun phrase. */
const ASKING_ANYWHERE = /\b(how|what|whats|which|who|when|where|why|is|are|do|does|did|can|could|should|will|would|must|may|need|needs)\b/i;
/** The most meaningful words of a question that is just a noun phrase ("sms share?"). */
const TERSE_QUESTION = 4;

/** Words that open a clause that asks. */
const ASKS = /^(and |but |so |also |plus |then )?(how|what|whats|what's|which|who|whom|whose|when|where|why|is|are|was|were|do|does|did|can|could|should|shall|will|would|must|may|might|any|has|have)\b/i;

/**
 * A topic named first, then asked about: "banned cheaters, how fast are they removed?",
 * "chargebacks, how do they reach us?". The part before the comma asks nothing (no question
 * word, no measure), so it is what the question is about, not a first question.
 */
function frontsItsTopic(question: string): boolean {
  const m = /^([^,?;:]+),\s*(.+)$/.exec(question.trim());
  if (!m) return false;
  const [, topic, rest] = m as unknown as [string, string, string];
  return !ASKS.test(topic.trim()) && propertiesOf(topic).length === 0 && ASKS.test(rest.trim()) && !/[,?;]/.test(rest.replace(/\?+\s*$/, ''));
}

/** The most words of a part of a two-part question joined by a bare comma. */
const TERSE_PART = 5;

/**
 * The clause that asks, in a question with a preamble ("Before I get into it: how many fans hit
 * the site?", "I want to understand how much storage a post takes"): from the first question
 * word that opens a clause after the start, to the end. Undefined when the question opens with it.
 */
/** Whether the first clause of a text names anything ("what happens to messages" does, "do you have a figure" not). */
const namesSomething = (text: string) => questionWords(text.split(/[,:;]/)[0]!).length > 0;

function askingClause(question: string): string | undefined {
  const opens = /(?:[,:;]\s*|\b(?:so|understand|know|ask|check|wondering|wonder|curious|tell me|sense of|idea of)\s+)((?:how|what|whats|what's|which|who|when|where|whether|is|are|do|does|can|could|should|will|would|must)\b.*)$/gi;
  // The last clause that opens with a question word asks: an earlier one is mostly the preamble's
  // ("Thinking about phones, where people lose signal all the time, what happens to ...").
  // (Each match runs to the end, so the search starts again just past the last one.)
  const text = question.trim();
  let clause: string | undefined;
  opens.lastIndex = 0;
  for (let m = opens.exec(text); m; m = opens.exec(text)) {
    // (Not a closing "do you have a figure?", which names nothing: the clause before it asks.)
    if (m.index > 0 && (clause === undefined || namesSomething(m[1]!))) clause = m[1];
    opens.lastIndex = m.index + 1;
  }
  // A clause about "they" or "those" needs its preamble to say who they are.
  return clause && !/\b(they|them|those|these|their)\b/i.test(clause) ? clause : undefined;
}

export type Tuning = { aloneAt: number; aloneShare: number; answerAt: number; lead: number; relativeLead: number; clarifyAt: number; unknown: number; textOnly: number; phrasingShare: number; synonym: number };
export const TUNING: Tuning = { aloneAt: ALONE_AT, aloneShare: ALONE_SHARE, answerAt: ANSWER_AT, lead: CLEAR_LEAD, relativeLead: RELATIVE_LEAD, clarifyAt: CLARIFY_AT, unknown: UNKNOWN_WEIGHT, textOnly: TEXT_ONLY, phrasingShare: PHRASING_SHARE, synonym: SYNONYM_ONLY };

export function understandQuestions(prompt: UnderstandPrompt, tuning: Tuning = TUNING): (question: string) => Understanding {
  const materials: Material[] = prompt.answers.map((a) => {
    const asked = [...a.asks, ...(a.topic ? [a.topic] : [])].map(wordsOf);
    const phrasings = asked.map(bagOf);
    const strong = bagOf(asked.flat());
    const weak = bagOf(questionWords(a.answer));
    const profile = unmarked([...a.asks, ...(a.topic ? [a.topic] : [])].flatMap((t) => [...profileOf(t, 'asked')]));
    for (const k of profileOf(a.answer, 'stated')) profile.add(k);
    const countsPerOne = new Set<string>();
    const countsInAll = new Set<string>();
    const profileInAll = profileOf(a.answer, 'stated', undefined, { of: 'all' });
    const profilePerOne = profileOf(a.answer, 'stated', undefined, { of: 'one' });
    for (const ask of a.asks) {
      const said = spelledOut(ask);
      const perOne = FOR_ONE_OR_A_TIME.test(said) || forOne(ask);
      const c = countedIn(ask, (w) => w);
      if (c) (perOne ? countsPerOne : countsInAll).add(c.term);
      for (const k of unmarked(profileOf(ask, 'asked'))) (perOne ? (forOne(ask) ? profilePerOne : undefined) : profileInAll)?.add(k);
    }
    return {
      strong,
      weak,
      phrasings,
      states: new Set(statedIn(a.answer)),
      names: new Set([...a.asks, a.answer, a.topic ?? ''].flatMap(namesIn)),
      profile,
      measured: subjectsOf(profile),
      lists: strong.terms.has('scope'),
      countsPerOne,
      countsInAll,
      profileInAll,
      profilePerOne,
    };
  });
  const n = materials.length;
  // The things some answer's phrasings count.
  const countedBy = new Set(materials.flatMap((m) => [...m.countsPerOne, ...m.countsInAll]));
  // The measures some answer asks or states.
  const measuredBy = new Set(materials.flatMap((m) => [...m.states, ...[...m.strong.terms].filter((t) => MEASURES.has(t))]));
  // What the prompt itself names ("web page", "CDN") is its domain, not a design choice.
  const promptNames = new Set(materials.flatMap((m) => [...m.names]));
  const df = new Map<string, number>();
  for (const m of materials) for (const t of new Set([...m.strong.terms, ...m.weak.terms])) df.set(t, (df.get(t) ?? 0) + 1);
  // A word the prompt does not use, derived from one it does ("spammers", "spam"), is read as that one.
  const byStem = new Map<string, string>();
  for (const m of materials) {
    for (const lemma of [...m.strong.lemmas, ...m.weak.lemmas]) {
      const stem = stemOf(lemma);
      const term = groupOf(lemma);
      if (stem && !byStem.has(stem)) byStem.set(stem, term);
    }
  }
  const related = (w: Word): Word => {
    // (A person outside the system keeps its name: an "operator" is not an "operation".)
    if (df.has(w.term) || w.term.startsWith('?') || OUTSIDE_SUBJECTS.has(w.term)) return w;
    const stem = stemOf(w.lemma);
    const term = stem === undefined ? undefined : byStem.get(stem);
    return term === undefined ? w : { term, lemma: w.lemma };
  };
  // A term in no answer weighs most: it is what makes a question about something else.
  const weight = (term: string, owner = false) =>
    term.startsWith('?') ? PROPERTY_WEIGHT : df.has(term) ? Math.log(1 + (n + 1) / df.get(term)!) : owner ? tuning.unknown * OTHER_PARTY : tuning.unknown;

  // Typos are corrected to the words the prompt and everyday questions use...
  const targets = new Set<string>([
    ...prompt.answers.flatMap((a) => [...a.asks, a.answer, a.topic ?? ''].flatMap(surfaceForms)),
    ...QUESTION_WORDS,
    // (The nouns that name a measure too: "interval" is no slip for the prompt's "internal".)
    ...Object.keys(MEASURE_NOUNS).flatMap((w) => [w, `${w}s`]),
    ...Object.values(SYNONYMS).flat(),
  ]);
  // ...and words known as written are left alone ("stuff" is not a slip for "staff").
  // (Plurals too: "operators" is no slip for "operations".)
  const known = new Set<string>([...targets, ...Object.keys(EXPANSIONS), ...[...OUTSIDE_SUBJECTS].flatMap((w) => [w, `${w}s`]), ...EVERYDAY_WORDS, ...TRADE_WORDS]);
  const lengths = byLength(targets);
  // A question is read whole and by its parts: its words are corrected once.
  const corrected = new Map<string, string>();
  const fixTypos = (text: string) => {
    let out = corrected.get(text);
    if (out === undefined) {
      if (corrected.size >= 500) corrected.clear();
      out = spelledOut(text).replace(/[a-z]+/g, (w) => correct(w, known, lengths));
      corrected.set(text, out);
    }
    return out;
  };

  /** The candidates with nothing against them (see below): only they may win alone on a weak score. */
  const solid = new WeakSet<Candidate>();

  /** Every answer's score for one question (or one part of it), best first. */
  const rank = (question: string): Candidate[] => {
    const text = fixTypos(question);
    const words: Word[] = [];
    for (const w of wordsOf(text).map(related)) {
      // A measure noun no answer uses ("retention period?") says only what it measures, which its property carries.
      if (MEASURE_NOUNS[w.lemma] !== undefined && !df.has(w.term)) continue;
      if (!words.some((x) => x.term === w.term)) words.push(w);
    }
    // How many people use it, how many requests come in: that is the scale of the system.
    // (What is counted is the word after "how many": "how many promo pushes can one person get" is not.)
    const counted = countedIn(text, related);
    const inAll = IN_ALL.test(text);
    const perOne = !inAll && PER_ONE.test(text);
    // Whom the count is for ("does a typical creator have": creators), read as the prompt's word for it.
    const oneOf = perOne ? oneIn(text, related) : undefined;
    // (Not a count for one of something: "how many accounts does a typical user follow" is per user.)
    if (counted && SCALE_SUBJECTS.has(counted.term) && !PER_ONE.test(text) && !words.some((w) => w.term === 'scale')) words.push({ term: 'scale', lemma: 'scale' });
    const terms = words.map((w) => w.term);
    if (terms.every((t) => t.startsWith('?'))) return [];
    const asked = terms.reduce((s, t) => s + weight(t, terms.includes('?owner')), 0);
    const outside = terms.filter((t) => OUTSIDE_SUBJECTS.has(t));
    const named = choicesIn(text);
    // (Those a measure noun alone names count for an answer, not against one.)
    // (Unless the question is nothing but a measure and its subject: "gps ping interval?",
    // "sms share?" ask that figure, and an answer without it is no answer.)
    const terse = !ASKING_ANYWHERE.test(text) && words.length <= TERSE_QUESTION;
    // ("Duration" or "window" alone may be how long kept or how long something lasts: not against an answer.)
    const cued = new Set([...propertiesOf(text, { nouns: false }), ...(terse ? propertiesOf(text).filter((p) => p !== '?retention') : [])]);
    const properties = terms.filter((t) => MEASURES.has(t) && cued.has(t));
    const ownChoice = OWN_CHOICE.test(text);
    const money = terms.includes('?money');
    const inScope = SCOPE_ASK.test(text);
    // What a question names ("voice calls") points to an answer's text; its adverbs ("outside") say less.
    const items = new Set(nounsOf(text, NAMING).map((w) => related(w).term));
    // The things a question names, not its measures or times ("latency", "day").
    const things = nounsOf(text).map((w) => related(w).term).filter((t) => !MEASURE_TERMS.has(t) && !QUALITIES.has(t) && MEASURE_NOUNS[t] === undefined);
    // A count at once ("how many orders can a courier carry at once?") is not the system's
    // total: an answer counting all of them does not state that measure.
    const atOnce = terms.includes('concurrent');
    const profile = new Set([...profileOf(text, 'asked', related, { nouns: terse })].filter((k) => !(atOnce && k.startsWith('?count '))));
    const looseProfile = unmarked(profile);
    // (A share relates a part to a whole, "what share of notifications are sms": an answer that
    // counts the notifications and splits them by channel states another measure of neither.)
    const profiled = subjectsOf([...profile].filter((k) => !k.startsWith('?share ')));
    return materials
      .map((m, answer): Candidate => {
        let got = 0;
        const why: string[] = [];
        // Its text stating how many there are in all of what is counted is as good as a phrasing
        // asking it ("how many urls are known?": "we know of about 10 billion URLs").
        const statesCount = inAll && counted !== undefined && m.profileInAll.has(`?count ${counted.term}`);
        for (const w of words) {
          if (statesCount && w.term === counted.term) {
            got += weight(w.term);
            why.push(`${w.term} (counted in all in the answer)`);
            continue;
          }
          // A measure the phrasings ask and the text states is surely this answer's; asked only, less so.
          const measure = MEASURES.has(w.term);
          // A measure only the text states ("about 80% push") is stated with a figure: good evidence, though no phrasing asks it.
          const strong = measure && m.strong.terms.has(w.term) ? (m.states.has(w.term) ? 1 : tuning.synonym) : measure && m.states.has(w.term) ? tuning.synonym : held(m.strong, w, tuning.synonym);
          const weak = held(m.weak, w, tuning.synonym) || (m.states.has(w.term) ? 1 : 0);
          if (strong > 0 && strong >= weak * tuning.textOnly) {
            got += weight(w.term) * strong;
            why.push(strong < 1 ? `${w.term} (a synonym)` : w.term);
          } else if (weak > 0) {
            // A scope answer's text is a list of what is in and out: asking whether one item of it is in asks for that list.
            const share = !items.has(w.term) ? tuning.textOnly : m.lists && inScope ? 1 : df.get(w.term) === 1 ? ONLY_HERE : tuning.textOnly;
            got += weight(w.term) * weak * share;
            why.push(`${w.term} (in the answer)`);
          }
        }
        // The closest single phrasing, both ways (a weighted Dice coefficient): "how many users"
        // is nearer "How many users do we have?" than "How many files per user?".
        let closest = 0;
        for (const p of m.phrasings) {
          const shared = words.reduce((s, w) => s + weight(w.term) * held(p, w, tuning.synonym), 0);
          const own = [...p.terms].reduce((s, t) => s + weight(t), 0);
          closest = Math.max(closest, (2 * shared) / (asked + own));
        }
        // A question in the very terms of one of the answer's phrasings is a full match.
        let penalised = false;
        let score = closest >= 0.999 ? 1 : tuning.phrasingShare * closest + (1 - tuning.phrasingShare) * (got / asked);
        // The subject must agree: the team, the office or the cloud bill is not the system's users.
        // (Unless the prompt's answers talk of it themselves: marketing pushes are a notifications prompt's own business.)
        // (And the moderators or support staff an answer itself talks of are that answer's, though
        // it counts them only if it says how many: "support staff edit rules" is no headcount.)
        const runBy = (t: string) => RUN_BY_UNLESS_NAMED.has(t) && counted?.term !== t;
        const foreign = outside.filter(
          (t) => !m.strong.terms.has(t) && !(m.weak.terms.has(t) && (runBy(t) || (OUTSIDE_UNLESS_NAMED.has(t) && (df.get(t) ?? 0) >= 2))),
        );
        if (foreign.length > 0) {
          penalised = true;
          score *= 0.3;
          why.push(`about ${foreign.join(', ')}, which this answer is not`);
        }
        // And whom it is for: videos one creator has are not videos one viewer watches, so an
        // answer that never names the one the question counts for does not state that count.
        if (counted && oneOf && !m.strong.terms.has(oneOf) && !m.weak.terms.has(oneOf)) {
          penalised = true;
          score *= COUNTED_ELSEWHERE;
          why.push(`counts for one ${oneOf}, whom this answer does not name`);
        }
        // What is counted must agree: "how many photos does a place have" is not the number of places.
        // (How many people use it is the system's scale: the answer that states the scale, in links or posts, answers it.)
        // (Nor by phrasings that count other things: "How many editors per document?" counts editors.)
        const counts = new Set([...m.countsPerOne, ...m.countsInAll]);
        if (counted && counts.size > 0 && !counts.has(counted.term) && countedBy.has(counted.term) && m.strong.terms.has(counted.term)) {
          penalised = true;
          score *= COUNTED_ELSEWHERE;
          why.push(`counts other things than ${counted.term}`);
        }
        // (A count in all is not answered by a count for one of something: "how many urls are known" is not links per page.)
        if (counted && inAll && m.countsPerOne.has(counted.term) && !m.countsInAll.has(counted.term)) {
          penalised = true;
          score *= COUNTED_ELSEWHERE;
          why.push(`counts ${counted.term} for one of something, the question in all`);
        }
        if (counted && !statesCount && !m.strong.terms.has(counted.term) && !(SCALE_SUBJECTS.has(counted.term) && m.strong.terms.has('scale'))) {
          penalised = true;
          // (Its text naming the thing is not counting it: "small venues of a few thousand seats" counts seats.)
          const countsIt = [...m.profile].some((k) => k === `?count ${counted.term}`);
          score *= m.weak.terms.has(counted.term) && countsIt ? COUNTED_IN_TEXT : df.has(counted.term) ? COUNTED_ELSEWHERE : COUNTED_UNKNOWN;
          why.push(`counts ${counted.term}, which this answer's questions do not`);
        }
        // The property must agree: "how many people" is not answered by what people may do.
        const missing = properties.length > 0 && !properties.some((p) => m.strong.terms.has(p) || m.states.has(p));
        if (missing) {
          // (A long, rambling question's measures are often asides: "versus the per-second stuff".)
          penalised = true;
          score *= words.length <= SHORT_QUESTION && properties.some((p) => measuredBy.has(p)) ? PROPERTY_ELSEWHERE : PROPERTY_DISAGREES;
          why.push(`asks ${properties.map((p) => p.slice(1)).join(' or ')}, which this answer's questions do not`);
        }
        // A technology or technique the answer does not name: the question asks for a design choice.
        const choices = named.filter((id) => !m.names.has(id) && !promptNames.has(id));
        if (choices.length > 0) {
          penalised = true;
          score *= 0.4;
          why.push(`names ${choices.join(', ')}, a design choice this answer does not make`);
        }
        // The same measure of the same thing on both sides; or the thing, but only other measures of it.
        if (profile.size > 0) {
          // (How many in all agrees only with a figure of all there are, not one per page or per day.)
          // (And how many one of something has, only with a figure for one: "no user gets more than 3".)
          const stated = inAll ? m.profileInAll : perOne ? m.profilePerOne : m.profile;
          if ([...profile].some((k) => stated.has(k))) {
            score *= 1 + PROFILE_AGREES;
            why.push('states that measure of it');
          } else if ([...looseProfile].some((k) => stated.has(k))) {
            score *= 1 + PROFILE_AGREES / 2;
            why.push('states that measure of what the question names');
          } else if ([...profiled].some((s) => m.measured.has(s))) {
            penalised = true;
          score *= PROFILE_DISAGREES;
            why.push('states another measure of it');
          }
        }
        // A price or sum of money is given only by an answer that states one: a nearby fact is no price.
        if (money && !m.states.has('?money') && !m.strong.terms.has('?money')) {
          penalised = true;
          score *= MONEY_UNSTATED;
          why.push('asks a price or amount of money, which this answer does not state');
        }
        if (ownChoice) why.push('proposes a design choice, the candidate\'s to make');
        const candidate = { answer, score: Math.round(score * 1000) / 1000, why };
        // Evidence enough to stand alone though weak: a short question, nothing told against the
        // answer, and its phrasings name a thing the question names.
        if (!penalised && words.length <= SHORT_QUESTION && things.some((t) => m.strong.terms.has(t))) solid.add(candidate);
        return candidate;
      })
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.answer - b.answer);
  };

  const decide = (candidates: Candidate[]): Understanding => {
    const [first, second] = candidates;
    if (!first) return { kind: 'neutral', candidates };
    const runnerUp = second?.score ?? 0;
    // Clear: well matched, and well ahead of the next answer (by a share of its own score, so a
    // weak match needs a wide lead).
    // (Scores are rounded to thousandths: a lead of exactly the margin counts.)
    const clear = first.score - runnerUp >= Math.max(tuning.lead, tuning.relativeLead * first.score) - 1e-9;
    if (first.score >= tuning.answerAt && clear) return { kind: 'answer', answers: [first.answer], candidates };
    if (first.score >= tuning.aloneAt && runnerUp <= tuning.aloneShare * first.score) return { kind: 'answer', answers: [first.answer], candidates };
    if (first.score >= LONE_AT && runnerUp <= LONE_SHARE * first.score && solid.has(first)) return { kind: 'answer', answers: [first.answer], candidates };
    if (second && !clear && second.score >= tuning.clarifyAt) return { kind: 'clarify', between: [first.answer, second.answer], candidates };
    return { kind: 'neutral', candidates };
  };

  return (question) => {
    const ranked = rank(question);
    if (OWN_CHOICE.test(fixTypos(question)) || designsWith(fixTypos(question))) return { kind: 'neutral', candidates: ranked };
    const whole = decide(ranked);
    // (A part that talks of the candidate and asks nothing, "ok so before I start", "I wanted to
    // check", is the preamble, not a first question.)
    const strict = frontsItsTopic(question) ? [question] : parts(question).filter((p) => ASKS.test(p) || !/\b(i|me|my|i'm|im|i've|i'd|i'll)\b/i.test(p));
    for (const pieces of [strict, strict.length < 2 ? looseParts(question) : []]) {
      if (pieces.length < 2) continue;
      // A part with no meaningful word ("ok so") asks nothing; each other part must be answered.
      // A later part that names nothing ("and how long are they kept?") asks about what the first named.
      const each = pieces.map((p, i) => decide(rank(i > 0 && namesNothing(p) ? `${p} ${subjectOf(pieces[0]!)}` : p))).filter((u) => u.candidates.length > 0);
      // A part between two answers (and no third near), one of which another part got, asks the
      // other: nobody asks one thing twice in one breath.
      const answered = new Set(each.flatMap((u) => (u.kind === 'answer' ? u.answers : [])));
      for (const [i, u] of each.entries()) {
        // (Only where the candidate marked the join: "keys and values" may be one thing.)
        if (pieces !== strict || u.kind !== 'clarify' || (u.candidates[2]?.score ?? 0) > tuning.aloneShare * u.candidates[0]!.score) continue;
        const [a, b] = u.between;
        const other = answered.has(a) && !answered.has(b) ? b : answered.has(b) && !answered.has(a) ? a : undefined;
        if (other !== undefined) each[i] = { kind: 'answer', answers: [other], candidates: u.candidates };
      }
      const given = [...new Set(each.flatMap((u) => (u.kind === 'answer' ? u.answers : [])))];
      // Every part answered on its own, with different answers: a two-part question. A rambling
      // question's asides ("so I'm curious about capacity") are no answer's, so it stays one question.
      // (Unless the first part asks only what happens to something and a later part, pointing
      // back, says what about it: "what happens to originals after transcoding, do we keep them?"
      // asks one thing in two breaths.)
      const vagueFirst = propertiesOf(pieces[0]!).every((p) => p === '?happens' || p === '?whether');
      const oneThing = vagueFirst && pieces.some((p, i) => i > 0 && namesNothing(p));
      if (given.length >= 2 && each.every((u) => u.kind === 'answer') && !oneThing) {
        return { kind: 'answer', answers: given.slice(0, 2).sort((a, b) => a - b), candidates: whole.candidates };
      }
    }
    // A long question's preamble drowns its asking clause: the clause read alone, if it picks the
    // answer the whole question ranked first, is what was asked.
    const clause = whole.kind === 'answer' ? undefined : askingClause(question);
    if (clause && ranked[0]) {
      const asked = decide(rank(clause));
      if (asked.kind === 'answer' && asked.answers.length === 1 && asked.answers[0] === ranked[0].answer) return { ...asked, candidates: ranked };
    }
    return whole;
  };
}

