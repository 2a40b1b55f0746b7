import type { TargetLevel } from '../session/level';
import type { Band, CriterionId } from './report';

/**
 * Bump the minor version when a rule or threshold changes, so saved reports can be scored again.
 * 1.1.0: time counts phases worked through, not clicked past; descriptors say what the record has and lacks.
 */
export const RUBRIC_VERSION = '1.1.0';

export type CriterionSpec = {
  id: CriterionId;
  name: string;
  /** Relative weight in the overall mean. */
  weight: number;
  /**
   * What each score 0..4 means, in the order of the score: what a person scoring by hand reads.
   * A scored report's descriptor is written instead from what the record has and lacks (each
   * rule's parts), since the same score can be reached in different ways.
   */
  descriptors: readonly [string, string, string, string, string];
  /**
   * The fallback tip at each score 0..3, used when a rule has nothing more specific to say. No
   * examples here: a tip's example comes from the session's own prompt (./examples.ts).
   */
  tips: readonly [string, string, string, string];
};

/**
 * The criteria in report order. The diagram weighs most because it is where the design is
 * shown; time management least because it mostly explains the others.
 */
export const CRITERIA: readonly CriterionSpec[] = [
  {
    id: 'scope',
    name: 'Scope',
    weight: 1,
    descriptors: [
      'No requirements were written down.',
      'A few requirements, or boxes drawn before the problem was pinned down.',
      'Functional requirements and at least one quality target.',
      'Functional and non-functional requirements across several qualities, with questions or an explicit out-of-scope list.',
      'A crisp scope: what it does, what it leaves out, and targets across four or more qualities, set before any drawing.',
    ],
    tips: [
      'Before drawing, write two or three things the system must do.',
      'Add a non-functional requirement tagged with its quality.',
      'Cover more qualities and write what is out of scope.',
      'Tag requirements across at least four qualities and settle scope before the first box.',
    ],
  },
  {
    id: 'estimation',
    name: 'Estimation',
    weight: 1,
    descriptors: [
      'No estimates.',
      'Some numbers, but none of them decides anything.',
      'Several named estimates, or one that leads to a decision.',
      'The main rates and sizes estimated, with conclusions that rest on them.',
      'Rates, storage and ratios estimated close to reality, and each key number drives a design decision.',
    ],
    tips: [
      'Estimate write and read requests per second in the pad.',
      'Tie a conclusion to a line: what does this number decide?',
      'Estimate peak traffic and storage too, and conclude from each.',
      'Add a second conclusion tied to its lines, and check numbers that are far off the usual order of magnitude.',
    ],
  },
  {
    id: 'api',
    name: 'API',
    weight: 0.75,
    descriptors: [
      'No API written.',
      'One operation.',
      'The core operations, without the main path marked.',
      'The core operations with the main path marked.',
      'Every operation has a signature and a purpose, and the busiest path is marked.',
    ],
    tips: [
      'Write the one call a user makes most, with its inputs and outputs.',
      'Add the other core operations.',
      'Mark the main path: the call the design must serve best.',
      'Give every operation a purpose.',
    ],
  },
  {
    id: 'data-model',
    name: 'Data model',
    weight: 0.75,
    descriptors: [
      'No data model.',
      'Entities named, without stores.',
      'An entity with its store and a reason.',
      'Every entity has a store and a reason.',
      'Every entity has fields, a store and a reason, and the stores fit the access pattern.',
    ],
    tips: [
      'Name the main entity and its key fields.',
      'Pick a store for each entity and say why.',
      'Give every entity a store and a reason, not only the first.',
      'Choose stores that fit how the data is read.',
    ],
  },
  {
    id: 'high-level',
    name: 'High-level design',
    weight: 1.25,
    descriptors: [
      'No diagram.',
      'A sketch with few connected parts.',
      'A connected diagram covering about half of what the design needs.',
      'Most expected components drawn and connected.',
      'All or nearly all expected components, connected, with a narrative that walks the main path.',
    ],
    tips: [
      'Draw the client, the service and the store, and connect them with arrows.',
      'Add the components the load calls for.',
      'Draw the missing expected components.',
      'Write a short narrative that walks a request through the diagram.',
    ],
  },
  {
    id: 'deep-dive',
    name: 'Deep dive',
    weight: 1,
    descriptors: [
      'No deep dive.',
      'A component looked at, without a clear decision.',
      'A deep dive with a decision.',
      'A deep dive on a topic that matters for this problem, with a decision.',
      'Deep dives on two or more of the topics that matter, each ending in a decision.',
    ],
    tips: [
      'Pick the hardest component and go deep on it.',
      'Write down what you decided about it.',
      'Choose a topic that is hard for this problem, not a generic one.',
      'Go deep on a second topic that matters for this problem.',
    ],
  },
  {
    id: 'bottlenecks',
    name: 'Bottlenecks and scaling',
    weight: 1,
    descriptors: [
      'No bottleneck with a remedy.',
      'One bottleneck with a remedy.',
      'Two bottlenecks with remedies.',
      'Bottlenecks with remedies at both 10x and 100x.',
      'Three or more bottlenecks with remedies, across 10x and 100x.',
    ],
    tips: [
      'Say what breaks first at 10x the load, and how you would fix it.',
      'Find a second bottleneck and its remedy.',
      'Look at 100x as well as 10x (or the other way round).',
      'Add one more bottleneck with its remedy.',
    ],
  },
  {
    id: 'tradeoffs',
    name: 'Trade-offs and risks',
    weight: 1,
    descriptors: [
      'No complete trade-off.',
      'One trade-off with what was chosen, given up and why.',
      'Two complete trade-offs.',
      'Complete trade-offs plus the risks or open questions.',
      'Three or more complete trade-offs, with risks or open questions.',
    ],
    tips: [
      'Write one trade-off: what you chose, what you gave up and why.',
      'Add a second complete trade-off.',
      'List a risk or an open question.',
      'Add a third trade-off with all three parts.',
    ],
  },
  {
    id: 'time',
    name: 'Time management',
    weight: 0.5,
    descriptors: [
      'The session never got going.',
      'Stayed in the early phases, or clicked through them without working in them.',
      'Reached the late phases, working through at least half of them, with time badly spread.',
      'Reached the end, with one phase far over its plan or skipped.',
      'Reached the end with every phase close to its plan.',
    ],
    tips: [
      'Start the clock and move through the phases.',
      'Move on when a phase runs out; the late phases carry a lot of the score.',
      'Keep each phase near its planned time.',
      'Give every phase at least a quarter of its planned time and no more than half again.',
    ],
  },
];

