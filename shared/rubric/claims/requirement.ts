import type { Quality } from '../../notes/item';
import { tokens } from '../../text/normalise';
import { mentions } from '../../text/mentions';
import { present, tidy, type Draft } from './draft';
import { targetOf } from './target';

type RequirementDraft = Extract<Draft, { kind: 'requirement' }>;

/** Short forms of the qualities people write after "NFR": "avail", "lat", "perf", "dur". */
const SHORT: Readonly<Record<string, Quality>> = {
  avail: 'availability',
  ha: 'availability',
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
  fresh: 'consistency',
  freshness: 'consistency',
  stale: 'consistency',
  staleness: 'consistency',
  eventual: 'consistency',
  dur: 'durability',
  durability: 'durability',
  durable: 'durability',
  // "0 lost clicks", "no data loss": what is kept is durability.
  lost: 'durability',
  loss: 'durability',
  lose: 'durability',
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
  // The quality the line names first is what it is about: "99.99% availability for search, stale
  // results ok" is availability, though staleness is a word of consistency.
  // Hyphens as spaces: the knowledge base names "exactly once" where the line says "exactly-once".
  const lower = text.toLowerCase().replace(/-/g, ' ');
  const named: { q: Quality; at: number }[] = mentions(text).flatMap((m) => (m.type === 'quality' ? [{ q: m.name as Quality, at: lower.indexOf(m.text.toLowerCase()) }] : []));
  const ts = tokens(text);
  let from = 0;
  for (const t of ts) {
    const at = lower.indexOf(t.text.toLowerCase(), from);
    if (at !== -1) from = at + t.text.length;
    const q = SHORT[t.text.toLowerCase()] ?? SHORT[t.lemma];
    if (q) named.push({ q, at: at === -1 ? Number.MAX_SAFE_INTEGER : at });
  }
  if (named.length > 0) return named.reduce((a, b) => (b.at >= 0 && (a.at < 0 || b.at < a.at) ? b : a)).q;
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

/** A capital at the start of a line makes the tagger read the first word as a name ("Support" as PROPN). */
export function sentenceCase(text: string): string {
  return text.replace(/^\s*(\p{Lu})(\p{Ll})/u, (_, a: string, b: string) => a.toLowerCase() + b);
}

const MODALS = new Set(['can', 'could', 'should', 'must', 'may', 'will', 'shall', 'need', 'able']);
const ASK_VERBS = new Set(['support', 'allow', 'let', 'enable', 'provide', 'offer', 'handle', 'show', 'see', 'get', 'create', 'send', 'view', 'store', 'track', 'notify', 'list', 'search', 'upload', 'download', 'delete', 'edit', 'update', 'share', 'follow', 'post', 'book', 'cancel', 'pay', 'redirect', 'shorten', 'expire', 'limit']);

/**
 * Whether a plain sentence (no "FR:" before it) states what the system does: a subject that can,
 * should or must do something ("users can shorten a URL", "the service must redirect"), or a
 * bare verb phrase ("shorten URLs", "support custom aliases"). Read by parts of speech, so a
 * statement of fact ("the dog is brown") is not one.
 */
export function readsAsFeature(text: string): boolean {
  const ts = tokens(sentenceCase(text));
  if (ts.length < 2 || ts.length > 30) return false;
  const first = ts[0]!;
  // The tagger reads a bare "Support …" or "Track …" as a noun at times; these verbs open a feature either way.
  if ((first.pos === 'VERB' && !['be', 'have', 'do'].includes(first.lemma)) || ASK_VERBS.has(first.lemma)) return true;
  for (let i = 0; i < ts.length; i += 1) {
    const t = ts[i]!;
    if ((t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADJ') && MODALS.has(t.lemma)) {
      const next = ts.slice(i + 1, i + 4).find((x) => x.pos === 'VERB' || (x.pos === 'AUX' && x.lemma !== 'be'));
      if (next && next.lemma !== 'be') return true;
    }
    if (t.pos === 'VERB' && ASK_VERBS.has(t.lemma) && i <= 3) return true;
    // "a short link redirects", "the service stores links": a subject and a verb in the present.
    if (t.pos === 'VERB' && i > 0 && i <= 5 && /[^s]s$/.test(t.text) && t.lemma !== t.text && ['NOUN', 'PROPN'].includes(ts[i - 1]!.pos)) return true;
  }
  return false;
}

/** Whether a plain sentence states how well: names a quality with a measurable target. */
export function readsAsQuality(text: string): boolean {
  return targetOf(text) !== undefined && qualityOf(text) !== undefined;
}
