import { describe, expect, it } from 'vitest';
import { urlShortener } from '../testing/fixtures';
import type { Section } from './sections';
import { readFreeText } from './shorthand';

/** Prose that is no shorthand: a story, a recipe, office chat, a list of chores. */
const PROSE = [
  'The quick brown fox jumps over the lazy dog because it was bored.',
  'Water flows over the old stone bridge since the river rose last night.',
  'Preheat the oven to 200 degrees and bake the bread for 40 minutes.',
  'I have 3 cats and it took 5 minutes to feed them all.',
  'Our office manager orders coffee every Monday; the kitchen is cleaned on Fridays.',
  'Franz Kafka wrote The Trial and Metamorphosis in Prague.',
  'We met (briefly) at the conference, then went home by train.',
  'Groceries: eggs, milk, bread, butter',
  'The meeting ran long, so everyone was late for lunch.',
  'In 1999 the team had 12 people, and by 2005 it had 40.',
];

const STRUCTURE = new Set(['api', 'entity', 'estimate', 'tradeoff', 'flow', 'bottleneck', 'question', 'decision', 'component']);

describe('prose that is not shorthand', () => {
  it.each<[string, Section | undefined]>([
    ['no section', undefined],
    ['the clarify notes', 'requirements'],
    ['the estimate notes', 'estimate'],
    ['the API notes', 'api'],
  ])('gives no API, entity, estimate, trade-off, flow, bottleneck, question or decision in %s', (_, start) => {
    const drafts = readFreeText(PROSE.join('\n'), { start, prompt: urlShortener }).flatMap((r) => r.drafts);
    expect(drafts.filter((d) => STRUCTURE.has(d.kind))).toEqual([]);
  });

  it('gives in the data-model notes only the one line written as an entity', () => {
    // "Groceries: eggs, milk, bread" has an entity's syntax there; relevance (the scorer's) rules it off topic.
    const drafts = readFreeText(PROSE.join('\n'), { start: 'data', prompt: urlShortener }).flatMap((r) => r.drafts);
    expect(drafts.filter((d) => STRUCTURE.has(d.kind))).toEqual([{ kind: 'entity', name: 'Groceries', fields: ['eggs', 'milk', 'bread', 'butter'] }]);
  });

  it('gives requirements in the clarify notes only for sentences that state a feature', () => {
    const drafts = readFreeText(PROSE.join('\n'), { start: 'requirements', prompt: urlShortener }).flatMap((r) => r.drafts);
    // "Preheat the oven…" is an instruction and "the fox jumps…" a behaviour in the present, read as features
    // the way "Shorten URLs" and "a short link redirects" are: what was asserted there. Relevance (the
    // scorer's) rules them off topic; statements in the past ("the meeting ran long") are not read.
    expect(drafts.map((d) => (d as { text: string }).text)).toEqual(['The quick brown fox jumps over the lazy dog because it was bored', 'Preheat the oven to 200 degrees and bake the bread for 40 minutes']);
  });

  it('names no component in a design narrative about a novelist', () => {
    expect(readFreeText('Franz Kafka wrote The Trial and Metamorphosis', { start: 'high-level', prompt: urlShortener }).flatMap((r) => r.drafts)).toEqual([]);
  });
});
