import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { promptExample } from '../examples';
import { against, found, missing, type Part, type Rule } from '../rule';

/** Counted bottlenecks (those with a remedy): one, two, both scales, three or more. A bottleneck alone does not count. */
export const bottlenecks: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const all = itemsOf(r, 'bottleneck').filter((i) => i.body.what.trim() !== '');
  const remedied = all.filter((i) => i.body.remedy.trim() !== '');
  for (const i of all) {
    const { scale, what, remedy } = i.body;
    evidence.push(
      remedied.includes(i)
        ? found('note', `${scale}: ${what} → ${remedy}`, i.addedT, i.id)
        : against('note', `${scale}: ${what} (no remedy, so it does not count)`, i.addedT, i.id),
    );
  }
  if (remedied.length < all.length) tips.push('Give every bottleneck its remedy; one without a fix does not count.');
  if (remedied.length === 0) {
    evidence.push(missing('No bottleneck with a remedy.'));
    tips.push('Say what breaks first at 10x the load, and how you would fix it.');
    return { points: 0, evidence, parts: [{ met: false, has: '', lacks: 'no bottleneck with a remedy' }], tips };
  }
  const scales = new Set(remedied.map((i) => i.body.scale));
  let points = 1;
  if (remedied.length >= 2) points += 1;
  if (scales.size === 2) points += 1;
  else tips.push(`Look at ${scales.has('10x') ? '100x' : '10x'} too: what breaks there, and the fix.`);
  if (remedied.length >= 3) points += 1;
  else {
    const example = promptExample(r.prompt, { of: 'bottleneck', besides: all.flatMap((i) => [i.body.what, i.body.remedy]) });
    tips.push(`Find ${remedied.length === 1 ? 'a second' : 'a third'} bottleneck and its remedy${example ? `, such as ${example}` : ''}.`);
  }
  const n = remedied.length;
  const parts: Part[] = [
    { met: true, has: n === 1 ? 'one bottleneck with a remedy' : `${n} bottlenecks with remedies`, lacks: '' },
    { met: scales.size === 2, has: 'both 10x and 100x looked at', lacks: `only ${[...scales][0]!} looked at` },
    { met: n >= 3, has: '', lacks: n === 1 ? 'no second one' : 'no third one' },
  ];
  return { points, evidence, parts, tips };
};
