import type { PhaseRecord } from '../record';
import type { Evidence } from '../report';
import { against, clock, found, missing, type Rule } from '../rule';

/** A phase is over when it ran half again past its plan and by more than a minute. */
const OVER_FACTOR = 1.5;
const OVER_GRACE_MS = 60_000;
/** A phase is rushed when it got under a quarter of its plan. */
const RUSHED_FACTOR = 0.25;
const LATE_KINDS = new Set(['bottlenecks', 'tradeoffs']);

/**
 * Half the phases reached (1), the late phases reached (1), at most one phase far off its
 * plan (1), none (1). A phase never reached is missing rather than off.
 */
export const time: Rule = (r) => {
  const evidence: Evidence[] = [];
  const tips: string[] = [];
  const phases = r.phases;
  const reached = phases.filter((p) => p.enteredT !== null);
  if (reached.length === 0) return { points: 0, evidence: [missing('The session was never started.')], tips };

  const lastReached = Math.max(...phases.map((p, i) => (p.enteredT === null ? -1 : i)));
  const lateIndex = phases.findIndex((p) => p.kind !== undefined && LATE_KINDS.has(p.kind));
  const lateFrom = lateIndex === -1 ? phases.length - 1 : lateIndex;
  let points = 0;
  if ((lastReached + 1) * 2 >= phases.length) points += 1;
  if (lastReached >= lateFrom) points += 1;
  else tips.push(`Move on sooner: the session stopped in ${phases[lastReached]!.title} and never reached ${phases[lateFrom]!.title}.`);

  const offPhases: PhaseRecord[] = [];
  phases.forEach((p) => {
    const used = `${p.title}: ${clock(p.usedMs)} of ${clock(p.plannedMs)} planned`;
    if (p.enteredT === null) {
      evidence.push(missing(`${p.title} was never reached (${clock(p.plannedMs)} planned).`));
      return;
    }
    const over = p.usedMs > p.plannedMs * OVER_FACTOR && p.usedMs - p.plannedMs > OVER_GRACE_MS;
    const rushed = p.usedMs < p.plannedMs * RUSHED_FACTOR;
    if (over || rushed) {
      offPhases.push(p);
      evidence.push(against('moment', `${used} (${over ? 'far over' : 'rushed'})`, p.enteredT, p.id));
    } else {
      evidence.push(found('moment', used, p.enteredT, p.id));
    }
  });
  if (lastReached >= lateFrom) {
    if (offPhases.length <= 1) points += 1;
    if (offPhases.length === 0) points += 1;
  }
  const first = offPhases[0];
  if (first) tips.push(`Keep ${first.title} near its plan: it took ${clock(first.usedMs)} of ${clock(first.plannedMs)}.`);
  return { points, evidence, tips };
};
