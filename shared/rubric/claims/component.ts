import { KIND_WORDS, KNOWLEDGE_KINDS, type KnowledgeKind } from '../../knowledge/components';
import type { PromptSnapshot } from '../../session/exportFile';
import { findPhrases, words, type Hit } from '../../text/lexicon';
import { knowledgeLexicon } from '../../text/mentions';
import { relevance } from '../../text/relevance';

/**
 * What the knowledge base takes a label for, by meaning: the language layer's phrase finding
 * (shared/text/lexicon.ts) already refuses a product name used in another sense ("Kafka novels",
 * "Franz Kafka"). A label is a name, so one more test applies: a product name beside words that
 * are neither system-design words nor the prompt's own ("Metamorphosis by Kafka") names a book,
 * not a queue; "Kafka" alone, "Kafka cluster" and, in a checkout prompt, "Orders Kafka" are queues.
 */

const KINDS = new Set<string>(KNOWLEDGE_KINDS);
const PRODUCTS = new Set(KIND_WORDS.flatMap((g) => g.products ?? []));
const GENERIC = new Set(KIND_WORDS.filter((g) => g.strength === 'generic').flatMap((g) => g.words));

const kindHits = (text: string): Hit[] => findPhrases(text, knowledgeLexicon()).filter((h) => h.ids.some((id) => id.startsWith('kind:') && KINDS.has(id.slice(5))));
const kindOfHit = (h: Hit): KnowledgeKind => h.ids.find((id) => id.startsWith('kind:'))!.slice(5) as KnowledgeKind;

/** Whether a word of the label reads as software or as this prompt's domain. */
function familiar(word: { text: string; lemma: string }, prompt: PromptSnapshot | undefined): boolean {
  const known = knowledgeLexicon().known;
  if (known.has(word.text) || known.has(word.lemma)) return true;
  return prompt !== undefined && relevance(word.text, prompt).score > 0;
}

export function knowledgeKindOf(label: string, prompt?: PromptSnapshot): KnowledgeKind | undefined {
  const hits = kindHits(label);
  if (hits.length === 0) return undefined;
  const ws = words(label);
  const covered = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
  const others = ws.filter((t, i) => !covered.has(i) && !t.stop && !t.number && t.pos !== 'ADP' && /^\p{L}/u.test(t.text));
  const strangers = others.filter((t) => !familiar(t, prompt));
  const usable = hits.filter((h) => !(PRODUCTS.has(h.phrase) && strangers.length > 0 && strangers.length >= others.length));
  // A named word ("Redis", "load balancer") says more than a generic one ("DB", "server").
  const named = usable.find((h) => !GENERIC.has(h.phrase));
  const best = named ?? usable[0];
  return best ? kindOfHit(best) : undefined;
}

/** The components a sentence names ("browser, CDN, load balancer, redirect service"), each as written. */
export function componentsNamed(text: string): { label: string; knowledgeKind: KnowledgeKind }[] {
  const seen = new Set<string>();
  const out: { label: string; knowledgeKind: KnowledgeKind }[] = [];
  for (const h of kindHits(text)) {
    const kind = kindOfHit(h);
    if (seen.has(h.text)) continue;
    seen.add(h.text);
    out.push({ label: h.text, knowledgeKind: kind });
  }
  return out;
}