/** The bands above the lowest, in rising order; each has the overall score it starts at. */
const RISING_BANDS = ['no hire', 'lean no hire', 'lean hire', 'hire', 'strong hire'] as const satisfies readonly Band[];

/**
 * Where each band starts on the 0..4 overall score. A mid-level candidate is expected to
 * cover the main path with some steering, so a solid 2.5 already reads as hire; a staff
 * candidate must do nearly everything well, so the same 2.5 is lean no hire. The steps
 * between bands are about half a point, the difference one more criterion done well makes.
 * docs/rubric.md shows this table and the weights: change them together.
 */
export const BAND_STARTS: Record<TargetLevel, Record<(typeof RISING_BANDS)[number], number>> = {
  mid: { 'no hire': 0.8, 'lean no hire': 1.4, 'lean hire': 2, hire: 2.5, 'strong hire': 3.2 },
  senior: { 'no hire': 1, 'lean no hire': 1.7, 'lean hire': 2.3, hire: 2.8, 'strong hire': 3.4 },
  staff: { 'no hire': 1.3, 'lean no hire': 2.1, 'lean hire': 2.7, hire: 3.2, 'strong hire': 3.7 },
};

export function bandFor(overall: number, level: TargetLevel): Band {
  let band: Band = 'strong no hire';
  for (const b of RISING_BANDS) if (overall >= BAND_STARTS[level][b]) band = b;
  return band;
}
