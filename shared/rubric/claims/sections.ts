import type { PhaseKind } from '../../schemas/prompt';
import { tokens } from '../../text/normalise';

/**
 * What a part of the free notes holds, from a heading ("## Risks", "Trade-offs:"), a line's own
 * prefix ("FR:", "NFR", "Q:", "bottleneck:") or, failing both, the phase the notes were written in.
 */
export type Section =
  | 'requirements'
  | 'functional'
  | 'quality'
  | 'out-of-scope'
  | 'assumption'
  | 'question'
  | 'estimate'
  | 'decision'
  | 'api'
  | 'data'
  | 'high-level'
  | 'deep-dive'
  | 'bottleneck'
  | 'tradeoff'
  | 'risk'
  | 'open-question';

/** Keys as their words' dictionary forms (read by the language layer), so "Risks", "risk" and "RISKS" meet. */
const KEYS: readonly [Section, readonly string[]][] = [
  ['functional', ['fr', 'frs', 'functional', 'functional requirement', 'feature', 'must', 'must have', 'in scope', 'use case', 'user story', 'core feature']],
  ['requirements', ['requirement', 'req', 'reqs', 'scope', 'clarify', 'clarification']],
  ['quality', ['nfr', 'nfrs', 'non functional', 'non functional requirement', 'nonfunctional', 'quality', 'sla', 'slo', 'slas', 'slos']],
  ['out-of-scope', ['out of scope', 'oos', 'non goal', 'nongoal', 'not in scope', 'out', 'exclude', 'later', 'not now', 'v2']],
  ['assumption', ['assumption', 'assume', 'given']],
  ['question', ['q', 'question', 'ask', 'asked']],
  ['estimate', ['estimate', 'estimation', 'capacity', 'capacity estimate', 'math', 'number', 'back of envelope', 'back of the envelope', 'napkin math', 'calc', 'calculation', 'scale estimate', 'traffic', 'storage estimate']],
  ['decision', ['decision', 'decide', 'conclusion', 'so what', 'verdict', 'takeaway', 'implication']],
  ['api', ['api', 'apis', 'endpoint', 'interface', 'operation', 'rpc', 'api design']],
  ['data', ['data', 'data model', 'entity', 'schema', 'table', 'model', 'db schema', 'storage schema', 'datum', 'data modeling']],
  ['high-level', ['hld', 'high level', 'high level design', 'design', 'architecture', 'component', 'flow', 'diagram', 'overview']],
  ['deep-dive', ['deep dive', 'dd', 'deep', 'detail', 'drill down']],
  ['bottleneck', ['bottleneck', 'bn', 'scaling', 'at scale', 'hotspot', 'what break', 'what breaks first', 'scale issue']],
  ['tradeoff', ['tradeoff', 'trade off', 'choice', 'alternative', 'trade', 'tradeoffs and alternative']],
  ['risk', ['risk', 'failure mode', 'failure', 'concern', 'caveat', 'spof', 'single point of failure']],
  ['open-question', ['open question', 'oq', 'open', 'todo', 'tbd', 'unknown', 'follow up', 'open issue']],
];

const BY_KEY = new Map<string, Section>(KEYS.flatMap(([section, keys]) => keys.map((k) => [k, section] as const)));

/** The phrase's dictionary form: lower case first, so a capitalised heading is not read as a name. */
function keyForm(text: string): string {
  return tokens(text.toLowerCase())
    .map((t) => t.lemma)
    .join(' ');
}

/** The section a key names ("Risks", "Non-functional requirements", "FR"), or undefined. */
export function sectionOf(key: string): Section | undefined {
  const k = key.trim();
  if (k === '' || k.length > 40) return undefined;
  const plain = k.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // Dictionary forms first; a plural the model leaves alone ("trade-offs", "NFRs") loses its "s".
  const singular = plain.split(' ').map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)).join(' ');
  return BY_KEY.get(plain) ?? BY_KEY.get(keyForm(k)) ?? BY_KEY.get(singular);
}

/** Short codes written before a line without a colon: "NFR avail 99.99%", "Q how many users?". */
export const BARE_CODES = new Set(['fr', 'nfr', 'q', 'bn', 'dd', 'oos', 'oq']);

/** What the notes of a phase hold when nothing else says. */
export function sectionOfPhase(kind: PhaseKind | string | undefined): Section | undefined {
  switch (kind) {
    case 'clarify':
      return 'requirements';
    case 'estimate':
      return 'estimate';
    case 'api':
      return 'api';
    case 'data':
      return 'data';
    case 'high-level':
      return 'high-level';
    case 'deep-dive':
      return 'deep-dive';
    case 'bottlenecks':
      return 'bottleneck';
    case 'tradeoffs':
      return 'tradeoff';
    default:
      return undefined;
  }
}
