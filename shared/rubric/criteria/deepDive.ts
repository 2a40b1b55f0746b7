import type { Evidence } from '../report';
import { promptExample } from '../examples';
import { cite, credited, failureRaised, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { found, missing, type Part } from '../rule';
import { mentions } from '../../text/mentions';
import { topicOf as groundedTopic } from '../grounding/ground';
import { keywords, overlap } from '../text';

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
  for (const x of dives) evidence.push(decided.includes(x) ? cite(x, `${x.claim.topic}: ${x.claim.text}`) : cite({ ...x, credit: 'partial', reason: 'no decision' }, `${x.claim.topic}: ${x.claim.text}`));
  let points = 1;
  if (decided.length === 0) tips.unshift('Write what you decided about the component, not only which one you looked at.');

  const topics = r.prompt.deepDives;
  const covered = new Set<string>();
  for (const x of decided) {
    const topic = topicOf(`${x.claim.topic} ${x.claim.text}`, topics);
    if (topic === undefined || covered.has(topic)) continue;
    covered.add(topic);
    evidence.push(found('note', `On topic: ${topicName(topic)}`, x.claim.source.t, x.claim.source.ref));
  }
  const reach = topics.length === 0 ? decided.length : covered.size;
  // A decision counts on a topic this problem turns on: "use Stripe" in a ride-hailing dive decides little.
  if (decided.length > 0 && (topics.length === 0 || reach >= 1)) points += 1;
  if (reach >= 1) points += 1;
  if (reach >= 2) points += 1;
  const left = topics.filter((t) => !covered.has(t)).map(topicName);
  if (reach < 2 && left.length > 0) tips.push(`Go deep on ${left.slice(0, 2).join(' or ')}: that is where this problem is hard.`);
  else if (reach < 2) tips.push('Go deep on a second part of the design and end with a decision.');
  const parts: Part[] = [
    { met: true, has: dives.length === 1 ? 'a deep dive' : `${dives.length} deep dives`, lacks: '' },
    { met: decided.length > 0, has: 'with a decision', lacks: 'no decision written' },
    ...(topics.length > 0
      ? [
          { met: reach >= 1, has: reach >= 2 ? `${reach} on topics this problem turns on` : 'one on a topic this problem turns on', lacks: decided.length > 0 ? 'none on a topic this problem turns on' : '' },
          { met: reach !== 1, has: '', lacks: 'no second topic' },
        ]
      : [{ met: reach !== 1, has: '', lacks: 'only one decided' }]),
  ];
  const concrete = decided.some((x) => mentions(x.claim.text).some((m) => m.type === 'technique' || m.type === 'kind'));
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
    "A component looked at: 1 point; a decision about it, on one of the prompt's deep-dive topics: 1 more.",
    "On one of the prompt's deep-dive topics: 1 point; on a second: 1 more.",
    'Senior also expects a decision that names a mechanism; staff failure modes raised unasked.',
  ],
  rule,
};
