import type { Evidence } from '../report';
import { techniqueName, TECHNIQUES } from '../../knowledge/techniques';
import { cite, credits, failureRaised, full, ladders, notCounted, type Criterion, type Depth } from '../criterion';
import { promptExample } from '../examples';
import { missing, type Part } from '../rule';
import { loadOf } from '../grounding/ground';

export const bottlenecks: Criterion = {
  id: 'bottlenecks',
  name: 'Bottlenecks and scaling',
  weight: 1,
  levels: ladders(['No bottleneck with a fitting remedy.', 'A bottleneck with a remedy that does not quite fit.', 'One bottleneck of this design with a remedy that fits.'], {
    mid: ['Two bottlenecks with fitting remedies.', 'Three or more bottlenecks of this design, each with a remedy that fits.'],
    senior: ['Bottlenecks with fitting remedies, but at one scale only.', 'Three or more bottlenecks with fitting remedies, across 10x and 100x.'],
    staff: ['Bottlenecks across both scales, but no failure mode.', 'Bottlenecks across both scales with their failure modes, found before being asked.'],
  }),
  tips: ['Say what breaks first at 10x the load, and how you would fix it.', 'Find a second bottleneck and its remedy.', 'Look at 100x as well as 10x (or the other way round).', 'Add one more bottleneck with its remedy.'],
  explained: [
    'A bottleneck counts when it names a component or a load of this design (a known kind of component, a part the session drew or named elsewhere such as its "ticket server", or a rate or size), and its remedy fits: the remedy must name a technique of the knowledge base that answers that kind of pressure, or a part of the design. The knowledge base holds the standard playbook: for a heavy write rate batching, buffering or coalescing writes, partitioning, write-behind; for fan-out to many members, viewers or devices a relay or pub/sub tier, or pull instead of push; for a hot key splitting it, replicating it or a local copy; for a slow or failing dependency queues, timeouts, back-pressure, failover; for read load caches, replicas and CDNs; for data outgrowing a node sharding, downsampling, tiers, approximate counts.',
    'A bottleneck and its remedy may be written as sentences in the free notes: the problem, then what to do about it and what that costs.',
    'A remedy the prompt\'s reference lists counts too, unless it answers only the other kind of load: read replicas take reads, so they never fix a write hot spot.',
    'A remedy that only adds more of the part that broke ("Redis gets too many requests: add more Redis": how is the load then split?) earns half when the load is named, nothing when it is not ("Postgres: add more Postgres"). A remedy of the wrong family (read replicas for a write hot spot), a bottleneck that names no load to check the remedy against (no kind of traffic, no rate, size or count of this design such as "100 editors", no moment such as "at the evening peak"; a bare "10x" is not a load), one with no remedy, or whose remedy names no technique or part ("scale it"), earns nothing and is listed with the reason.',
    'Bottlenecks with fitting remedies: one 2 points, two 3, three or more 4. Only half-counted ones: 1 point (they show the problem was seen, not that it can be fixed).',
    'Senior also expects more than one scale looked at (10x and 100x, or two loads sized with their numbers); staff a failure mode raised unasked.',
  ],
  rule: ({ record: r, g }) => {
    const evidence: Evidence[] = [];
    const tips: string[] = [];
    const bs = g.bottlenecks;
    for (const x of bs) evidence.push(cite(x, `${x.claim.atLoad ? `${x.claim.atLoad}: ` : ''}${x.claim.what}${x.claim.remedy ? ` → ${x.claim.remedy}` : ''}`));
    // Only a fitting remedy counts towards the ladder: a remedy that does not answer the problem
    // (read replicas for a write hot spot) shows the candidate saw the problem, not that they can fix it.
    const n = full(bs).length;
    const seen = credits(bs) > 0;
    // The first on-topic bottleneck that did not count fully: off-topic ones are in the not-counted list.
    const fix = bs.find((x) => x.credit !== 'full' && !(x.reason ?? '').startsWith('off topic') && x.reason !== 'names no component or load of this design');
    if (fix) {
      const options = TECHNIQUES.filter((t) => t.answers.some((p) => fix.patterns.includes(p))).slice(0, 3).map(techniqueName);
      const which = options.length > 0 ? `: which of ${options.join(', ')} fits ${fix.patterns[0]!}?` : ': name the technique that fixes it.';
      if ((fix.reason ?? '').startsWith('names no load')) tips.push(`Your bottleneck "${fix.claim.what}" names no load: say at what rate or size it breaks, so the remedy can be checked against it.`);
      else tips.push(`Your bottleneck "${fix.claim.what}" ${fix.claim.remedy ? `has a remedy that does not fit (${fix.reason ?? ''})` : 'names no remedy'}${which}`);
    }
    if (n === 0 && seen) {
      return { points: 1, evidence, parts: [{ met: false, has: '', lacks: 'no bottleneck with a remedy that fits' }], tips, notCounted: notCounted(bs) };
    }
    if (n === 0) {
      evidence.push(missing('No bottleneck of this design with a fitting remedy.'));
      if (!fix) tips.push('Say what breaks first at 10x the load, and how you would fix it.');
      return { points: 0, evidence, parts: [{ met: false, has: '', lacks: 'no bottleneck with a remedy' }], tips, notCounted: notCounted(bs) };
    }
    // One fitting bottleneck 2, two 3, three or more 4.
    const points = Math.min(4, n + 1);
    // The loads looked at: each scale named (10x, 100x) and each load sized with its own number
    // ("10M samples/s at peak"), on any bottleneck of this design, fixed or not: the candidate looked there.
    const looked = bs.filter((x) => !(x.reason ?? '').startsWith('off topic') && x.reason !== 'names no component or load of this design');
    const scales = new Set(looked.flatMap((x) => [x.claim.atLoad, loadOf(x.claim.what)]).filter((s): s is string => s !== undefined && s !== ''));
    if (n < 3) {
      const example = promptExample(r.prompt, { of: 'bottleneck', besides: bs.flatMap((x) => [x.claim.what, x.claim.remedy ?? '']) });
      tips.push(`Find ${n < 2 ? 'a second' : 'a third'} bottleneck and its remedy${example ? `, such as ${example}` : ''}.`);
    }
    const parts: Part[] = [
      { met: true, has: n === 1 ? 'one bottleneck with a fitting remedy' : `${Math.floor(n)} bottlenecks with fitting remedies`, lacks: '' },
      { met: n >= 3, has: '', lacks: n < 2 ? 'no second one' : 'no third one' },
    ];
    const depth: Depth[] = [
      { level: 'senior', met: scales.size >= 2, has: 'more than one scale looked at', lacks: `only ${[...scales][0] ?? 'one scale'} looked at`, tip: `Look at ${scales.has('10x') ? '100x' : '10x'} too: what breaks there, and the fix.` },
      { level: 'staff', met: failureRaised(g), has: 'a failure mode raised', lacks: 'no failure mode raised unasked', tip: 'Name a failure mode before being asked: what happens when the busiest part goes down, and how the design recovers.' },
    ];
    return { points, evidence, parts, tips, depth, notCounted: notCounted(bs) };
  },
};
