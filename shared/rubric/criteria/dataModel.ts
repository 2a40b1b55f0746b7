import type { Evidence } from '../report';
import { kindOf, type ComponentKind } from '../../canvas/kinds';
import { cite, credited, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { listed, missing, type Part } from '../rule';
import { keywords, overlap } from '../text';
import { matchOneToOne } from '../match';
import { mentions } from '../../text/mentions';

/** Stores of the same family: a wide-column store is a partitioned key-value store. */
const WIDE = new Set(['key-value store', 'wide-column store']);

/** Words that say a store was picked by habit, not for the data: "familiar", "same DB", "simple". */
const HABIT = new Set(['familiar', 'know', 'known', 'knows', 'used', 'use', 'using', 'same', 'db', 'database', 'simple', 'simply', 'easy', 'easiest', 'standard', 'default', 'popular', 'common', 'good', 'best', 'fine', 'works', 'usual', 'always', 'team', 'everyone', 'just', 'relation', 'one', 'it', 'we', 'i', 'the', 'a', 'an', 'is', 'and', 'our', 'my', 'already', 'enough', 'ok', 'okay', 'nice', 'great', 'solid', 'proven', 'mature', 'choice', 'rest', 'others', 'everything', 'else', 'as', 'like', 'of']);

/**
 * Whether an entity names what it is looked up by: a key or id field (user_id, code (key), PK), a
 * partition key, or a reason that reads it "by" one of its fields ("lookups by code"). The store's
 * name "key-value store" is not a key.
 */
function hasKey(x: { claim: { key?: string; fields: readonly string[]; reason?: string; source: { text: string } } }): boolean {
  const { key, fields, reason, source } = x.claim;
  if (key !== undefined || fields.some((f) => /(^|[_\s])(id|key|pk)$/i.test(f.trim()))) return true;
  if (/\b(key|pk|primary|partition(ed)?( key)?|clustering)\b/i.test(source.text.replace(/key[- ]value/gi, ''))) return true;
  const by = /\bby (\w+)/i.exec(reason ?? '')?.[1]?.toLowerCase();
  return by !== undefined && fields.some((f) => f.toLowerCase().startsWith(by));
}

/** Words that praise a store without saying anything about the data: "fast", "scalable", "better". */
const PRAISE = new Set(['fast', 'faster', 'quick', 'quicker', 'speed', 'scalable', 'scale', 'scales', 'reliable', 'flexible', 'better', 'cheap', 'cheaper', 'modern', 'powerful', 'robust', 'relations', 'relational', 'sql', 'nosql']);

/**
 * A reason that says something about the data, rather than only the habit of using the store or
 * the store's name: "Redis", "we already use MySQL" and "fast" name a store or praise it.
 */
const reasoned = (reason: string | undefined) => {
  const stores = new Set(mentions(reason ?? '').filter((m) => m.type === 'kind').flatMap((m) => m.text.toLowerCase().split(/[^a-z0-9]+/)));
  const words = (reason ?? '').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
  return words.some((w) => !HABIT.has(w) && !PRAISE.has(w) && !stores.has(w));
};

const ACCESS = /\b(lookups?|looked up|reads?|writes?|quer(y|ies)|range|scans?|by key|by id|exact|access|joins?|sorted|append\w*|immutable|\d)/i;

export const dataModel: Criterion = {
  id: 'data-model',
  name: 'Data model',
  weight: 0.75,
  levels: ladders(['No data model on topic.', 'Entities named, without stores.', 'An entity with its store and a reason.'], {
    mid: ['Every entity has a store and a reason.', 'Every entity has fields, a store and a reason, and the stores fit the access pattern.'],
    senior: ['Stores and reasons for every entity, but no key named.', 'Every entity has fields, its key, a store and a reason, and the stores fit the access pattern.'],
    staff: ['A sound model, but the reasons do not tie the stores to how the data is read or written.', 'A model whose every store is argued from its access pattern or its numbers.'],
  }),
  tips: ['Name the main entity and its key fields.', 'Pick a store for each entity and say why.', 'Give every entity a store and a reason, not only the first.', 'Choose stores that fit how the data is read.'],
  explained: [
    'Entities count when they are about this prompt.',
    "Entities with fields: 1 point; one with a store and a reason: 1 point; every one, covering the core of what this design stores (a third of the prompt's reference entities, at least two): 1 more.",
    "A store of the kind this design needs (the prompt's components), with a key named and a reason that says how the data is read or written (or how much of it there is): 1 point, once the entities with a store and a reason cover that core (one well-chosen entity is not a data model).",
    'Each entity stands for one of the reference entities at most ("Link" is not also "Hot link").',
    'A reason counts when it says something about the data; one that only says the store is familiar, simple or the same database as the rest, names the store again ("Redis", "we already use MySQL") or praises it ("fast", "scalable") does not.',
    'Senior also expects a key named; staff a reason that ties a store to its access pattern or a number.',
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    const entities = credited(g.entities);
    if (entities.length === 0) {
      tips.push('Name the main entity, its key fields, the store it lives in and why.');
      for (const x of g.entities) evidence.push(cite(x, x.claim.name));
      evidence.push(missing('No entity on topic was written.'));
      return { points: 0, evidence, parts: [{ met: false, has: '', lacks: 'no data model' }], tips, notCounted: notCounted(g.entities) };
    }
    // A reason counts when it says something about the data: how it is read or written, how much
    // of it there is, or what it needs (transactions, expiry). "Familiar" or "same DB" is a habit, not a reason.
    const complete = entities.filter((x) => x.claim.store !== undefined && reasoned(x.claim.reason));
    for (const x of g.entities) {
      const { name, fields, store, reason } = x.claim;
      const text = `${name}${fields.length ? ` (${fields.join(', ')})` : ''}${store ? ` in ${store}` : ''}${reason ? `: ${reason}` : ''}`;
      evidence.push(complete.includes(x) || x.credit === 'none' ? cite(x, text) : cite({ ...x, credit: 'partial', reason: store === undefined ? 'no store' : (reason ?? '').trim() === '' ? 'no reason' : 'the reason says nothing about how the data is used' }, text));
    }
    const withFields = entities.some((x) => x.claim.fields.length > 0);
    let points = withFields ? 1 : 0;
    if (!withFields) tips.push('List the key fields of each entity.');
    if (complete.length >= 1) points += 1;
    // How much of what this design stores is modelled: the reference's entities matched by name or fields.
    const refs = r.prompt.reference?.entities ?? [];
    // Each entity stands for one of the reference's at most: "Link" is not also "Hot link".
    // Each side's words read once: the matching tries every pair.
    const words = new Map<object, { name: Set<string>; fields: Set<string> }>([...refs.map((e) => [e, { name: keywords(e.name), fields: keywords(e.fields.join(' ')) }] as const), ...entities.map((x) => [x, { name: keywords(x.claim.name), fields: keywords(x.claim.fields.join(' ')) }] as const)]);
    const standsFor = (e: (typeof refs)[number], x: (typeof entities)[number]) => overlap(words.get(x)!.name, words.get(e)!.name) >= 1 || overlap(words.get(x)!.fields, words.get(e)!.fields) >= 2;
    const pairs = matchOneToOne(refs, entities, standsFor);
    const modelled = refs.filter((_, i) => pairs[i] !== -1);
    // The core of what the design stores: a reference lists every entity a full answer might hold
    // (snapshots, caches, logs), and an interviewer credits the main path's, so a third of them, at
    // least two, each matched once.
    const core = Math.min(refs.length, Math.max(2, Math.ceil(refs.length / 3)));
    const enough = modelled.length >= core;
    if (complete.length === entities.length && enough) points += 1;
    else if (complete.length < entities.length) tips.unshift(`Give ${entities.find((x) => !complete.includes(x))!.claim.name} a store and a reason.`);
    else tips.push(`Model the rest of what this design stores, such as ${refs.find((e) => !modelled.includes(e))?.name ?? 'the second entity'}, with its store and reason.`);
    const expected = new Set<ComponentKind>(r.prompt.components.map((c) => kindOf(c.kind).kind).filter((k) => k !== 'unknown'));
    // Each entity the reference also has is judged against the store the reference gives it;
    // without a match, any store of a kind the design uses will do.
    // An entity is the reference's when every word of its name is in the reference entity's name.
    const namesOf = (x: (typeof complete)[number]) => refs.filter((e) => {
      const mine = keywords(x.claim.name);
      return mine.size > 0 && overlap(mine, keywords(e.name)) === mine.size;
    });
    const refOf = (x: (typeof complete)[number]) => namesOf(x)[0];
    const sameKind = (a: string, b: string) => a === b || kindOf(a).kind === kindOf(b).kind || (WIDE.has(a) && WIDE.has(b));
    const misplaced = complete.filter((x) => {
      const matches = namesOf(x);
      return matches.length > 0 && !matches.some((e) => sameKind(x.claim.store!, e.store));
    });
    const fitting = complete.filter((x) => !misplaced.includes(x) && (refOf(x) !== undefined || expected.has(kindOf(x.claim.store!).kind)));
    const fits = misplaced.length === 0 && (expected.size === 0 || fitting.length > 0);
    // The top point is for stores chosen for how the data is used: a key named and a reason that
    // names how the data is read or written (or how much of it), or the fit is luck rather than design.
    const keyed = entities.some(hasKey);
    const accessed = complete.some((x) => ACCESS.test(x.claim.reason ?? ''));
    // A ladder: the top rung (stores chosen for how the data is used) stands on the one below it,
    // entities with a store and a reason covering the core of what the design stores. One well-chosen entity is not a data model.
    const covering = matchOneToOne(refs, complete, standsFor).filter((i) => i !== -1).length >= core;
    // Without the rung below, the tip above already asks for the rest of the model.
    if (fits && keyed && accessed) points += covering ? 1 : 0;
    else if (fits && !keyed) tips.push(`Name the key of ${entities[0]!.claim.name}: what every read looks it up by.`);
    else if (fits) tips.push(`Say how ${entities[0]!.claim.name} is read and written (by key, by range, appended), so its store follows from it.`);
    else if (misplaced.length > 0) {
      const x = misplaced[0]!;
      tips.unshift(`${x.claim.name} in a ${x.claim.store!} does not fit how it is used here: ${refOf(x)!.why.replace(/\.$/, '')} (a ${refOf(x)!.store}).`);
    } else tips.push(`Check the stores against how the data is read; this design calls for ${listed([...expected], 'or')}.`);
    const argued = complete.some((x) => ACCESS.test(x.claim.reason ?? ''));
    const parts: Part[] = [
      { met: true, has: entities.length === 1 ? 'one entity' : `${entities.length} entities`, lacks: '' },
      { met: withFields, has: 'with fields', lacks: 'no fields listed' },
      { met: complete.length === entities.length, has: entities.length === 1 ? 'a store and a reason' : 'each with a store and a reason', lacks: complete.length === 0 ? 'no store with a reason' : 'not every entity has a store and a reason' },
      { met: enough, has: '', lacks: `only ${modelled.length} of the ${refs.length} entities this design stores` },
      { met: fits || complete.length === 0, has: expected.size > 0 && complete.length > 0 ? 'a store that fits how the data is read' : '', lacks: 'no store of the kind this design needs' },
      { met: !fits || accessed || complete.length === 0, has: '', lacks: 'no store argued from how its data is read or written' },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: keyed, has: 'a key named', lacks: 'no key named', tip: `Name the key of ${entities[0]!.claim.name}: what every read looks it up by.` },
      { level: 'staff', met: argued, has: 'stores argued from the access pattern', lacks: 'no store argued from its access pattern', tip: 'Argue each store from how it is read and written: exact lookups, ranges, appends, and how many per second.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted(g.entities) };
  },
};
