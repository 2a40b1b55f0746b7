import type { Evidence } from '../report';
import type { Component } from '../../canvas/analyse';
import { kindOf } from '../../canvas/kinds';
import { itemsOf, type SessionRecord } from '../record';
import { against, found, missing, type Part, type Rule } from '../rule';
import { haystack, mentions } from '../text';

type Expected = SessionRecord['prompt']['components'][number];

/** Prompts name kinds in lower case ("cdn"); a report reads better with "CDN". */
const ACRONYMS = new Set(['cdn', 'dns', 'api', 'db', 'sql', 'lb', 'llm', 'gpu']);
const named = (kind: string) => kind.replace(/[a-z]+/gi, (w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w));

/** The drawn component that stands for an expected one: by kind, or by its name or a synonym in the label. */
function drawnAs(expected: Expected, components: readonly Component[]): Component | undefined {
  const kind = kindOf(expected.kind).kind;
  const names = [expected.kind, ...expected.synonyms];
  return components.find((c) => (kind !== 'unknown' && c.kind === kind) || names.some((n) => mentions(haystack(c.label), n)));
}

/**
 * A connected diagram of labelled parts (1), expected components covered by the diagram or
 * the notes (half: 1, four fifths: 1), and a narrative that goes with it (1). Without any
 * connected diagram the score stops at 1. Expected components found nowhere are named.
 */
export const highLevel: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const { components, connections, dangling } = r.diagram;
  const labelled = components.filter((c) => c.label !== '');
  const tOf = (id: string) => r.elementT.get(id) ?? 0;
  const connected = labelled.length >= 2 && connections.length >= 1;
  let points = 0;
  if (connected) {
    points += 1;
    const arrows = `${connections.length} connection${connections.length === 1 ? '' : 's'}`;
    evidence.push(found('diagram', `${labelled.length} labelled components and ${arrows}`, Math.min(...labelled.map((c) => tOf(c.id))), labelled[0]!.id));
  } else {
    evidence.push(missing('No connected diagram: at least two labelled components joined by an arrow.'));
  }
  for (const d of dangling) evidence.push(against('diagram', `An arrow${d.label ? ` "${d.label}"` : ''} that reaches nothing at one end`, tOf(d.id), d.id));

  const expected = r.prompt.components;
  let covered = 0;
  for (const e of expected) {
    const drawn = drawnAs(e, labelled);
    if (drawn) {
      covered += 1;
      evidence.push(found('diagram', `${named(e.kind)}: "${drawn.label}"`, tOf(drawn.id), drawn.id));
    } else if ([e.kind, ...e.synonyms].some((n) => mentions(r.notesText, n))) {
      covered += 1;
      const item = r.items.find((i) => [e.kind, ...e.synonyms].some((n) => mentions(haystack(...Object.values(i.body).filter((v) => typeof v === 'string')), n)));
      evidence.push(found('note', `${named(e.kind)}: named in the notes, not drawn`, item?.addedT ?? r.endT, item?.id));
    } else {
      evidence.push(missing(`No ${named(e.kind)}, in the diagram or the notes: ${e.why}`));
    }
  }
  const share = expected.length === 0 ? (labelled.length >= 4 ? 1 : labelled.length / 4) : covered / expected.length;
  if (share >= 0.5) points += 1;
  if (share >= 0.8) points += 1;
  const absent = expected.filter((e) => !drawnAs(e, labelled)).map((e) => named(e.kind));
  if (absent.length > 0) tips.push(`Draw the ${absent.slice(0, 3).join(', ')} and connect ${absent.length === 1 ? 'it' : 'them'} to the rest.`);
  else if (share < 0.8) tips.push('Draw more of the parts the design needs and connect them.');

  const narrative = itemsOf(r, 'narrative').filter((i) => i.body.text.trim() !== '');
  for (const i of narrative) evidence.push(found('note', i.body.text, i.addedT, i.id));
  if (narrative.length > 0) points += 1;
  else {
    evidence.push(missing('No narrative walking a request through the diagram.'));
    tips.push('Add a narrative: walk one request through the diagram, step by step.');
  }
  if (!connected) {
    points = Math.min(points, 1);
    tips.unshift('Draw the design: the client, the services and the stores, joined by arrows.');
  }
  const coverage = expected.length === 0 ? `${labelled.length} labelled part${labelled.length === 1 ? '' : 's'}` : `${covered} of ${expected.length} expected components`;
  const short = covered === 0 && expected.length > 0 ? `none of the ${expected.length} expected components` : `only ${coverage}`;
  const parts: Part[] = [
    { met: connected, has: 'a connected diagram', lacks: 'no connected diagram' },
    { met: share >= 0.8, has: coverage, lacks: short },
    { met: narrative.length > 0, has: 'a narrative', lacks: 'no narrative' },
  ];
  return { points, evidence, parts, tips };
};
