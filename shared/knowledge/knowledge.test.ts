import { describe, expect, it } from 'vitest';
import { Quality, StoreKind } from '../notes/item';
import { COMPONENT_KINDS, KIND_WORDS, KNOWLEDGE_KINDS } from './components';
import { QUALITY_WORDS } from './qualities';
import { ACCESS_PATTERNS, STORE_FIT, TRADEOFF_PAIRS, storesFor } from './stores';
import { BOTTLENECK_PATTERNS, PATTERN_WORDS, TECHNIQUES, techniqueName, techniquesFor } from './techniques';

describe('the knowledge base', () => {
  it('gives every knowledge kind words, and maps word groups onto diagram kinds only', () => {
    for (const kind of KNOWLEDGE_KINDS) expect(KIND_WORDS.some((g) => g.kind === kind && g.words.length + (g.products?.length ?? 0) > 0), kind).toBe(true);
    for (const g of KIND_WORDS) if (g.canvas !== null) expect(COMPONENT_KINDS).toContain(g.canvas);
  });

  it('writes every phrase lower case with single spaces, as the matchers read them', () => {
    const phrases = [...KIND_WORDS.flatMap((g) => [...g.words, ...(g.products ?? [])]), ...TECHNIQUES.flatMap((t) => t.names), ...Object.values(QUALITY_WORDS).flat(), ...Object.values(PATTERN_WORDS).flat()];
    for (const p of phrases) expect(p, p).toMatch(/^[a-z0-9]+( [a-z0-9]+)*$/);
  });

  it('marks as everyday or product only words the group lists', () => {
    for (const g of KIND_WORDS) for (const w of g.everyday ?? []) expect(g.words, `${g.kind}: ${w}`).toContain(w);
  });

  it('has words for every quality the notes know', () => {
    for (const q of Quality.options) expect(QUALITY_WORDS[q].length, q).toBeGreaterThan(3);
  });

  it('answers every bottleneck pattern with at least two techniques', () => {
    for (const pattern of BOTTLENECK_PATTERNS) expect(techniquesFor(pattern).length, pattern).toBeGreaterThanOrEqual(2);
    expect(techniquesFor('hot key').map(techniqueName)).toEqual(expect.arrayContaining(['caching', 'hot key splitting', 'request coalescing']));
    expect(techniquesFor('slow third party').map(techniqueName)).toEqual(expect.arrayContaining(['circuit breaker', 'retries with backoff', 'failover']));
  });

  it('says what each technique gains and costs, never the same quality on both sides', () => {
    for (const t of TECHNIQUES) {
      expect(t.gains.length, techniqueName(t)).toBeGreaterThan(0);
      expect(t.costs.length, techniqueName(t)).toBeGreaterThan(0);
      expect(t.gains.filter((q) => t.costs.includes(q)), techniqueName(t)).toEqual([]);
    }
  });

  it('fits every store kind to access patterns, and every pattern to a store', () => {
    for (const s of StoreKind.options) expect(STORE_FIT[s].length, s).toBeGreaterThan(0);
    for (const a of ACCESS_PATTERNS) expect(storesFor(a).length, a).toBeGreaterThan(0);
    expect(storesFor('full-text search')).toContain('search index');
    expect(storesFor('transactions across rows')).toEqual(['relational database']);
  });

  it('names trade-off pairs whose sides buy different qualities', () => {
    expect(TRADEOFF_PAIRS.map((p) => p.name)).toEqual(expect.arrayContaining(['consistency vs availability', 'latency vs durability', 'push vs pull', 'SQL vs wide-column']));
    for (const p of TRADEOFF_PAIRS) expect(p.a.gains.filter((q) => p.b.gains.includes(q)), p.name).toEqual([]);
  });
});
