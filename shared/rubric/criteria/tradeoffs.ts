import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { against, found, missing, type Rule } from '../rule';

/** Complete trade-offs (chose, gave up, because): one, two, three or more; risks or open questions add one. */
export const tradeoffs: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const written = itemsOf(r, 'tradeoff').filter((i) => [i.body.chose, i.body.gaveUp, i.body.because].some((s) => s.trim() !== ''));
  const complete = written.filter((i) => [i.body.chose, i.body.gaveUp, i.body.because].every((s) => s.trim() !== ''));
  for (const i of written) {
    const { chose, gaveUp, because } = i.body;
    const text = `chose ${chose || '?'}, gave up ${gaveUp || '?'}, because ${because || '?'}`;
    evidence.push(complete.includes(i) ? found('note', text, i.addedT, i.id) : against('note', `${text} (incomplete)`, i.addedT, i.id));
  }
  if (complete.length < written.length) tips.push('Complete every trade-off: what you chose, what you gave up, and why.');
  const concerns = [...itemsOf(r, 'risk'), ...itemsOf(r, 'open-question')].filter((i) => i.body.text.trim() !== '');
  for (const i of concerns) evidence.push(found('note', `${i.body.list === 'risk' ? 'risk' : 'open question'}: ${i.body.text}`, i.addedT, i.id));

  let points = Math.min(complete.length, 3);
  if (complete.length === 0) evidence.push(missing('No trade-off with all three parts.'));
  if (concerns.length > 0 && complete.length > 0) points += 1;
  else if (concerns.length === 0) {
    evidence.push(missing('No risk or open question.'));
    tips.push('List a risk or an open question you would chase next.');
  }
  return { points, evidence, tips };
};
