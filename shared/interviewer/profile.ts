import { tokens, type Token } from '../text/normalise';
import { EVERYDAY_WORDS, groupOf, NAMING, nounsOf, spelledOut, type Word } from './terms';
import { MEASURE_NOUNS, PROPERTY_CUES, SHARE_RATES, STATED_MEASURES } from './vocabulary';

/**
 * A second reading of questions and answers, beside their words: which measure is asked or
 * stated (a count, a size, a speed, how long kept, a price) and of what (the nouns beside it).
 * "How long do we keep raw events?" asks retention of events; an answer that says "events are
 * about 200 bytes" states a size of them. When both sides name the same measure of the same
 * thing they agree; when the answer has the thing but only another measure of it, it is the
 * wrong fact about the right subject, the commonest wrong answer.
 */

/** The measures a profile is made of: what a clarifying question most often asks a figure for. */
export const PROFILED: ReadonlySet<string> = new Set(['?count', '?size', '?speed', '?retention', '?money', '?share']);

/** Nouns that name a measure or a time, not what it is of ("size", "a day", "latency", "the cost"). */
const NOT_SUBJECTS = new Set(['big', 'latency', 'keep', 'money', 'expire', 'scale', 'time', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'number', 'amount', 'total', 'average', 'rate', 'figure', 'target']);

/**
 * The properties a question asks about ("how many" is `count`), as terms of their own. With
 * `nouns: false`, only those its asking words say: a measure noun ("offline duration?") says
 * less surely what is asked, so it counts for an answer but not against one.
 */
export function propertiesOf(text: string, { nouns = true } = {}): string[] {
  const t = spelledOut(text).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const out = new Set(PROPERTY_CUES.filter((p) => p.cue.test(t)).map((p) => `?${p.property}`));
  if (nouns) for (const p of measureNouns(t)) out.add(`?${p}`);
  return [...out];
}

/**
 * The measures a text names by a noun ("retention period", "scrape interval"), read from its
 * tokens: a noun's lemma, so "intervals" counts and "period" as part of no noun does not.
 * "Rate" before "limit" names the limiter, after "error" a share.
 */
export function measureNouns(text: string): string[] {
  const ts = tokens(text);
  const out: string[] = [];
  ts.forEach((tok, i) => {
    if (tok.pos !== 'NOUN' && tok.pos !== 'PROPN') return;
    const property = MEASURE_NOUNS[tok.lemma];
    if (property === undefined) return;
    if (tok.lemma === 'rate') {
      if (/^limit/.test(ts[i + 1]?.lemma ?? '')) return;
      // ("click-through rate": the word before "through".)
      const before = ts[i - 1]?.pos === 'ADP' ? ts[i - 2] : ts[i - 1];
      if (SHARE_RATES.has(before?.lemma ?? '')) return void out.push('share');
    }
    out.push(property);
  });
  return out;
}

/** The properties a text's own figures state: "about 200 bytes" states a size, "under 100 ms" a speed. */
export function statedIn(text: string): string[] {
  const t = spelledOut(text);
  return STATED_MEASURES.filter((m) => m.cue.test(t)).map((m) => `?${m.property}`);
}

/** A measure of a thing, as one key: "?retention event". */
export type Profile = ReadonlySet<string>;

/** The words that ask a measure, after which its subject is named ("how many recurring jobs"). */
const ASKING = /^(many|much|big|large|long|fast|quick|quickly|soon|often|heavy|small|max|maximum|largest|biggest|longest|typical|average)$/;

/**
 * The first noun from `at` (within a few words), as the head of its compound: "notification
 * templates" are templates, "card payments" payments.
 */
export function headNoun(ts: readonly Token[], at: number): Token | undefined {
  let i = ts.findIndex((t, k) => k >= at && k < at + 5 && isNoun(t));
  if (i < 0) return undefined;
  // A compound goes on through nouns that say something ("people use" is no compound).
  while (i + 1 < ts.length && isNoun(ts[i + 1]!) && !EVERYDAY.has(ts[i + 1]!.lemma)) i += 1;
  return ts[i];
}

