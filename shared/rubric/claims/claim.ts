import type { EstimateTag } from '../../estimate/pad';
import type { Quality } from '../../notes/item';

/**
 * Rubric v2 reads a session once into claims: what the candidate asserted, wherever they wrote it
 * (a structured note, free notes in shorthand, a pad line or conclusion, a canvas shape or arrow,
 * a question asked, an answer to a curveball or probe). Criteria score claims, never raw fields,
 * so the same content earns the same credit in any place it was written.
 *
 * This file is the contract between extraction (./extract*.ts) and the criteria: change it only
 * with both sides in view.
 */

/** Where a claim was read from, for the evidence list and the replay link. */
export type ClaimSource = {
  /** What kind of artifact held it. */
  from: 'note' | 'free-notes' | 'pad-line' | 'conclusion' | 'canvas' | 'question' | 'answer' | 'curveball-response';
  /** Session-clock ms when it first appeared. */
  t: number;
  /** The note item id, pad line or conclusion id, element id, or question id. */
  ref?: string;
  /** The phase current when it was written. */
  phase?: string;
  /** The text as the candidate wrote it (for quoting). */
  text: string;
  /** True when it answers the interviewer's probe or curveball rather than being raised unprompted. */
  prompted?: boolean;
};

type Base = { source: ClaimSource };

export type RequirementClaim = Base & {
  kind: 'requirement';
  /** Functional (what it does) or quality (how well), the latter with its quality when known. */
  type: 'functional' | 'quality';
  quality?: Quality;
  text: string;
  /** For a quality: the measurable target, when one is written ("p99 < 50 ms", "99.99%"). */
  target?: string;
  /** An explicit out-of-scope item ("no DMs in v1"). */
  outOfScope?: boolean;
};

export type ApiClaim = Base & {
  kind: 'api';
  /** "POST /v1/check", "getFeed(userId, cursor)", "check": as written. */
  operation: string;
  method?: string;
  path?: string;
  purpose?: string;
  /** Marked as the main (hot) path. */
  main?: boolean;
};

export type EntityClaim = Base & {
  kind: 'entity';
  name: string;
  fields: string[];
  store?: string;
  key?: string;
  reason?: string;
};

export type EstimateClaim = Base & {
  kind: 'estimate';
  /** Which estimate it is, when known (from the pad's tag or name, or the shorthand). */
  tag?: EstimateTag;
  /** As the candidate named it: "write qps". */
  name: string;
  /** The value in the pad engine's base units (per second, bytes…), when it evaluates. */
  value?: number;
  /** Display of the value with its unit: "115/s". */
  display: string;
  /** The pad line id, when it came from the pad. */
  line?: string;
};

export type DecisionClaim = Base & {
  kind: 'decision';
  text: string;
  /** The pad line ids (or estimate names) it rests on. */
  restsOn: string[];
};

export type ComponentClaim = Base & {
  kind: 'component';
  /** The label as written. */
  label: string;
  /** What the knowledge base takes it for (cache, queue, database…), when it recognises one. */
  knowledgeKind?: string;
};

export type FlowClaim = Base & {
  kind: 'flow';
  from: string;
  to: string;
  label?: string;
};

export type DeepDiveClaim = Base & {
  kind: 'deep-dive';
  /** The component or topic looked at. */
  topic: string;
  text: string;
};

export type BottleneckClaim = Base & {
  kind: 'bottleneck';
  what: string;
  /** The load it appears at ("10x", "100x", "50K writes/s"), when given. */
  atLoad?: string;
  remedy?: string;
};

export type TradeoffClaim = Base & {
  kind: 'tradeoff';
  chose: string;
  gaveUp?: string;
  because?: string;
};

export type RiskClaim = Base & {
  kind: 'risk';
  text: string;
  /** An open question rather than a risk. */
  open?: boolean;
};

export type QuestionClaim = Base & {
  kind: 'question';
  text: string;
  /** Whether the interviewer (scripted or partner) answered it. */
  answered: boolean;
};

export type Claim =
  | RequirementClaim
  | ApiClaim
  | EntityClaim
  | EstimateClaim
  | DecisionClaim
  | ComponentClaim
  | FlowClaim
  | DeepDiveClaim
  | BottleneckClaim
  | TradeoffClaim
  | RiskClaim
  | QuestionClaim;

export type ClaimKind = Claim['kind'];

/**
 * A claim after grounding: credited fully, partly or not at all, with the reason when not fully
 * (shown in the report under "not counted" when it earns nothing).
 */
export type GroundedClaim<C extends Claim = Claim> = {
  claim: C;
  credit: 'full' | 'partial' | 'none';
  /** Plain words: "off topic for a URL shortener", "no reason given", "1000x the expected 115/s". */
  reason?: string;
};
