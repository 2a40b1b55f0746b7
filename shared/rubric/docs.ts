import { LEVEL_LABEL, TargetLevel } from '../session/level';
import { ESTIMATE_FULL, ESTIMATE_PARTIAL, OFF_TOPIC_SESSION } from './grounding/ground';
import { BAND_STARTS, CRITERIA, OVERALL_SCALE, RISING_BANDS, RUBRIC_VERSION } from './table';

/**
 * Why a claim earned nothing, as a report's "not counted" list says it: the start of each reason,
 * with what it means. docs/rubric.md lists them, and a test checks every reason a report gives
 * starts with one of these.
 */
export const NOT_COUNTED_REASONS: readonly { starts: string; means: string }[] = [
  { starts: 'off topic for', means: "The text is about something other than this prompt (judged against the prompt's reference and wording). When most of a session is, only what is clearly about this prompt counts." },
  { starts: 'far off:', means: `An estimate more than ${ESTIMATE_PARTIAL} times away from the prompt's figure for the same quantity; the figure is shown.` },
  { starts: 'rests on an estimate', means: 'A conclusion drawn from a far-off estimate.' },
  { starts: 'rests on no estimate', means: 'A conclusion tied to no pad line or named estimate.' },
  { starts: 'decides nothing', means: 'A conclusion that restates a number instead of saying what it changes in the design.' },
  { starts: 'no remedy', means: 'A bottleneck without a fix; the techniques that would fit are named.' },
  { starts: 'the remedy names no technique', means: 'A fix too vague to judge ("scale it", "use two").' },
  { starts: 'names no component or load', means: 'A bottleneck that does not say what part of this design, or what load, breaks.' },
  { starts: 'names no load', means: 'A bottleneck that names a part but no traffic, rate or size to check its remedy against ("MySQL too slow").' },
  { starts: 'the remedy adds more of the same', means: 'A fix that only adds more of the part that broke, with no load named to say what it answers ("Postgres: add more Postgres").' },
  { starts: 'does not answer', means: 'A remedy of the wrong family for the pressure named (read replicas for a write hot spot).' },
  { starts: 'no reason given', means: 'A trade-off without the why.' },
  { starts: 'the reason only restates the choice', means: 'A trade-off whose reason is the setting it chose ("retry 3 times, because 3 retries"): a number alone is not a reason.' },
  { starts: 'does not say what was chosen', means: 'A trade-off without its choice.' },
  { starts: '"', means: 'A diagram box whose label is not a part of this design (a "Reception desk" in a notification service).' },
];

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/** docs/rubric.md, written from the criteria objects, so the page cannot drift from the code. */
export function rubricDoc(): string {
  const out: string[] = [
    '# How a session is scored',
    '',
    '<!-- Written by scripts/make-rubric-docs.mjs from shared/rubric/criteria/*; shared/rubric/docs.test.ts fails when it drifts. -->',
    '',
    `Rubric version ${RUBRIC_VERSION}. The rubric (\`shared/rubric/\`) reads the whole session log once into claims: every`,
    'requirement, API operation, entity, estimate, conclusion, component, bottleneck, trade-off, risk and',
    'question the candidate wrote, wherever they wrote it (structured notes, free notes in shorthand, the',
    'pad, the diagram, questions and answers). The same content earns the same credit in any of those places.',
    '',
    'Each claim is then grounded: it earns credit only when it is about this prompt (its reference answer',
    'and wording) and sound by the knowledge base. What earns nothing is listed in the report under "not',
    'counted", with the reason. Each criterion scores 0 to 4 from its grounded claims; every point comes with',
    'evidence that links to the moment in the replay.',
    '',
    '## Grounding',
    '',
    `- Estimates: full credit within ${ESTIMATE_FULL} times the prompt's figure for the same quantity, half within ${ESTIMATE_PARTIAL} times, none beyond (flagged far off, with the figure shown).`,
    '- Estimates are read wherever they are written: pad lines, shorthand ("write qps ~ 115/s") and sentences ("about a billion a day, roughly 12 thousand a second"), with numbers in words or digits, their units and rates.',
    '- Conclusions: count when they rest on estimates within reason and decide something about the design ("…, so sends go on a queue per channel").',
    '- Quality requirements: count fully with a measurable target (a number), half without.',
    '- Bottlenecks: count when they name a part or load of this design and a remedy that fits it: the standard playbook for that kind of pressure (batching, buffering or partitioning for a heavy write rate; a relay or pub/sub tier, or pull instead of push, for fan-out; splitting, replicating or a local copy for a hot key; queues, timeouts and back-pressure for a slow dependency; caches, replicas and CDNs for read load).',
    '- Trade-offs: count fully when the reason names a quality, a requirement or a number.',
    `- A session where under ${OFF_TOPIC_SESSION * 100}% of the claims are about this prompt (a loosely related one counting half) is about another problem: only what is clearly on topic counts, and the diagram and time count at most 1.`,
    '- Built on far-off numbers: when a key rate or size is more than 10 times off and never put right, the high-level design, deep dive and bottlenecks each lose a point, since they are sized from it.',
    '',
    '## Levels',
    '',
    'Each criterion first scores what a mid-level target is credited for: a correct working design with the',
    'main path sound. A higher target asks more: at senior the candidate drives and the numbers decide; at',
    'staff the failure modes, alternatives weighed with numbers and the evolution of the design are raised',
    'without being asked. Each unmet expectation costs a point (at most one at senior, two at staff), so the',
    'same session scores lower at a higher target. A criterion already at 1 or 0 is not marked down again.',
    'A failure mode counts when it names what fails and what happens then ("a Redis shard goes down: the',
    'limiter fails open"); one word such as "loss" or "outages" is not a failure mode.',
    '',
    '## Criteria',
    '',
  ];
  for (const c of CRITERIA) {
    out.push(`### ${c.name} (weight ${c.weight})`, '', ...c.explained.map((e) => `- ${e}`), '', row(['Score', ...TargetLevel.options.map((l) => LEVEL_LABEL[l])]), row(['---', ...TargetLevel.options.map(() => '---')]));
    for (let s = 0; s <= 4; s += 1) out.push(row([s, ...TargetLevel.options.map((l) => c.levels[l][s]!)]));
    out.push('');
  }
  out.push('## Not counted', '', 'What the reasons in the "not counted" list mean:', '', ...NOT_COUNTED_REASONS.map((r) => `- **${r.starts === '"' ? '"label" is not a part of…' : r.starts}**: ${r.means}`), '');
  out.push('## Overall and bands', '', `The overall score is the weighted mean of the criteria times ${OVERALL_SCALE}: a demanding interviewer keeps the very top of the scale for work with nothing left to ask, so 4 on every criterion reads ${(4 * OVERALL_SCALE).toFixed(1)}. Its band depends on the target level:`, '');
  out.push(row(['Band starts at', ...RISING_BANDS]), row(['---', ...RISING_BANDS.map(() => '---')]));
  for (const l of TargetLevel.options) out.push(row([LEVEL_LABEL[l], ...RISING_BANDS.map((b) => BAND_STARTS[l][b].toFixed(1))]));
  out.push('', 'Below the first threshold is strong no hire.', '');
  return out.join('\n');
}
