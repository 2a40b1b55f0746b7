import type { Evidence } from '../report';
import { cite, credited, credits, evolutionRaised, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { promptExample } from '../examples';
import { missing, type Part } from '../rule';

export const tradeoffs: Criterion = {
  id: 'tradeoffs',
  name: 'Trade-offs and risks',
  weight: 1,
  levels: ladders(['No trade-off with a reason.', 'One trade-off with what was chosen, given up and why.', 'One complete trade-off with the risks, or one and a half-made one.'], {
    mid: ['Two complete trade-offs whose reasons are weighed.', 'Three or more complete trade-offs, with risks or open questions.'],
    senior: ['Trade-offs with reasons, but none names a quality, requirement or number.', 'Three or more trade-offs whose reasons name qualities, requirements or numbers, with the risks.'],
    staff: ['Trade-offs with good reasons, but no alternative weighed with numbers or no word on evolution.', 'Alternatives weighed with numbers, the risks named, and how the design evolves, unasked.'],
  }),
  tips: ['Write one trade-off: what you chose, what you gave up and why.', 'Add a second complete trade-off.', 'List a risk or an open question.', 'Add a third trade-off with all three parts.'],
  explained: [
    'A trade-off counts fully when it says what was chosen, what was given up and why, and the reason names a quality, a requirement or a number. A vague reason, or nothing given up, earns half; no reason, or a reason that only restates the setting chosen ("retry 3 times, because 3 retries": a number alone is not a reason), earns nothing.',
    'One counted trade-off: 1 point; with a half-made second one, or with a risk or an open question on topic, 2. Two: 3 points. Three with a risk or an open question: 4.',
    'Senior also expects a reason that names a quality, requirement or number, and the risks or open questions named; staff an alternative weighed with numbers and the evolution of the design raised unasked.',
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    const ts = g.tradeoffs;
    for (const x of ts) evidence.push(cite(x, `chose ${x.claim.chose || '?'}, gave up ${x.claim.gaveUp || '?'}, because ${x.claim.because || '?'}`));
    const n = credits(ts);
    const concerns = credited(g.risks);
    for (const x of g.risks) evidence.push(cite(x, `${x.claim.open ? 'open question' : 'risk'}: ${x.claim.text}`));
    const weak = ts.find((x) => x.credit !== 'full');
    if (weak) tips.push(`Your trade-off "${weak.claim.chose || weak.claim.because || ''}": ${weak.reason ?? 'complete it'}.`);
    // The first point needs one trade-off in full; half-made ones add to it, never stand alone.
    // Two weighed trade-offs are solid work (3); the top needs a third and the risks named too.
    const whole = ts.filter((x) => x.credit === 'full').length;
    let points = whole === 0 ? 0 : n >= 2 ? 3 : n >= 1.5 ? 2 : 1;
    if (n === 0) evidence.push(missing('No trade-off with all three parts.'));
    // The risks add to one trade-off (2) and crown three (4).
    if (whole > 0 && concerns.length > 0 && (n >= 3 || n < 1.5)) points += 1;
    if (concerns.length === 0) {
      evidence.push(missing('No risk or open question.'));
      tips.push('List a risk or an open question you would chase next.');
    }
    if (n < 3) {
      const example = n === 0 ? promptExample(r.prompt, { of: 'tradeoff' }) : undefined;
      const which = ['one', 'a second', 'a third'][Math.floor(n)]!;
      tips.push(`Write ${which} trade-off with all three parts: what you chose, what you gave up and why${example ? `, such as ${example}` : ''}.`);
    }
    const numbered = ts.some((x) => x.credit === 'full' && /\d/.test(x.claim.because ?? ''));
    const parts: Part[] = [
      { met: n >= 1, has: n < 2 ? 'one complete trade-off' : `${Math.floor(n)} complete trade-offs`, lacks: 'no complete trade-off' },
      { met: n < 1 || n >= 3, has: '', lacks: n < 2 ? 'no second one' : 'no third one' },
      { met: concerns.length > 0, has: 'risks or open questions', lacks: 'no risk or open question' },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: ts.some((x) => x.credit === 'full'), has: 'a reason that names what it buys', lacks: 'no reason names a quality, requirement or number', tip: 'Give each trade-off a reason that names what it buys: a quality (latency, availability), a requirement or a number.' },
      { level: 'senior', met: concerns.length > 0, has: 'the risks named', lacks: 'no risk or open question', tip: 'Name the risk you would watch, or the open question you would chase next.' },
      { level: 'staff', met: numbered && evolutionRaised(g), has: 'alternatives weighed with numbers and the evolution covered', lacks: numbered ? 'no word on how the design evolves' : 'no alternative weighed with numbers', tip: numbered ? 'Say how the design changes as it grows: what you would do differently at 10x, and when.' : 'Weigh an alternative with numbers: what each option costs at your estimated load.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted([...ts, ...g.risks]) };
  },
};
