import type { Evidence } from '../report';
import { kindOf, type ComponentKind } from '../../canvas/kinds';
import { itemsOf } from '../record';
import { against, found, listed, missing, type Part, type Rule } from '../rule';

/**
 * Entities named with fields (1), one with a store and a reason (1), all of them (1), and a
 * store that is the kind the prompt expects (1): a choice made, and the right sort of choice.
 */
export const dataModel: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const entities = itemsOf(r, 'entity').filter((i) => i.body.name.trim() !== '');
  if (entities.length === 0) {
    tips.push('Name the main entity, its key fields, the store it lives in and why.');
    return { points: 0, evidence: [missing('No entity was written.')], parts: [{ met: false, has: '', lacks: 'no data model' }], tips };
  }
  const complete = entities.filter((i) => i.body.store !== null && i.body.why.trim() !== '');
  for (const i of entities) {
    const { name, fields, store, why } = i.body;
    const text = `${name}${fields.trim() ? ` (${fields})` : ''}${store ? ` in ${store}` : ''}${why.trim() ? `: ${why}` : ''}`;
    evidence.push(complete.includes(i) ? found('note', text, i.addedT, i.id) : against('note', `${text} (${store === null ? 'no store' : 'no reason'})`, i.addedT, i.id));
  }
  const withFields = entities.some((i) => i.body.fields.trim() !== '');
  let points = withFields ? 1 : 0;
  if (!withFields) tips.push('List the key fields of each entity.');
  if (complete.length >= 1) points += 1;
  if (complete.length === entities.length) points += 1;
  else tips.unshift(`Give ${entities.find((i) => !complete.includes(i))!.body.name} a store and a reason.`);

  const expected = new Set<ComponentKind>(r.prompt.components.map((c) => kindOf(c.kind).kind).filter((k) => k !== 'unknown'));
  const fitting = complete.filter((i) => expected.has(kindOf(i.body.store!).kind));
  const fits = expected.size === 0 || fitting.length > 0;
  if (fits) points += 1;
  else tips.push(`Check the stores against how the data is read; this design calls for ${listed([...expected], 'or')}.`);
  const parts: Part[] = [
    { met: true, has: entities.length === 1 ? 'one entity' : `${entities.length} entities`, lacks: '' },
    { met: withFields, has: 'with fields', lacks: 'no fields listed' },
    { met: complete.length === entities.length, has: entities.length === 1 ? 'a store and a reason' : 'each with a store and a reason', lacks: complete.length === 0 ? 'no store with a reason' : 'not every entity has a store and a reason' },
    { met: fits || complete.length === 0, has: expected.size > 0 && complete.length > 0 ? 'a store that fits how the data is read' : '', lacks: 'no store of the kind this design needs' },
  ];
  return { points, evidence, parts, tips };
};
