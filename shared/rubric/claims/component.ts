import { KIND_WORDS, KNOWLEDGE_KINDS, type KnowledgeKind } from '../../knowledge/components';
import type { PromptSnapshot } from '../../session/exportFile';
import { compileLexicon, findPhrases, words, type Hit, type Lexicon } from '../../text/lexicon';
import { KNOWN_WORDS, knowledgeEntries, knowledgeLexicon } from '../../text/mentions';
import { contentLemmas } from '../../text/normalise';

/**
 * What the knowledge base takes a label or a sentence for, by meaning. The language layer's
 * phrase finding (shared/text/lexicon.ts) already refuses a product name or an everyday word used
 * in another sense ("Kafka novels", "Franz Kafka", "an office worker"); here the words that make
 * it read as software include the prompt's own, so "Shortener service" in the URL shortener is a
 * service. A label is a name, so one more test applies: a product name beside only words that are
 * neither system-design words nor the prompt's ("Metamorphosis by Kafka") names a book, not a
 * queue; "Kafka" alone, "Kafka cluster" and, in a checkout prompt, "Orders Kafka" are queues.
 */

const KINDS = new Set<string>(KNOWLEDGE_KINDS);
const PRODUCTS = new Set(KIND_WORDS.flatMap((g) => g.products ?? []));
const GENERIC = new Set(KIND_WORDS.filter((g) => g.strength === 'generic').flatMap((g) => g.words));

/** The texts of a prompt that say what it is about: its title, tags, terms, entities and expected components. */
function promptTexts(prompt: PromptSnapshot): string[] {
  const r = prompt.reference;
  return [prompt.title, ...prompt.tags.map((t) => t.replace(/-/g, ' ')), ...(r?.terms ?? []), ...(r?.entities ?? []).map((e) => e.name), ...prompt.components.flatMap((c) => [c.kind, ...c.synonyms])];
}

const promptWords = (prompt: PromptSnapshot): string[] => contentLemmas(promptTexts(prompt).join(' . '));

/**
 * Built once per prompt content, not per object: a session file read again, or the calibration's
 * many copies of one prompt, reuse it (compiling reads every phrase of the knowledge base).
 */
const lexicons = new Map<string, { lexicon: Lexicon; design: ReadonlySet<string> }>();
const LEXICON_LIMIT = 64;

function forPrompt(prompt: PromptSnapshot | undefined): { lexicon: Lexicon; design: ReadonlySet<string> } {
  const key = prompt ? JSON.stringify(promptTexts(prompt)) : '';
  let found = lexicons.get(key);
  if (!found) {
    const extra = prompt ? promptWords(prompt) : [];
    const system = KNOWN_WORDS.flatMap((w) => words(w).map((t) => t.lemma));
    found = { lexicon: prompt ? compileLexicon(knowledgeEntries(), [...KNOWN_WORDS, ...extra]) : knowledgeLexicon(), design: new Set([...system, ...extra]) };
    if (lexicons.size >= LEXICON_LIMIT) lexicons.clear();
    lexicons.set(key, found);
  }
  return found;
}

/** The knowledge base's phrases with the prompt's words counted as system-design words. */
const lexiconFor = (prompt: PromptSnapshot | undefined): Lexicon => forPrompt(prompt).lexicon;

const kindHits = (text: string, lexicon: Lexicon): Hit[] => findPhrases(text, lexicon).filter((h) => h.ids.some((id) => id.startsWith('kind:') && KINDS.has(id.slice(5))));
const kindOfHit = (h: Hit): KnowledgeKind => h.ids.find((id) => id.startsWith('kind:'))!.slice(5) as KnowledgeKind;

export function knowledgeKindOf(label: string, prompt?: PromptSnapshot): KnowledgeKind | undefined {
  const lexicon = lexiconFor(prompt);
  const hits = kindHits(label, lexicon);
  if (hits.length === 0) return undefined;
  const ws = words(label);
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
  const others = ws.filter((t, i) => !covered.has(i) && !t.stop && !t.number && t.pos !== 'ADP' && /^\p{L}/u.test(t.text));
  const strangers = others.filter((t) => !lexicon.known.has(t.text) && !lexicon.known.has(t.lemma));
  const usable = hits.filter((h) => !(PRODUCTS.has(h.phrase) && strangers.length > 0 && strangers.length >= others.length));
  // A named word ("Redis", "load balancer") says more than a generic one ("DB", "server").
  const best = usable.find((h) => !GENERIC.has(h.phrase)) ?? usable[0];
  return best ? kindOfHit(best) : undefined;
}

/** The words of a hit as the text writes them ("KV store", not "kv store"); the hit's own words when not found. */
function asWritten(text: string, found: string): string {
  const pattern = found.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+(?:(?:a|an|the)[^\\p{L}\\p{N}]+)?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'iu').exec(text)?.[0] ?? found;
}

/** The components a sentence names ("browser, CDN, load balancer, redirect service"), each as written. */
export function componentsNamed(text: string, prompt?: PromptSnapshot): { label: string; knowledgeKind: KnowledgeKind }[] {
  const seen = new Set<string>();
  const out: { label: string; knowledgeKind: KnowledgeKind }[] = [];
  for (const h of kindHits(text, lexiconFor(prompt))) {
    if (seen.has(h.text)) continue;
    seen.add(h.text);
    out.push({ label: asWritten(text, h.text), knowledgeKind: kindOfHit(h) });
  }
  return out;
}

/**
 * Whether a phrase speaks of design at all: it names something of the knowledge base (a kind, a
 * technique, a quality, a bottleneck) or uses a system noun ("counter", "shard") or a word of the
 * prompt's own. "Redis", "local counters", "302 redirects" (in the URL shortener) do; "water
 * flows" and "the old stone bridge" do not.
 */
export function speaksOfDesign(text: string, prompt?: PromptSnapshot): boolean {
  const { lexicon, design: known } = forPrompt(prompt);
  if (findPhrases(text, lexicon).length > 0) return true;
  return words(text).some((t) => !t.stop && (known.has(t.lemma) || known.has(t.text)));
}
