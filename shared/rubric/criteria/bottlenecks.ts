import type { Evidence } from '../report';
import { itemsOf } from '../record';
import { against, found, missing, type Rule } from '../rule';

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
    return { points: 0, evidence, tips };
  }
  const scales = new Set(remedied.map((i) => i.body.scale));
  let points = 1;
  if (remedied.length >= 2) points += 1;
  if (scales.size === 2) points += 1;
  else tips.push(`Look at ${scales.has('10x') ? '100x' : '10x'} too: what breaks there, and the fix.`);
  if (remedied.length >= 3) points += 1;
  return { points, evidence, tips };
};
