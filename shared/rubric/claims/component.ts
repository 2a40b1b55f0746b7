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

/** The words a prompt is about: its title, tags, terms, entities and expected components. */
function promptWords(prompt: PromptSnapshot): string[] {
  const r = prompt.reference;
  return contentLemmas([prompt.title, ...prompt.tags.map((t) => t.replace(/-/g, ' ')), ...(r?.terms ?? []), ...(r?.entities ?? []).map((e) => e.name), ...prompt.components.flatMap((c) => [c.kind, ...c.synonyms])].join(' . '));
}

const lexicons = new WeakMap<PromptSnapshot, Lexicon>();

/** The knowledge base's phrases with the prompt's words counted as system-design words; built once per prompt. */
function lexiconFor(prompt: PromptSnapshot | undefined): Lexicon {
  if (!prompt) return knowledgeLexicon();
  let lexicon = lexicons.get(prompt);
  if (!lexicon) {
    lexicon = compileLexicon(knowledgeEntries(), [...KNOWN_WORDS, ...promptWords(prompt)]);
    lexicons.set(prompt, lexicon);
  }
  return lexicon;
}

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

/** The components a sentence names ("browser, CDN, load balancer, redirect service"), each as written. */
export function componentsNamed(text: string, prompt?: PromptSnapshot): { label: string; knowledgeKind: KnowledgeKind }[] {
  const seen = new Set<string>();
  const out: { label: string; knowledgeKind: KnowledgeKind }[] = [];
  for (const h of kindHits(text, lexiconFor(prompt))) {
    if (seen.has(h.text)) continue;
    seen.add(h.text);
    out.push({ label: h.text, knowledgeKind: kindOfHit(h) });
  }
  return out;
}
