import type { Claim, GroundedClaim } from './claims/claim';
import type { Grounding } from './grounding/ground';
import type { SessionRecord } from './record';
import type { CriterionId, Evidence, NotCounted } from './report';
import type { Part } from './rule';
import { found, against } from './rule';
import type { TargetLevel } from '../session/level';
import { quote } from './text';
import { isEvolution, isFailureMode } from './failureMode';

/** What each score 0..4 means, in score order. */
export type Ladder = readonly [string, string, string, string, string];

/**
 * What a higher target level asks beyond the working design a mid-level candidate is credited
 * for: at senior the design is driven and the numbers decide; at staff the failure modes,
 * alternatives weighed with numbers and how the design evolves, raised without being asked.
 * Each unmet expectation at or below the target costs one point (at most one at senior, two at staff).
 */
export type Depth = { level: Exclude<TargetLevel, 'mid'>; met: boolean; has: string; lacks: string; tip: string };

/** What one criterion's rule finds on a session. */
export type Found = {
  /** The points a mid-level target earns, before clamping to 0..4. */
  points: number;
  evidence: Evidence[];
  parts: Part[];
  /** Specific to this session, in the order they matter. */
  tips: string[];
  notCounted?: NotCounted[];
  depth?: Depth[];
};

/** Everything a rule reads: the record, the claims and their grounding, and the target level. */
export type Context = { record: SessionRecord; claims: readonly Claim[]; g: Grounding; level: TargetLevel };

/**
 * One criterion, whole: its id, name and weight, what each score means at each target level,
 * the fallback tips, the rule, and the plain-words explanation docs/rubric.md is written from.
 */
export type Criterion = {
  id: CriterionId;
  name: string;
  /** Relative weight in the overall mean. */
  weight: number;
  /** What each score means, per target level: what a person scoring by hand reads. */
  levels: Readonly<Record<TargetLevel, Ladder>>;
  /** The fallback tip at each score 0..3, used when the rule has nothing more specific. */
  tips: readonly [string, string, string, string];
  /** The rule in plain words, one line per part, flag and level expectation (docs/rubric.md). */
  explained: readonly string[];
  rule: (ctx: Context) => Found;
};

/** The three ladders from a shared bottom (0..2) and each level's top two. */
export function ladders(bottom: readonly [string, string, string], top: Record<TargetLevel, readonly [string, string]>): Record<TargetLevel, Ladder> {
  return { mid: [...bottom, ...top.mid], senior: [...bottom, ...top.senior], staff: [...bottom, ...top.staff] };
}

const KIND: Record<Claim['source']['from'], Exclude<Evidence['kind'], 'missing'>> = {
  note: 'note',
  'free-notes': 'note',
  'pad-line': 'estimate',
  conclusion: 'conclusion',
  canvas: 'diagram',
  question: 'question',
  answer: 'question',
  'curveball-response': 'note',
};

/** Evidence for (or against) a claim, at its moment, linked to where it was written. */
export function cite(g: GroundedClaim, text: string): Evidence {
  const s = g.claim.source;
  return (g.credit === 'full' ? found : against)(KIND[s.from], g.credit === 'full' || !g.reason ? text : `${text} (${g.reason})`, s.t, s.ref);
}

/**
 * The "not counted" entries of claims that earned nothing, one per line written: a line read
 * into several claims (a narrative naming three components) is listed once, with each reason.
 */
export function notCounted(gs: readonly GroundedClaim[]): NotCounted[] {
  const lines = new Map<string, NotCounted>();
  for (const x of gs) {
    if (x.credit !== 'none') continue;
    const s = x.claim.source;
    const reason = x.reason ?? 'not counted';
    const key = JSON.stringify([s.from, s.ref, s.t, s.text]);
    const listed = lines.get(key);
    if (!listed) lines.set(key, { text: quote(s.text), reason, t: s.t, ...(s.ref === undefined ? {} : { ref: s.ref }) });
    else if (!listed.reason.split('; ').includes(reason)) listed.reason = `${listed.reason}; ${reason}`;
  }
  return [...lines.values()];
}

export const credited = <C extends Claim>(gs: readonly GroundedClaim<C>[]) => gs.filter((x) => x.credit !== 'none');
export const full = <C extends Claim>(gs: readonly GroundedClaim<C>[]) => gs.filter((x) => x.credit === 'full');
/** Full credit counts one, partial half. */
export const credits = (gs: readonly GroundedClaim[]) => gs.reduce((n, x) => n + (x.credit === 'full' ? 1 : x.credit === 'partial' ? 0.5 : 0), 0);

export { isFailureMode } from './failureMode';

/** Failure modes raised without being asked: what a staff target expects. */
export function failureRaised(g: Grounding): boolean {
  return [...g.risks, ...g.bottlenecks, ...g.deepDives, ...g.tradeoffs].some((x) => x.credit !== 'none' && !x.claim.source.prompted && isFailureMode(x.claim.source.text));
}

/** The design's evolution raised without being asked. */
export function evolutionRaised(g: Grounding): boolean {
  return [...g.risks, ...g.deepDives, ...g.tradeoffs].some((x) => x.credit !== 'none' && !x.claim.source.prompted && isEvolution(x.claim.source.text));
}
