import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { promptExample } from '../examples';
import { against, found, missing, type Part, type Rule } from '../rule';

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
  const n = complete.length;
  if (n === 0) evidence.push(missing('No trade-off with all three parts.'));
  if (concerns.length > 0 && n > 0) points += 1;
  else if (concerns.length === 0) {
    evidence.push(missing('No risk or open question.'));
    tips.push('List a risk or an open question you would chase next.');
  }
  if (n < 3) {
    const example = n === 0 ? promptExample(r.prompt, { of: 'tradeoff' }) : undefined;
    const which = ['one', 'a second', 'a third'][n]!;
    tips.splice(n === 0 && written.length === n ? 0 : tips.length, 0, `Write ${which} trade-off with all three parts: what you chose, what you gave up and why${example ? `, such as ${example}` : ''}.`);
  }
  const parts: Part[] = [
    { met: n > 0, has: n === 1 ? 'one complete trade-off' : `${n} complete trade-offs`, lacks: 'no complete trade-off' },
    { met: n === 0 || n >= 3, has: '', lacks: n === 1 ? 'no second one' : 'no third one' },
    { met: concerns.length > 0, has: 'risks or open questions', lacks: 'no risk or open question' },
  ];
  return { points, evidence, parts, tips };
};
