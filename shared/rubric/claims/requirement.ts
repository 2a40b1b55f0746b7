import type { Quality } from '../../notes/item';
import { tokens } from '../../text/normalise';
import { mentions } from '../../text/mentions';
import { present, tidy, type Draft } from './draft';
import { targetOf } from './target';

type RequirementDraft = Extract<Draft, { kind: 'requirement' }>;

/** Short forms of the qualities people write after "NFR": "avail", "lat", "perf", "dur". */
const SHORT: Readonly<Record<string, Quality>> = {
  avail: 'availability',
  availability: 'availability',
  uptime: 'availability',
  sla: 'availability',
  lat: 'latency',
  latency: 'latency',
  perf: 'latency',
  p50: 'latency',
  p90: 'latency',
  p95: 'latency',
  p99: 'latency',
  p999: 'latency',
  consistency: 'consistency',
  consistent: 'consistency',
  dur: 'durability',
  durability: 'durability',
  durable: 'durability',
  scale: 'scale',
  scalability: 'scale',
  throughput: 'scale',
  qps: 'scale',
  rps: 'scale',
  sec: 'security',
  security: 'security',
  auth: 'security',
  cost: 'cost',
};

/** The quality a requirement is about: the knowledge base's words first, then the short forms. */
export function qualityOf(text: string): Quality | undefined {
  const named = mentions(text).find((m) => m.type === 'quality');
  if (named) return named.name as Quality;
  for (const t of tokens(text)) {
    const q = SHORT[t.text] ?? SHORT[t.lemma];
    if (q) return q;
  }
  if (/%/.test(text) && /\b9{2,}(?:\.9+)?\s*%/.test(text)) return 'availability';
  if (/\b\d+(?:\.\d+)?\s*(?:ms|µs|us)\b/.test(text)) return 'latency';
  return undefined;
}

export function qualityRequirement(text: string): RequirementDraft {
  return { kind: 'requirement', type: 'quality', text: tidy(text), ...present({ quality: qualityOf(text), target: targetOf(text) }) };
}

export function functionalRequirement(text: string, outOfScope = false): RequirementDraft {
  return { kind: 'requirement', type: 'functional', text: tidy(text), ...(outOfScope ? { outOfScope: true } : {}) };
}

const MODALS = new Set(['can', 'could', 'should', 'must', 'may', 'will', 'shall', 'need', 'able']);
const ASK_VERBS = new Set(['support', 'allow', 'let', 'enable', 'provide', 'offer', 'handle', 'show', 'see', 'get', 'create', 'send', 'view']);

/**
 * Whether a plain sentence (no "FR:" before it) states what the system does: a subject that can,
 * should or must do something ("users can shorten a URL", "the service must redirect"), or a
 * bare verb phrase ("shorten URLs", "support custom aliases"). Read by parts of speech, so a
 * statement of fact ("the dog is brown") is not one.
 */
export function readsAsFeature(text: string): boolean {
  const ts = tokens(text);
  if (ts.length < 2 || ts.length > 30) return false;
  const first = ts[0]!;
  if (first.pos === 'VERB' && !['be', 'have', 'do'].includes(first.lemma)) return true;
  for (let i = 0; i + 1 < ts.length; i += 1) {
    const t = ts[i]!;
    if ((t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADJ') && MODALS.has(t.lemma)) {
      const next = ts.slice(i + 1, i + 4).find((x) => x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma !== 'be'));
      if (next && next.lemma !== 'be') return true;
    }
    if (t.pos === 'VERB' && ASK_VERBS.has(t.lemma) && i <= 3) return true;
  }
  return false;
}

/** Whether a plain sentence states how well: names a quality with a measurable target. */
export function readsAsQuality(text: string): boolean {
  return targetOf(text) !== undefined && qualityOf(text) !== undefined;
}
