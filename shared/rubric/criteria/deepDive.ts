import type { Evidence } from '../report';
import { promptExample } from '../examples';
import { cite, credited, failureRaised, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { found, missing, type Part } from '../rule';
import { mentions } from '../../text/mentions';
import { topicOf as groundedTopic } from '../grounding/ground';
import { keywords, overlap } from '../text';
import { contentLemmas, tokens } from '../../text/normalise';
import { spellOut } from '../claims/abbreviations';
import type { DeepDiveClaim, GroundedClaim } from '../claims/claim';
import { unsoundness } from '../grounding/soundness';

/** A topic's name: the words before its colon ("Code generation: length from…" → "Code generation"). */
function topicName(topic: string): string {
  const colon = topic.indexOf(':');
  return colon === -1 ? topic : topic.slice(0, colon);
}

/**
 * How closely a deep dive's words follow a topic: the share of the topic's name it uses, plus a
 * little for each word of the description (what a strong answer covers). On the topic from 0.5:
 * half the name, or three words of the description.
 */
function closeness(text: string, topic: string): number {
  const said = keywords(text);
  const name = keywords(topicName(topic));
  return (name.size === 0 ? 0 : overlap(said, name) / name.size) + overlap(said, keywords(topic)) / 6;
}

/** The topic a deep dive is on, if any: the closest one, so one dive never counts for two topics. */
function topicOf(text: string, topics: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = 0.5;
  for (const topic of topics) {
    const score = closeness(text, topic);
    if (score >= bestScore) [best, bestScore] = [topic, score];
  }
  return best;
}

/** Words that only say a choice was made: "use Redis" names a product, it does not decide how. */
const CHOOSING = new Set(['use', 'using', 'go', 'pick', 'choose', 'add', 'have', 'do', 'make', 'it']);

/** Words that give a decision its why: a reason, a consequence or the option it beat. */
const REASONS = new Set(['because', 'since', 'so', 'therefore', 'thus', 'hence', 'avoid', 'prevent', 'ensure', 'guarantee', 'instead', 'rather', 'vs', 'versus', 'otherwise', 'unless', 'against', 'than', 'compare', 'cost', 'tradeoff', 'trade', 'mean', 'keep', 'until', 'if', 'when']);

/**
 * How far a deep dive decides, as an interviewer hears it: "reasoned" names how it works and why
 * (a reason, a consequence, a number or the option it beat); "named" says how it works but not
 * why; "none" is a few words, a product name or the topic restated ("Use Redis", "Generate the codes").
 */
export function depthOf(topic: string, text: string): 'reasoned' | 'named' | 'none' {
  const plain = spellOut(text);
  const own = new Set(contentLemmas(topic));
  const substance = contentLemmas(plain).filter((w) => !own.has(w) && !CHOOSING.has(w));
  if (substance.length < 2) return 'none';
  const mechanism = mentions(plain).some((m) => m.type === 'technique' || m.type === 'kind') || substance.length >= 6;
  if (!mechanism) return 'none';
  const ts = tokens(plain);
  const why = ts.some((t) => t.number || REASONS.has(t.lemma)) || /->|→|=>|[:;]\s*\S/.test(text);
  return why ? 'reasoned' : 'named';
}

const rule: Criterion['rule'] = ({ record: r, g }) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const dives = credited(g.deepDives);
  const freeText = r.state.phases.filter((p) => p.kind === 'deep-dive').map((p) => r.state.notes[p.id]?.trim() ?? '').find((t) => t !== '' && groundedTopic(t, r.prompt) !== 'off');
  for (const x of g.deepDives.filter((x) => x.credit === 'none')) evidence.push(cite(x, `${x.claim.topic}: ${x.claim.text}`));
  if (dives.length === 0) {
    evidence.push(missing(freeText ? 'Deep-dive notes, but no component with a decision.' : 'No deep dive was written.'));
    const example = promptExample(r.prompt, { of: 'deep-dive' });
    tips.push(`Pick the hardest part of this design${example ? `, such as ${example},` : ''} go deep on it and write what you decided.`);
    const parts: Part[] = [{ met: Boolean(freeText), has: 'deep-dive notes', lacks: 'no deep dive' }, { met: !freeText, has: '', lacks: 'no component with a decision' }];
    return { points: freeText ? 1 : 0, evidence, parts, tips, notCounted: notCounted(g.deepDives) };
  }
  const decided = dives.filter((x) => x.claim.topic.trim() !== '' && x.claim.text.trim() !== '');
  // A confident decision that is wrong for this problem looked at the part but decided nothing a design can keep.
  const unsound = new Map(decided.map((x) => [x, unsoundness(`${x.claim.topic}: ${x.claim.text}`, r.prompt)] as const).filter(([, why]) => why !== undefined));
  const depthOfDive = new Map<GroundedClaim<DeepDiveClaim>, ReturnType<typeof depthOf>>(decided.map((x) => [x, unsound.has(x) ? 'none' : depthOf(x.claim.topic, x.claim.text)]));
  const deciding = decided.filter((x) => depthOfDive.get(x) !== 'none');
  for (const x of dives) {
    const d = depthOfDive.get(x);
    const text = `${x.claim.topic}: ${x.claim.text}`;
    if (d === 'reasoned') evidence.push(cite(x, text));
    else evidence.push(cite({ ...x, credit: 'partial', reason: unsound.get(x) ?? (d === 'named' ? 'says how, not why: add the reason or the numbers' : d === 'none' ? 'no mechanism and reason: a few words or a product name decide nothing' : 'no decision') }, text));
  }
  const wrong = [...unsound.entries()][0];
  if (wrong) tips.push(`Rethink "${wrong[0].claim.topic}": ${wrong[1]!.replace(/^unsound: /, '')}.`);
  let points = 1;
  if (decided.length === 0) tips.unshift('Write what you decided about the component, not only which one you looked at.');
  else if (deciding.length === 0) tips.unshift('Say how the part you chose works and why, not only its name: the mechanism and the reason (a number, a quality, the option it beat).');

  const topics = r.prompt.deepDives;
  // Per topic, the deepest dive on it: one dive never counts for two topics.
  const covered = new Map<string, 'reasoned' | 'named'>();
  for (const x of deciding) {
    const topic = topicOf(`${x.claim.topic} ${x.claim.text}`, topics);
    const d = depthOfDive.get(x) as 'reasoned' | 'named';
    if (topic === undefined || covered.get(topic) === 'reasoned') continue;
    if (!covered.has(topic)) evidence.push(found('note', `On topic: ${topicName(topic)}`, x.claim.source.t, x.claim.source.ref));
    covered.set(topic, d);
  }
  const reasonedOff = deciding.filter((x) => depthOfDive.get(x) === 'reasoned').length;
  const reasoned = topics.length === 0 ? reasonedOff : [...covered.values()].filter((d) => d === 'reasoned').length;
  const reach = topics.length === 0 ? deciding.length : covered.size;
  // A reasoned decision on a topic this problem turns on: 3. One that says how but not why, or a
  // reasoned one off the hard topics ("use Stripe" in a ride-hailing dive decides little): 2.
  if (reasoned >= 1) points += 2;
  else if (reach >= 1 || (topics.length === 0 && reasonedOff > 0)) points += 1;
  if (reasoned >= 2) points += 1;
  const left = topics.filter((t) => !covered.has(t)).map(topicName);
  if (reach < 2 && left.length > 0) tips.push(`Go deep on ${left.slice(0, 2).join(' or ')}: that is where this problem is hard.`);
  else if (reach < 2) tips.push('Go deep on a second part of the design and end with a decision.');
  if (reach >= 1 && reasoned === 0) tips.unshift('Say why you chose it: the reason, the numbers or the option it beat.');
  const parts: Part[] = [
    { met: true, has: dives.length === 1 ? 'a deep dive' : `${dives.length} deep dives`, lacks: '' },
    { met: deciding.length > 0, has: 'with a decision', lacks: decided.length > 0 ? 'no decision with its mechanism and reason' : 'no decision written' },
    ...(topics.length > 0
      ? [
          { met: reach >= 1, has: reach >= 2 ? `${reach} on topics this problem turns on` : 'one on a topic this problem turns on', lacks: deciding.length > 0 ? 'none on a topic this problem turns on' : '' },
          { met: reach === 0 || reasoned >= 1, has: '', lacks: 'no reason given for the decision on it' },
          { met: reach === 0 || reasoned !== 1, has: '', lacks: 'no second topic decided with its reason' },
        ]
      : [{ met: reach !== 1, has: '', lacks: 'only one decided' }]),
  ];
  const concrete = deciding.some((x) => mentions(x.claim.text).some((m) => m.type === 'technique' || m.type === 'kind'));
  const depth: Depth[] = [
    { level: 'senior', met: concrete, has: 'a decision with a mechanism', lacks: 'no decision names a mechanism', tip: 'End the deep dive with the mechanism you chose (a lease, a queue, a cache policy, a shard key) and why.' },
    { level: 'staff', met: failureRaised(g), has: 'failure modes covered', lacks: 'no failure mode raised unasked', tip: 'In the deep dive, say what fails (a node, a region, a provider) and how the design keeps working, before anyone asks.' },
  ];
  return { points, evidence, parts, tips, depth, notCounted: notCounted(g.deepDives) };
};

