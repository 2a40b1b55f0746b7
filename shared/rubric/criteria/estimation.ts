import type { Evidence } from '../report';
import type { EstimateTag } from '../../estimate/pad';
import { tagLabel } from '../../estimate/compare';
import { against, found, listed, missing, type Part, type Rule } from '../rule';

/** The estimates a design is sized from; 'other' lines count as numbers but not as a kind covered. */
const KEY_TAGS = new Set<EstimateTag>(['write-qps', 'read-qps', 'peak-qps', 'storage', 'bandwidth', 'read-write-ratio']);

/**
 * Named estimates (1, and 1 more for three kinds), conclusions tied to their lines (1, and 1
 * more for two): numbers that decide nothing top out at 2. An estimate beyond 10x from the
 * prompt's reference figure costs a point.
 */
export const estimation: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const lines = r.state.scratchpad.lines;
  const tOf = (id: string) => r.padT.get(id) ?? 0;

  const named = r.results.filter((x) => x.kind === 'value' && x.tag !== undefined);
  const kinds = new Set<EstimateTag>();
  for (const x of named) {
    if (x.kind !== 'value' || x.tag === undefined) continue;
    const line = lines[x.line - 1]!;
    if (KEY_TAGS.has(x.tag)) kinds.add(x.tag);
    evidence.push(found('estimate', `${line.text} = ${x.quantity.display}`, tOf(line.id), line.id));
  }
  let points = 0;
  // The kinds still to estimate: first those the prompt holds figures for, then the rest.
  const asked = new Set(r.prompt.figures.map((f) => f.estimate).filter((t): t is EstimateTag => t !== undefined && KEY_TAGS.has(t)));
  const toDo = [...KEY_TAGS].filter((t) => !kinds.has(t)).sort((a, b) => Number(asked.has(b)) - Number(asked.has(a)));
  if (named.length === 0) {
    evidence.push(missing('No named estimate in the pad (write QPS, read QPS, storage…).'));
    tips.push(`Estimate the ${listed(toDo.slice(0, 3).map(tagLabel))} in the pad, each on a named line.`);
    return { points, evidence, parts: [{ met: false, has: '', lacks: 'no named estimate' }], tips };
  }
  points += 1;
  if (kinds.size >= 3) points += 1;
  else tips.push(`Estimate the ${listed(toDo.slice(0, 3 - kinds.size).map(tagLabel))} too${kinds.size > 0 ? `: you have the ${listed([...kinds].map(tagLabel))}` : ''}.`);

  const lineIds = new Set(lines.map((l) => l.id));
  const tied = r.state.scratchpad.conclusions.filter((c) => c.text.trim() !== '' && c.lineIds.some((id) => lineIds.has(id)));
  const loose = r.state.scratchpad.conclusions.filter((c) => c.text.trim() !== '' && !tied.includes(c));
  for (const c of tied) evidence.push(found('conclusion', c.text, tOf(c.id), c.id));
  for (const c of loose) evidence.push(against('conclusion', `${c.text} (not tied to any line)`, tOf(c.id), c.id));
  if (tied.length >= 1) points += 1;
  if (tied.length >= 2) points += 1;
  if (tied.length === 0) {
    evidence.push(missing('No conclusion tied to an estimate: the numbers decide nothing.'));
    tips.unshift('Add a conclusion to your key number and tie it to its line: what does it decide?');
  }

  // A ratio worked out from the read and write lines is judged through those lines, not twice.
  const flagged = r.comparisons.filter((c) => c.kind === 'compared' && c.verdict === 'flagged' && c.taken !== 'ratio');
  for (const c of flagged) {
    if (c.kind !== 'compared') continue;
    const line = lines[c.line - 1]!;
    evidence.push(against('estimate', c.message, tOf(line.id), line.id));
  }
  // 'other' figures only match a line of the same name, which nobody types; they would be noise here.
  for (const c of r.comparisons) if (c.kind === 'not-estimated' && c.tag !== 'other') evidence.push(missing(`Not estimated: ${c.message}.`));
  if (flagged.length > 0) {
    points -= 1;
    tips.unshift('Recheck the flagged estimate: it is more than 10 times off the usual figure, and the design rests on it.');
  } else if (tied.length === 1) {
    tips.push('Tie a second conclusion to its lines: what else do the numbers decide?');
  }
  const parts: Part[] = [
    { met: true, has: named.length === 1 ? 'one named estimate' : `${named.length} named estimates`, lacks: '' },
    { met: kinds.size >= 3, has: `covering ${[...kinds].map(tagLabel).join(', ')}`, lacks: kinds.size === 0 ? 'none of the key figures' : `only the ${[...kinds].map(tagLabel).join(', ')}` },
    { met: tied.length >= 1, has: tied.length === 1 ? 'one conclusion resting on them' : `${tied.length} conclusions resting on them`, lacks: 'no conclusion tied to a line' },
    { met: tied.length !== 1, has: '', lacks: 'no second conclusion' },
    { met: flagged.length === 0, has: '', lacks: flagged.length === 1 ? 'one estimate more than 10 times off' : `${flagged.length} estimates more than 10 times off` },
  ];
  return { points, evidence, parts, tips };
};
