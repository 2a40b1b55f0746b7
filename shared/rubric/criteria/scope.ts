import type { Evidence } from '../report';
import { Quality } from '../../notes/item';
import { promptExample } from '../examples';
import { itemsOf } from '../record';
import { against, clock, found, listed, missing, type Rule } from '../rule';

const FOUR = 4;

/**
 * Requirements written (1), qualities covered (2 and 4 or more), the boundary probed with
 * questions or an out-of-scope list (1); drawing a box before any requirement costs a point.
 */
export const scope: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  let points = 0;

  const functional = itemsOf(r, 'functional').filter((i) => i.body.text.trim() !== '');
  const freeClarify = r.state.phases.filter((p) => p.kind === 'clarify').map((p) => r.state.notes[p.id]?.trim() ?? '').filter((t) => t !== '');
  for (const i of functional) evidence.push(found('note', i.body.text, i.addedT, i.id));
  const hasFunctional = functional.length > 0 || (freeClarify.length > 0 && r.firstRequirementT !== null);
  if (hasFunctional) {
    points += 1;
    if (functional.length === 0) evidence.push(found('note', freeClarify[0]!, r.firstRequirementT!));
  } else {
    evidence.push(missing('No functional requirement was written.'));
  }

  const qualities = new Set<Quality>();
  for (const i of itemsOf(r, 'non-functional')) {
    if (i.body.text.trim() === '') continue;
    if (i.body.quality === null) {
      evidence.push(against('note', `${i.body.text} (no quality tagged)`, i.addedT, i.id));
      continue;
    }
    qualities.add(i.body.quality);
    evidence.push(found('note', `${i.body.quality}: ${i.body.text}`, i.addedT, i.id));
  }
  if (qualities.size >= 1) points += 1;
  if (qualities.size >= FOUR) points += 1;
  // Only qualities not yet covered are suggested, with the prompt's own target as the example.
  const uncovered = Quality.options.filter((q) => !qualities.has(q));
  const example = uncovered.map((q) => ({ q, text: promptExample(r.prompt, { of: 'quality', quality: q }) })).find((e) => e.text !== undefined);
  const such = example ? `, such as "${example.text!}" (${example.q})` : '';
  if (qualities.size === 0) {
    evidence.push(missing('No non-functional requirement tagged with a quality.'));
    tips.push(`Add a non-functional requirement tagged with its quality${such || ', such as a latency or availability target'}.`);
  } else if (qualities.size < FOUR) {
    tips.push(`You covered ${listed([...qualities])}; add targets for ${listed(uncovered.slice(0, 3), 'or')}${such}.`);
  }

  const asked = [
    ...r.state.questions.map((q) => ({ text: q.reply.trim() ? `${q.question} (reply: ${q.reply})` : q.question, t: q.t, ref: undefined })),
    ...itemsOf(r, 'question')
      .filter((i) => i.body.text.trim() !== '')
      .map((i) => ({ text: i.body.text, t: i.addedT, ref: i.id })),
    // Paired: a question the interviewer wrote down as they answered it; one answering a question item is counted there.
    ...r.state.fromInterviewer
      .filter((m) => m.kind === 'answer' && m.note === undefined && m.question?.trim())
      .map((m) => ({ text: `${m.question!} (reply: ${m.text})`, t: m.t, ref: undefined })),
  ];
  const outOfScope = itemsOf(r, 'out-of-scope').filter((i) => i.body.text.trim() !== '');
  for (const q of asked) evidence.push(found('question', q.text, q.t, q.ref));
  for (const i of outOfScope) evidence.push(found('note', `out of scope: ${i.body.text}`, i.addedT, i.id));
  if (asked.length + outOfScope.length > 0) points += 1;
  else {
    evidence.push(missing('No clarifying question and nothing marked out of scope.'));
    tips.push('Ask what is in and out of scope, and write the out-of-scope list down.');
  }

  const drewFirst = r.firstShape !== null && (r.firstRequirementT === null || r.firstShape.t < r.firstRequirementT);
  if (drewFirst) {
    points -= 1;
    evidence.push(against('moment', `A box was drawn at ${clock(r.firstShape!.t)}, before any requirement was written`, r.firstShape!.t, r.firstShape!.id));
    tips.unshift('Write the requirements before drawing the first box: the design should follow from them.');
  }
  if (!hasFunctional) tips.unshift('Before drawing, write two or three things the system must do.');
  const n = qualities.size;
  const parts = [
    { met: hasFunctional, has: 'functional requirements', lacks: 'no functional requirement' },
    { met: n >= 1, has: `targets for ${n === 1 ? 'one quality' : `${n} qualities`} (${[...qualities].join(', ')})`, lacks: 'no quality target' },
    { met: n === 0 || n >= FOUR, has: '', lacks: `fewer than ${FOUR} qualities` },
    { met: asked.length + outOfScope.length > 0, has: 'questions or an out-of-scope list', lacks: 'no question asked and nothing out of scope' },
    { met: !drewFirst, has: '', lacks: 'a box drawn before any requirement' },
  ];
  return { points, evidence, parts, tips };
};
