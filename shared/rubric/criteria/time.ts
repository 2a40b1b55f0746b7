import type { PhaseRecord } from '../record';
import type { Evidence } from '../report';
import { ladders, type Criterion } from '../criterion';
import { OFF_TOPIC_SESSION } from '../grounding/ground';
import { against, clock, found, missing, type Part } from '../rule';
import { drawnFirst } from '../boxFirst';

/** A phase is over when it ran half again past its plan and by more than a minute. */
const OVER_FACTOR = 1.5;
const OVER_GRACE_MS = 60_000;
/** A phase is rushed when it got under a quarter of its plan. */
const RUSHED_FACTOR = 0.25;
const LATE_KINDS = new Set(['bottlenecks', 'tradeoffs']);

/** How a reached phase went: worked through (time given and something left in it), or why not. */
function pace(p: PhaseRecord): 'paced' | 'over' | 'rushed' | 'empty' {
  if (p.usedMs > p.plannedMs * OVER_FACTOR && p.usedMs - p.plannedMs > OVER_GRACE_MS) return 'over';
  if (p.usedMs < p.plannedMs * RUSHED_FACTOR) return 'rushed';
  return p.produced === 0 ? 'empty' : 'paced';
}

const SAID = { over: 'far over', rushed: 'rushed', empty: 'nothing written, drawn or asked in it' } as const;

/**
 * Time is judged by phases worked through, not phases clicked past: a phase counts when it got
 * at least a quarter of its plan and something was written, drawn, estimated or asked in it.
 * Half the phases reached (1); the late phases reached with half the phases worked through (1);
 * then at most one phase off (1), and none (1), where off is far over, rushed or empty. Clicking
 * Next through every phase in no time reaches them all and works through none: 1. A phase never
 * reached is missing rather than off.
 */
const rule: Criterion['rule'] = ({ record: r, g }) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const phases = r.phases;
  const reached = phases.filter((p) => p.enteredT !== null);
  if (reached.length === 0) {
    tips.push('Start the clock and move through the phases.');
    return { points: 0, evidence: [missing('The session was never started.')], parts: [{ met: false, has: '', lacks: 'the session never started' }], tips };
  }

  const lastReached = Math.max(...phases.map((p, i) => (p.enteredT === null ? -1 : i)));
  const lateIndex = phases.findIndex((p) => p.kind !== undefined && LATE_KINDS.has(p.kind));
  const lateFrom = lateIndex === -1 ? phases.length - 1 : lateIndex;
  const reachedLate = lastReached >= lateFrom;

  const offPhases: PhaseRecord[] = [];
  let worked = 0;
  phases.forEach((p) => {
    const used = `${p.title}: ${clock(p.usedMs)} of ${clock(p.plannedMs)} planned`;
    if (p.enteredT === null) {
      evidence.push(missing(`${p.title} was never reached (${clock(p.plannedMs)} planned).`));
      return;
    }
    const how = pace(p);
    // A phase far over its plan with work in it was still worked through; it is off all the same.
    if (how === 'paced' || (how === 'over' && p.produced > 0)) worked += 1;
    if (how === 'paced') {
      evidence.push(found('moment', used, p.enteredT, p.id));
      return;
    }
    offPhases.push(p);
    evidence.push(against('moment', `${used} (${SAID[how]})`, p.enteredT, p.id));
  });
  // A diagram drawn before the problem was scoped did the design's work in the scoping time: the
  // phases ran in name only, as an interviewer watching the clock sees it.
  const labelled = r.diagram.components.filter((c) => c.label !== '');
  const early = drawnFirst(r, labelled);
  const design = phases.find((p) => p.kind === 'high-level');
  if (early && design && !offPhases.includes(design)) {
    offPhases.push(design);
    evidence.push(against('moment', `${early.boxes.length} of ${labelled.length} boxes drawn before any requirement or estimate: the diagram's work took the scoping time`, early.t, early.boxes[0]!.id));
  }
  const halfWorked = worked * 2 >= phases.length;

  let points = 0;
  if ((lastReached + 1) * 2 >= phases.length) points += 1;
  if (reachedLate && halfWorked) points += 1;
  if (!reachedLate) tips.push(`Move on sooner: the session stopped in ${phases[lastReached]!.title} and never reached ${phases[lateFrom]!.title}.`);
  if (!halfWorked) tips.push('Give each phase its time and leave its work in it (notes, estimates, the diagram) before moving on.');
  if (reachedLate && halfWorked) {
    if (offPhases.length <= 1) points += 1;
    if (offPhases.length === 0) points += 1;
  }
  const first = offPhases[0];
  if (first && halfWorked) {
    tips.push(pace(first) === 'empty' ? `Leave something in ${first.title}: it had its time but nothing was written in it.` : `Keep ${first.title} near its plan: it took ${clock(first.usedMs)} of ${clock(first.plannedMs)}.`);
  }
  const parts: Part[] = [
    { met: reachedLate, has: 'reached the late phases', lacks: `stopped in ${phases[lastReached]!.title}` },
    { met: halfWorked, has: `${worked} of ${phases.length} phases worked through`, lacks: worked === 0 ? 'no phase worked through' : `only ${worked} of ${phases.length} phases worked through` },
    { met: offPhases.length === 0, has: 'every phase near its plan', lacks: offPhases.length === 1 ? `${first!.title} off its plan` : `${offPhases.length} phases off their plan` },
  ];
  // Time spent on another problem is not time managed on this one.
  if (g.topicality < OFF_TOPIC_SESSION && points > 1) {
    points = 1;
    parts.push({ met: false, has: '', lacks: 'most of the work is off topic' });
    tips.unshift('Spend the phases on this problem: most of what was written is about something else.');
  }
  return { points, evidence, parts, tips };
};

export const time: Criterion = {
  id: 'time',
  name: 'Time management',
  weight: 0.5,
  levels: ladders(['The session never got going.', 'Stayed in the early phases, or clicked through them without working in them.', 'Reached the late phases, working through at least half of them, with time badly spread.'], {
    mid: ['Reached the end, with one phase far over its plan or skipped.', 'Reached the end with every phase close to its plan.'],
    senior: ['Reached the end, with one phase far over its plan or skipped.', 'Reached the end with every phase close to its plan.'],
    staff: ['Reached the end, with one phase far over its plan or skipped.', 'Reached the end with every phase close to its plan.'],
  }),
  tips: ['Start the clock and move through the phases.', 'Move on when a phase runs out; the late phases carry a lot of the score.', 'Keep each phase near its planned time.', 'Give every phase at least a quarter of its planned time and no more than half again.'],
  explained: [
    'Half the phases reached: 1 point. The late phases (bottlenecks, trade-offs) reached with at least half the phases worked through: 1 point. A phase is worked through when it got a quarter of its plan or more and something was written, drawn, estimated or asked in it.',
    'Then at most one phase off its plan (half again over and by more than a minute, under a quarter of it, or empty): 1 point; none: 1 more. Clicking through every phase without working in them scores 1.',
    'A diagram drawn before any requirement or estimate (half its boxes or more) puts the high-level phase off its plan: its work took the scoping time.',
    'When most of what the session wrote is off topic, time counts at most 1.',
    'The same at every level.',
  ],
  rule,
};
