import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { against, found, missing, type Part, type Rule } from '../rule';

/** Operations written (1, and 1 more for two), the main path marked (1), every operation with a purpose (1). */
export const api: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const ops = itemsOf(r, 'operation').filter((i) => i.body.signature.trim() !== '');
  if (ops.length === 0) {
    tips.push('Write the one call a user makes most, with its inputs and outputs.');
    return { points: 0, evidence: [missing('No API operation was written.')], parts: [{ met: false, has: '', lacks: 'no API written' }], tips };
  }
  for (const i of ops) {
    const text = `${i.body.main ? '[main] ' : ''}${i.body.signature}${i.body.purpose.trim() ? ` (${i.body.purpose})` : ''}`;
    evidence.push(i.body.purpose.trim() ? found('note', text, i.addedT, i.id) : against('note', `${text} (no purpose)`, i.addedT, i.id));
  }
  let points = ops.length >= 2 ? 2 : 1;
  if (ops.length < 2) tips.push('Write the other core operations too, with what they take and return.');
  if (ops.some((i) => i.body.main)) points += 1;
  else {
    evidence.push(missing('The main path is not marked.'));
    tips.unshift('Mark the main path: the operation the design must serve best.');
  }
  const purposed = ops.every((i) => i.body.purpose.trim() !== '');
  if (purposed) points += 1;
  else tips.push('Give every operation a purpose.');
  const parts: Part[] = [
    { met: true, has: ops.length === 1 ? 'one operation' : `${ops.length} operations`, lacks: '' },
    { met: ops.length >= 2, has: '', lacks: 'no second operation' },
    { met: ops.some((i) => i.body.main), has: 'the main path marked', lacks: 'the main path not marked' },
    { met: purposed, has: 'each with a purpose', lacks: 'not every operation has a purpose' },
  ];
  return { points, evidence, parts, tips };
};
