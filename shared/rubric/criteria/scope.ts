import type { Evidence } from '../report';
import { Quality } from '../../notes/item';
import { mentions } from '../../text/mentions';
import { cite, credited, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { promptExample } from '../examples';
import { against, clock, listed, missing, type Part } from '../rule';
import type { RequirementClaim } from '../claims/claim';

/** The quality a requirement is about: as tagged, else as its words say ("p99", "never down"). */
function qualityOf(c: RequirementClaim): Quality | undefined {
  if (c.quality) return c.quality;
  const q = mentions(c.text).find((m) => m.type === 'quality');
  return q?.type === 'quality' ? q.name : undefined;
}

export const scope: Criterion = {
  id: 'scope',
  name: 'Scope',
  weight: 1,
  levels: ladders(['No requirement on topic was written.', 'A few requirements, or boxes drawn before the problem was pinned down.', 'Functional requirements and at least one quality with a measurable target.'], {
    mid: ['The main features, quality targets across three qualities, and questions or an out-of-scope list.', 'A clear scope set before drawing: the features, measurable targets and the boundary.'],
    senior: ['Features, measurable targets across several qualities and the boundary probed, but fewer than four qualities.', 'A crisp scope before any drawing: what it does, what it leaves out, targets across four or more qualities.'],
    staff: ['A crisp scope, but without an explicit out-of-scope list or three measured targets.', 'A crisp scope driven by the candidate: an explicit out-of-scope list, four or more qualities, three or more with numbers.'],
  }),
  tips: [
    'Before drawing, write two or three things the system must do.',
    'Add a quality requirement with a number: a latency or availability target.',
    'Cover more qualities and write what is out of scope.',
    'Tag requirements across at least four qualities and settle scope before the first box.',
  ],
  explained: [
    'Requirements count only when they are about this prompt (by its reference and wording); off-topic ones are listed as not counted.',
    'A functional requirement on topic: 1 point.',
    'A quality requirement with a measurable target (a number): 1 point; qualities across three or more, one of them measured: 1 more. A quality without a number counts toward the qualities covered, never for a point alone.',
    'A clarifying question or an out-of-scope list: 1 point.',
    'Without a single quality measured the score stops at 1: requirements that pin nothing down are only a few requirements, however many questions were asked.',
    'A box drawn before any requirement was written costs a point.',
    'Senior also expects four or more qualities; staff an explicit out-of-scope list and three qualities with numbers.',
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    let points = 0;
    const reqs = g.requirements;
    const functional = credited(reqs).filter((x) => x.claim.type === 'functional' && !x.claim.outOfScope);
    for (const x of reqs.filter((x) => x.claim.type === 'functional' && !x.claim.outOfScope)) evidence.push(cite(x, x.claim.text));
    const hasFunctional = functional.length > 0;
    if (hasFunctional) points += functional.some((x) => x.credit === 'full') ? 1 : 0.5;
    else evidence.push(missing('No functional requirement on topic was written.'));

    const kinds = new Set<Quality>();
    const measured = new Set<Quality>();
    for (const x of reqs.filter((x) => x.claim.type === 'quality' && !x.claim.outOfScope)) {
      const q = qualityOf(x.claim);
      if (x.credit === 'none') {
        evidence.push(cite(x, x.claim.text));
        continue;
      }
      if (q === undefined) {
        evidence.push(against('note', `${x.claim.text} (no quality named)`, x.claim.source.t, x.claim.source.ref));
        continue;
      }
      kinds.add(q);
      if (x.credit === 'full') measured.add(q);
      evidence.push(cite(x, `${q}: ${x.claim.text}`));
    }
    if (measured.size >= 1) points += 1;
    if (kinds.size >= 3 && measured.size >= 1) points += 1;
    const uncovered = Quality.options.filter((q) => !kinds.has(q));
    // The prompt's own target for the first of these qualities it states one for, as a tip's example.
    const suchAs = (qualities: readonly Quality[]) => {
      const example = qualities.map((q) => ({ q, text: promptExample(r.prompt, { of: 'quality', quality: q }) })).find((e) => e.text !== undefined);
      return example ? `, such as "${example.text!}" (${example.q})` : '';
    };
    const such = suchAs(uncovered);
    if (kinds.size === 0) {
      evidence.push(missing('No quality requirement with a target.'));
      tips.push(`Add a quality requirement with a number${such || ', such as a latency or availability target'}.`);
    } else if (measured.size === 0) {
      // The example is a target for a quality already written, not for another one.
      tips.push(`Put a number on ${listed([...kinds])}: a target someone could measure${suchAs([...kinds])}.`);
    } else if (kinds.size < 3) {
      tips.push(`You covered ${listed([...kinds])}; add targets for ${listed(uncovered.slice(0, 3), 'or')}${such}.`);
    }

    const boundary = [...credited(g.questions), ...credited(reqs).filter((x) => x.claim.outOfScope)];
    for (const x of g.questions) evidence.push(cite(x, x.claim.source.text));
    for (const x of reqs.filter((x) => x.claim.outOfScope)) evidence.push(cite(x, `out of scope: ${x.claim.text}`));
    const outOfScope = credited(reqs).some((x) => x.claim.outOfScope);
    if (boundary.length > 0) points += 1;
    else {
      evidence.push(missing('No clarifying question and nothing marked out of scope.'));
      tips.push('Ask what is in and out of scope, and write the out-of-scope list down.');
    }
    // The second rung is features with a target someone could measure: questions asked around
    // requirements that pin down nothing ("fast", "scalable") are still "a few requirements".
    if (measured.size === 0) points = Math.min(points, 1);

    const drewFirst = r.firstShape !== null && (r.firstRequirementT === null || r.firstShape.t < r.firstRequirementT);
    if (drewFirst) {
      points -= 1;
      evidence.push(against('moment', `A box was drawn at ${clock(r.firstShape!.t)}, before any requirement was written`, r.firstShape!.t, r.firstShape!.id));
      tips.unshift('Write the requirements before drawing the first box: the design should follow from them.');
    }
    if (!hasFunctional) tips.unshift('Before drawing, write two or three things the system must do, in the words of this problem.');
    const n = kinds.size;
    const parts: Part[] = [
      { met: hasFunctional, has: 'functional requirements', lacks: 'no functional requirement on topic' },
      { met: n >= 1, has: `targets for ${n === 1 ? 'one quality' : `${n} qualities`} (${[...kinds].join(', ')})`, lacks: 'no quality target' },
      { met: n === 0 || measured.size > 0, has: '', lacks: 'no target with a number' },
      { met: n === 0 || n >= 3, has: '', lacks: 'fewer than three qualities' },
      { met: boundary.length > 0, has: 'questions or an out-of-scope list', lacks: 'no question asked and nothing out of scope' },
      { met: !drewFirst, has: '', lacks: 'a box drawn before any requirement' },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: n >= 4, has: 'four or more qualities', lacks: 'fewer than four qualities', tip: `Cover four or more qualities with targets; ${listed(uncovered.slice(0, 2), 'or')} are missing${such}.` },
      { level: 'staff', met: outOfScope && measured.size >= 3, has: 'an out-of-scope list and three measured targets', lacks: outOfScope ? 'fewer than three targets with numbers' : 'no explicit out-of-scope list', tip: outOfScope ? 'Put numbers on three or more quality targets: at staff the scope is measurable.' : 'Write what you leave out, unasked: at staff the boundary is yours to set.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted([...reqs, ...g.questions]) };
  },
};