/** The first noun from `at` that is not itself a measure or a time ("how many times a day ... a feed": feed). */
function nounsFrom(ts: readonly Token[], at: number, related: (w: Word) => Word): string[] {
  for (let from = at; from < ts.length; ) {
    const head = headNoun(ts, from);
    if (!head) return [];
    const term = related(wordOf(head)).term;
    if (!NOT_SUBJECTS.has(term)) return [term];
    from = ts.indexOf(head) + 1;
  }
  return [];
}

/** Words that name a measure before what it is of: "the number of jobs", "what fraction of pages". */
const OF_WHAT = /^(number|size|amount|fraction|share|proportion|percentage|percent|portion)$/;

/** Words that name a measure after what it is of: "the daily viewer count", "message size". */
const NAMED_AFTER = /^(count|size|volume|latency|retention|price|cost|limit|share|split|breakdown|fraction|percentage|interval|frequency|rate|duration)$/;

const EVERYDAY = new Set(EVERYDAY_WORDS);
const isNoun = (t: Token) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !t.number;
const wordOf = (t: Token): Word => ({ term: groupOf(t.lemma), lemma: t.lemma });

/**
 * What a question's measure is of: the nouns right after the words that ask it ("how long do we
 * keep raw events": events), else every noun it has. An answer's figure is of the noun right after
 * it ("20 billion live keys"), else of the nouns before it in its clause ("a record is about 2 KB").
 */
function subjects(piece: string, how: 'asked' | 'stated', related: (w: Word) => Word): string[] {
  const ts = tokens(spelledOut(piece));
  // Every noun of the question is only a guess at what is measured: marked, it can tell against an answer but not for it.
  // (A measure noun is no subject: "what fraction is email?" asks a share of email. Failing any
  // noun, the words that name something: the tagger reads some nouns after "is" as verbs.)
  const subjectsIn = (words: Word[]) => words.map(related).map((w) => w.term).filter((t) => !NOT_SUBJECTS.has(t) && MEASURE_NOUNS[t] === undefined);
  const all = () => {
    const nouns = subjectsIn(nounsOf(piece));
    return (nouns.length > 0 ? nouns : subjectsIn(nounsOf(piece, NAMING))).map((t) => `${LOOSE}${t}`);
  };
  if (how === 'asked') {
    const at = ts.findIndex((t, i) => (ASKING.test(t.text) && (ts[i - 1]?.text === 'how' || !/^(many|much|long|fast|quick|quickly|soon|often)$/.test(t.text))) || (OF_WHAT.test(t.text) && ts[i + 1]?.text === 'of'));
    // Without the inversion ("new listing how fast must appear?"), what is measured comes before
    // the question word: a noun, then "how fast", then a verb.
    // (In one clause: "if someone deletes a post, how quickly must it vanish" asks of "it".)
    const inline = at >= 2 && spelledOut(piece).includes(`${ts[at - 2]!.text} how ${ts[at]!.text}`);
    const ahead = inline && ts[at - 1]?.text === 'how' && isNoun(ts[at - 2]!) && /^(AUX|VERB)$/.test(ts[at + 1]?.pos ?? '') ? related(wordOf(ts[at - 2]!)).term : undefined;
    if (ahead && !NOT_SUBJECTS.has(ahead)) return [ahead];
    const after = at < 0 ? [] : nounsFrom(ts, at + 1, related);
    if (after.length > 0) return after;
    const named = ts.findIndex((t, i) => i > 0 && NAMED_AFTER.test(t.text) && isNoun(ts[i - 1]!));
    const before = named < 0 ? undefined : related(wordOf(ts[named - 1]!)).term;
    return before && !NOT_SUBJECTS.has(before) ? [before] : all();
  }
  const out: string[] = [];
  ts.forEach((t, i) => {
    if (!t.number) return;
    // A figure with a unit ("7 years", "2 KB") measures what came before it; a bare one counts what follows.
    // A percentage is of what follows it when anything does ("1% SMS", "30% of fetched pages").
    const next = ts[i + 1];
    const percent = next?.text === '%' || next?.text === 'percent';
    const unit = next !== undefined && (NOT_SUBJECTS.has(groupOf(next.lemma)) || percent);
    const after = unit && !percent ? [] : nounsFrom(ts, percent ? i + 2 : i + 1, related);
    if (after.length > 0) out.push(...after);
    else for (let j = i - 1; j >= 0; j--) if (isNoun(ts[j]!)) out.push(related(wordOf(ts[j]!)).term);
  });
  return out.filter((t) => !NOT_SUBJECTS.has(t));
}

