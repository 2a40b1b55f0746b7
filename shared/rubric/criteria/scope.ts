import type { Evidence } from '../report';
import type { Quality } from '../../notes/item';
import { itemsOf } from '../record';
import { against, clock, found, missing, type Rule } from '../rule';

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
  if (functional.length > 0 || (freeClarify.length > 0 && r.firstRequirementT !== null)) {
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
  if (qualities.size >= 4) points += 1;
  if (qualities.size === 0) {
    evidence.push(missing('No non-functional requirement tagged with a quality.'));
    tips.push('Add a non-functional requirement tagged with its quality, such as "p99 redirect under 50 ms" (latency).');
  } else if (qualities.size < 4) {
    tips.push(`You covered ${[...qualities].join(', ')}; add targets for other qualities such as availability, durability or scale.`);
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

  if (r.firstShape && (r.firstRequirementT === null || r.firstShape.t < r.firstRequirementT)) {
    points -= 1;
    evidence.push(against('moment', `A box was drawn at ${clock(r.firstShape.t)}, before any requirement was written`, r.firstShape.t, r.firstShape.id));
    tips.unshift('Write the requirements before drawing the first box: the design should follow from them.');
  }
  return { points, evidence, tips };
};
