import type { Evidence } from '../report';
import { cite, credited, credits, evolutionRaised, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { promptExample } from '../examples';
import { missing, type Part } from '../rule';

export const tradeoffs: Criterion = {
  id: 'tradeoffs',
  name: 'Trade-offs and risks',
  weight: 1,
  levels: ladders(['No trade-off with a reason.', 'One trade-off with what was chosen, given up and why.', 'Two complete trade-offs.'], {
    mid: ['Complete trade-offs plus the risks or open questions.', 'Three or more complete trade-offs, with risks or open questions.'],
    senior: ['Trade-offs with reasons, but none names a quality, requirement or number.', 'Three or more trade-offs whose reasons name qualities, requirements or numbers, with the risks.'],
    staff: ['Trade-offs with good reasons, but no alternative weighed with numbers or no word on evolution.', 'Alternatives weighed with numbers, the risks named, and how the design evolves, unasked.'],
  }),
  tips: ['Write one trade-off: what you chose, what you gave up and why.', 'Add a second complete trade-off.', 'List a risk or an open question.', 'Add a third trade-off with all three parts.'],
  explained: [
    'A trade-off counts fully when it says what was chosen, what was given up and why, and the reason names a quality, a requirement or a number. A vague reason, or nothing given up, earns half; no reason earns nothing.',
    'Counted trade-offs: 1 point each, up to 3. A risk or an open question on topic: 1 more.',
    'Senior also expects a reason that names a quality, requirement or number; staff an alternative weighed with numbers and the evolution of the design raised unasked.',
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
    const whole = ts.filter((x) => x.credit === 'full').length;
    let points = whole === 0 ? 0 : Math.min(3, Math.floor(n));
    if (n === 0) evidence.push(missing('No trade-off with all three parts.'));
    if (concerns.length > 0 && whole > 0) points += 1;
    else if (concerns.length === 0) {
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
      { level: 'staff', met: numbered && evolutionRaised(g), has: 'alternatives weighed with numbers and the evolution covered', lacks: numbered ? 'no word on how the design evolves' : 'no alternative weighed with numbers', tip: numbered ? 'Say how the design changes as it grows: what you would do differently at 10x, and when.' : 'Weigh an alternative with numbers: what each option costs at your estimated load.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted([...ts, ...g.risks]) };
  },
};