/**
 * The measures of things a text asks (`asked`, for questions and phrasings) or states (`stated`,
 * for answer text, read clause by clause so a figure stays with its own nouns).
 * `related` reads a noun as the prompt's word for it.
 */
export function profileOf(
  text: string,
  how: 'asked' | 'stated',
  related: (w: Word) => Word = (w) => w,
  { of = 'any', nouns = false }: { of?: 'any' | 'all' | 'one'; nouns?: boolean } = {},
): Set<string> {
  const out = new Set<string>();
  const pieces = how === 'stated' ? text.split(/(?<=[.;!?,:])\s+/) : [text];
  for (const piece of pieces) {
    // (Of `all`, only figures of all there are: not one per page, per user or per day; of `one`,
    // only figures for one of something.)
    if (of === 'all' && (FOR_ONE_OR_A_TIME.test(spelledOut(piece)) || forOne(piece))) continue;
    if (of === 'one' && !forOne(piece)) continue;
    // (A measure noun alone, "gps interval?", names the measure too loosely to say an answer states another.)
    // (Unless the question is only a measure noun and its subject, "sms share?": then the noun is its measure.)
    const measures = (how === 'stated' ? statedIn(piece) : propertiesOf(piece, { nouns })).filter((p) => PROFILED.has(p));
    if (measures.length === 0) continue;
    for (const m of measures) for (const s of subjects(piece, how, related)) out.add(`${m} ${s}`);
  }
  return out;
}

const TIMES = '(day|second|minute|hour|week|month|year)s?';
/** A figure for one of something: "a page has 50 links on average", "no user gets more than 3 pushes". */
export const FOR_ONE = new RegExp(
  String.raw`\b(per|every) (?!${TIMES}\b)\w+|\b(each|average|averaging|typical|typically)\b|\b(does|do|can|will|could|should|may) (a|an|one|each|every|the average|a typical|a single) \w+|\b(no|one|each|every|any|a|an) \w+ (gets|has|have|can|may|sends|receives|makes|follows|carries|holds)\b`,
);
const ONE = new Set(['a', 'an', 'one', 'each', 'every', 'no', 'any']);

/**
 * Whether a text gives a figure for one of something: by its words (FOR_ONE), or a clause whose
 * subject is one thing ("a daily player finishes about 10 matches", "no user gets more than 3").
 */
export function forOne(text: string): boolean {
  const said = spelledOut(text);
  if (FOR_ONE.test(said)) return true;
  const ts = tokens(said);
  for (let i = 0; i < ts.length; i++) {
    if (!ONE.has(ts[i]!.text)) continue;
    let k = i + 1;
    while (k < ts.length && ts[k]!.pos === 'ADJ') k++;
    if (k === i + 1 && ts[k]?.pos !== 'NOUN') continue;
    while (k < ts.length && isNoun(ts[k]!)) k++;
    if (k > i + 1 && isNoun(ts[k - 1]!) && (ts[k]?.pos === 'VERB' || ts[k]?.pos === 'AUX')) return true;
  }
  return false;
}

/** ...or per span of time: "5 documents a day". */
export const FOR_ONE_OR_A_TIME = new RegExp(`${FOR_ONE.source}|\\b(per|a|an|each|every) ${TIMES}\\b|\\b(daily|weekly|monthly|on a given day)\\b`);

/** Marks a subject guessed from all of a question's nouns. */
const LOOSE = '~';

/** The things a profile measures. */
export const subjectsOf = (profile: Iterable<string>): Set<string> => new Set([...profile].map((k) => k.slice(k.indexOf(' ') + 1).replace(LOOSE, '')));

/** The keys of a profile without the marks of a guess, for an answer's side, which states its own subjects. */
export const unmarked = (profile: Iterable<string>): Set<string> => new Set([...profile].map((k) => k.replace(LOOSE, '')));
