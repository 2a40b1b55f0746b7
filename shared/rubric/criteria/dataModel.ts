import type { Evidence } from '../report';
import { kindOf, type ComponentKind } from '../../canvas/kinds';
import { itemsOf } from '../record';
import { against, found, missing, type Rule } from '../rule';

/**
 * Entities named with fields (1), one with a store and a reason (1), all of them (1), and a
 * store that is the kind the prompt expects (1): a choice made, and the right sort of choice.
 */
export const dataModel: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const entities = itemsOf(r, 'entity').filter((i) => i.body.name.trim() !== '');
  if (entities.length === 0) return { points: 0, evidence: [missing('No entity was written.')], tips };
  const complete = entities.filter((i) => i.body.store !== null && i.body.why.trim() !== '');
  for (const i of entities) {
    const { name, fields, store, why } = i.body;
    const text = `${name}${fields.trim() ? ` (${fields})` : ''}${store ? ` in ${store}` : ''}${why.trim() ? `: ${why}` : ''}`;
    evidence.push(complete.includes(i) ? found('note', text, i.addedT, i.id) : against('note', `${text} (${store === null ? 'no store' : 'no reason'})`, i.addedT, i.id));
  }
  let points = entities.some((i) => i.body.fields.trim() !== '') ? 1 : 0;
  if (points === 0) tips.push('List the key fields of each entity.');
  if (complete.length >= 1) points += 1;
  if (complete.length === entities.length) points += 1;
  else tips.unshift(`Give ${entities.find((i) => !complete.includes(i))!.body.name} a store and a reason.`);

  const expected = new Set<ComponentKind>(r.prompt.components.map((c) => kindOf(c.kind).kind).filter((k) => k !== 'unknown'));
  const fitting = complete.filter((i) => expected.has(kindOf(i.body.store!).kind));
  if (expected.size === 0 || fitting.length > 0) points += 1;
  else tips.push(`Check the stores against how the data is read; this design calls for ${[...expected].join(', ')}.`);
  return { points, evidence, tips };
};
