import { KIND_WORDS, SYSTEM_NOUNS, VENDOR_WORDS, type KnowledgeKind } from '../knowledge/components';
import { QUALITY_WORDS } from '../knowledge/qualities';
import { PATTERN_WORDS, TECHNIQUES, techniqueName, type BottleneckPattern } from '../knowledge/techniques';
import type { Quality } from '../notes/item';
import { compileLexicon, findPhrases, type Lexicon, type LexiconEntry } from './lexicon';

/** What a piece of text names from the knowledge base. */
export type Mention =
  | { readonly type: 'kind'; readonly name: KnowledgeKind; readonly text: string }
  | { readonly type: 'technique'; readonly name: string; readonly text: string }
  | { readonly type: 'quality'; readonly name: Quality; readonly text: string }
  | { readonly type: 'pattern'; readonly name: BottleneckPattern; readonly text: string };

/** Every phrase of the knowledge base, each standing for one or more of its items. */
export function knowledgeEntries(): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  for (const group of KIND_WORDS) {
    const everyday = new Set(group.everyday ?? []);
    for (const phrase of group.words) entries.push({ id: `kind:${group.kind}`, phrase, everyday: everyday.has(phrase) });
    for (const phrase of group.products ?? []) entries.push({ id: `kind:${group.kind}`, phrase, product: true });
  }
  for (const t of TECHNIQUES) for (const phrase of t.names) entries.push({ id: `technique:${techniqueName(t)}`, phrase });
  for (const [quality, phrases] of Object.entries(QUALITY_WORDS)) for (const phrase of phrases) entries.push({ id: `quality:${quality}`, phrase });
  for (const [pattern, phrases] of Object.entries(PATTERN_WORDS)) for (const phrase of phrases) entries.push({ id: `pattern:${pattern}`, phrase });
  return entries;
}

/** The words that make a product name or an everyday word read as software (see lexicon.ts). */
export const KNOWN_WORDS: readonly string[] = [...SYSTEM_NOUNS, ...VENDOR_WORDS];

let lexicon: Lexicon | undefined;

/** Compiled once, on first use: every phrase goes through the language model. */
export function knowledgeLexicon(): Lexicon {
  lexicon ??= compileLexicon(knowledgeEntries(), KNOWN_WORDS);
  return lexicon;
}

function toMention(id: string, text: string): Mention {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon) as Mention['type'];
  return { type, name: id.slice(colon + 1), text } as Mention;
}

/** What the text names: component kinds, techniques, qualities and bottleneck patterns, in order. */
export function mentions(text: string): Mention[] {
  return findPhrases(text, knowledgeLexicon()).flatMap((hit) => hit.ids.map((id) => toMention(id, hit.text)));
}

/** Whether the text names a technique or a component kind: what a remedy must do. */
export function namesRemedy(text: string): boolean {
  return mentions(text).some((m) => m.type === 'kind' || m.type === 'technique');
}
