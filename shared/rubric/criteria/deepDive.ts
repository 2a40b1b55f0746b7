import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { promptExample } from '../examples';
import { against, found, missing, type Part, type Rule } from '../rule';
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

/**
 * A component looked at (1), with a decision (1), on one of the prompt's deep-dive topics (1),
 * and on a second one (1). A prompt without topics asks for a second deep dive instead.
 */
export const deepDive: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const dives = itemsOf(r, 'deep-dive').filter((i) => i.body.component.trim() !== '' || i.body.decision.trim() !== '');
  const freeText = r.state.phases.filter((p) => p.kind === 'deep-dive').map((p) => r.state.notes[p.id]?.trim() ?? '').find((t) => t !== '');
  if (dives.length === 0) {
    evidence.push(missing(freeText ? 'Deep-dive notes, but no component with a decision.' : 'No deep dive was written.'));
    const example = promptExample(r.prompt, { of: 'deep-dive' });
    tips.push(`Pick the hardest part of this design${example ? `, such as ${example},` : ''} go deep on it and write what you decided.`);
    const parts: Part[] = [{ met: Boolean(freeText), has: 'deep-dive notes', lacks: 'no deep dive' }, { met: !freeText, has: '', lacks: 'no component with a decision' }];
    return { points: freeText ? 1 : 0, evidence, parts, tips };
  }
  const decided = dives.filter((i) => i.body.component.trim() !== '' && i.body.decision.trim() !== '');
  for (const i of dives) {
    const text = `${i.body.component}: ${i.body.decision}`;
    evidence.push(decided.includes(i) ? found('note', text, i.addedT, i.id) : against('note', `${text} (no decision)`, i.addedT, i.id));
  }
  let points = 1;
  if (decided.length > 0) points += 1;
  else tips.unshift('Write what you decided about the component, not only which one you looked at.');

  const topics = r.prompt.deepDives;
  const covered = new Set<string>();
  for (const i of decided) {
    const topic = topicOf(`${i.body.component} ${i.body.decision}`, topics);
    if (topic === undefined || covered.has(topic)) continue;
    covered.add(topic);
    evidence.push(found('note', `On topic: ${topicName(topic)}`, i.addedT, i.id));
  }
  const reach = topics.length === 0 ? decided.length : covered.size;
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
  return { points, evidence, parts, tips };
};
