import type { Evidence } from '../report';
import type { EstimateTag } from '../../estimate/pad';
import { tagLabel } from '../../estimate/compare';
import { mentions } from '../../text/mentions';
import { cite, full, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { against, listed, missing, type Part } from '../rule';
import { decidesSomething } from '../grounding/ground';

/** The estimates a design is sized from; 'other' lines count as numbers but not as a kind covered. */
const KEY_TAGS = new Set<EstimateTag>(['write-qps', 'read-qps', 'peak-qps', 'storage', 'bandwidth', 'read-write-ratio']);

/** How the prompt's own figure is worked out, for the coaching line ("10M/day ÷ 86,400"). */
const redo = (value: string) => (/\/\s*day/i.test(value) ? `redo ${value} ÷ 86,400 s a day` : `redo it from ${value}`);

export const estimation: Criterion = {
  id: 'estimation',
  name: 'Estimation',
  weight: 1,
  levels: ladders(['No estimates.', 'Some numbers, but none of them decides anything, or they are far off.', 'Estimates within reason, with one decision resting on them.'], {
    mid: ['The main rates estimated within reason, with a conclusion resting on them.', 'Rates and sizes within reason, each key number driving a design decision.'],
    senior: ['The main rates and sizes within reason, with conclusions resting on them, but no peak or storage.', 'Rates, peak and storage within reason, and the key numbers decide the design.'],
    staff: ['Numbers that decide, but none sizes a component with a figure.', 'Numbers within reason that size the parts of the design: how many, how big, and where it breaks.'],
  }),
  tips: [
    'Estimate write and read requests per second in the pad.',
    'Tie a conclusion to a line: what does this number decide?',
    'Estimate peak traffic and storage too, and conclude from each.',
    'Add a second conclusion tied to its lines.',
  ],
  explained: [
    'Estimates count wherever they are written: pad lines, shorthand notes, or sentences such as "about a billion a day, roughly 12 thousand a second, so sends go on a queue" (numbers in words or digits, with their units and rates; the clause after "so" is the conclusion). A figure with no noun of its own is matched to the prompt\'s by its value.',
    "Each estimate is judged by its distance from the prompt's figure for the same quantity: full credit within 3 times, half within 10 times, none beyond (flagged far off, with the prompt's figure shown).",
    'An estimate within reason: 1 point; three kinds of the key figures (write, read, peak, storage, bandwidth, ratio): 1 more.',
    'A conclusion counts when it rests on pad lines within reason and decides something about the design (a cache, a store, a shard count, how many machines, what to use): 1 point, and 1 more when each key figure drives one (three decisions with three or more key figures estimated, else one per figure and at least two; a conclusion with several clauses that each decide counts each).',
    'A conclusion resting on a far-off line, on no line, or deciding nothing is not counted.',
    'Without a counted conclusion the score stops at 1: numbers that decide nothing are only numbers. Each far-off estimate costs a point (at most two).',
    'Senior also expects peak or storage estimated; staff a conclusion that sizes a component with a number.',
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    const ests = g.estimates;
    const good = ests.filter((x) => x.credit !== 'none');
    const kinds = new Set<EstimateTag>(good.map((x) => x.claim.tag).filter((t): t is EstimateTag => t !== undefined && KEY_TAGS.has(t)));
    const lines = r.state.scratchpad.lines;
    // A far-off pad line is cited with the engine's own comparison sentence.
    const comparisonOf = (lineId: string | undefined) => {
      const i = lines.findIndex((l) => l.id === lineId);
      const c = r.comparisons.find((k) => k.kind === 'compared' && k.line === i + 1 && k.taken !== 'ratio');
      return c?.kind === 'compared' ? c : undefined;
    };
    for (const x of ests) {
      const c = x.flag ? comparisonOf(x.claim.line) : undefined;
      evidence.push(c ? against('estimate', c.message, x.claim.source.t, x.claim.source.ref) : cite(x, `${x.claim.source.text} = ${x.claim.display}`));
    }
    const asked = new Set(r.prompt.figures.map((f) => f.estimate).filter((t): t is EstimateTag => t !== undefined && KEY_TAGS.has(t)));
    const toDo = [...KEY_TAGS].filter((t) => !kinds.has(t)).sort((a, b) => Number(asked.has(b)) - Number(asked.has(a)));
    if (ests.length === 0) {
      evidence.push(missing('No named estimate in the pad (write QPS, read QPS, storage…).'));
      tips.push(`Estimate the ${listed(toDo.slice(0, 3).map(tagLabel))} in the pad, each on a named line.`);
      return { points: 0, evidence, parts: [{ met: false, has: '', lacks: 'no named estimate' }], tips, notCounted: notCounted(g.decisions) };
    }
    let points = 0;
    if (good.length > 0) points += good.some((x) => x.credit === 'full') ? 1 : 0.5;
    if (kinds.size >= 3) points += 1;
    else tips.push(`Estimate the ${listed(toDo.slice(0, 3 - kinds.size).map(tagLabel))} too${kinds.size > 0 ? `: you have the ${listed([...kinds].map(tagLabel))}` : ''}.`);

    const decided = full(g.decisions);
    for (const x of g.decisions) evidence.push(cite(x, x.claim.text));
    // The top is each key number driving a decision (the ladder's words): with three or more key
    // figures estimated, three decisions; with fewer, one per figure and at least two. One
    // conclusion may hold several ("230 orders/s is easy for Postgres; 1.2K views/s go through a
    // cache"): each clause that decides something counts.
    const wanted = Math.max(2, Math.min(3, kinds.size));
    const decisions = decided.reduce((n, x) => n + Math.max(1, x.claim.text.split(';').filter((c) => decidesSomething(c)).length), 0);
    const enough = decided.length >= 1 && decisions >= wanted;
    points += decided.length === 0 ? 0 : enough ? 2 : 1;
    if (decided.length === 0) {
      evidence.push(missing('No conclusion tied to an estimate: the numbers decide nothing.'));
      const loose = g.decisions.find((x) => x.credit === 'none');
      tips.unshift(loose ? `Your conclusion "${loose.claim.text}" ${loose.reason ?? 'is not counted'}: say what the number changes in the design, and tie it to its line.` : 'Add a conclusion to your key number and tie it to its line: what does it decide?');
    } else if (!enough) tips.push(`Tie a ${decided.length === 1 ? 'second' : 'third'} conclusion to its lines: what else do the numbers decide?`);

    // Numbers that decide nothing are only numbers, however many.
    if (decided.length === 0) points = Math.min(points, 1);
    const flagged = ests.filter((x) => x.flag !== undefined);
    // The engine's own comparison sentences, for the pad lines it judged.
    // A figure estimated in the notes, not on a tagged pad line, is estimated all the same.
    for (const c of r.comparisons) if (c.kind === 'not-estimated' && c.tag !== 'other' && !kinds.has(c.tag)) evidence.push(missing(`Not estimated: ${c.message}.`));
    if (flagged.length > 0) {
      points -= Math.min(2, flagged.length);
      const f = flagged[0]!.flag!;
      tips.unshift(`Your ${f.name} of ${f.display} is ${f.timesOff}x ${f.direction} the interviewer's ${f.reference.quantity?.display ?? f.reference.value}: ${redo(f.reference.value)}.`);
    }
    const sizing = decided.some((x) => /\d/.test(x.claim.text) && mentions(x.claim.text).some((m) => m.type === 'kind' || m.type === 'technique'));
    const parts: Part[] = [
      { met: good.length > 0, has: good.length === 1 ? 'one estimate within reason' : `${good.length} estimates within reason`, lacks: 'no estimate within reason' },
      { met: kinds.size >= 3, has: `covering ${[...kinds].map(tagLabel).join(', ')}`, lacks: kinds.size === 0 ? 'none of the key figures' : `only the ${[...kinds].map(tagLabel).join(', ')}` },
      { met: decided.length >= 1, has: decided.length === 1 ? 'one conclusion resting on them' : `${decided.length} conclusions resting on them`, lacks: 'no conclusion tied to a line' },
      { met: decided.length === 0 || enough, has: '', lacks: decided.length === 1 ? 'no second conclusion' : 'no third conclusion for the key figures' },
      { met: flagged.length === 0, has: '', lacks: flagged.length === 1 ? 'one estimate more than 10 times off' : `${flagged.length} estimates more than 10 times off` },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: kinds.has('peak-qps') || kinds.has('storage'), has: 'peak or storage estimated', lacks: 'no peak or storage estimate', tip: 'Estimate the peak rate and the storage over the retention period: the design is sized for those.' },
      { level: 'staff', met: sizing, has: 'a conclusion that sizes a component', lacks: 'no conclusion sizes a component with a number', tip: 'Size a component from your numbers: how many shards, cache nodes or workers, and at what load it breaks.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted([...ests, ...g.decisions]) };
  },
};