export const deepDive: Criterion = {
  id: 'deep-dive',
  name: 'Deep dive',
  weight: 1,
  levels: ladders(['No deep dive.', 'A component looked at, without a clear decision.', 'A deep dive with a decision.'], {
    mid: ['A deep dive on a topic that matters for this problem, with a decision.', 'Deep dives on two of the topics that matter, each ending in a decision.'],
    senior: ['A deep dive on a topic that matters, but its decision names no mechanism.', 'Deep dives on two topics that matter, each ending in a concrete mechanism.'],
    staff: ['Deep dives that decide, but silent on what fails.', 'Deep dives on the hard topics that weigh options and cover failure modes, unasked.'],
  }),
  tips: ['Pick the hardest component and go deep on it.', 'Write down what you decided about it.', 'Choose a topic that is hard for this problem, not a generic one.', 'Go deep on a second topic that matters for this problem.'],
  explained: [
    'Deep dives count when they are about this prompt.',
    'A component looked at: 1 point. A decision counts only with its mechanism (a technique or component, or how it works in a few words); a few words, a product name ("use Redis") or the topic restated decide nothing.',
    "A decision on one of the prompt's deep-dive topics that says how but not why: 1 more (2). With its reason, a number or the option it beat: 2 more (3). A second topic decided with its reason: 1 more (4).",
    "A reasoned decision on none of the prompt's topics earns no more than the component looked at.",
    'A decision the knowledge base knows to be unsound for this problem earns nothing for the decision, however confident: last writer wins where no edit may be lost, a partition key many writes share (a metric name alone, a day), every instance polling the same rows.',
    'Senior also expects a decision that names a mechanism; staff failure modes raised unasked.',
  ],
  rule,
};
