import { describe, expect, it } from 'vitest';
import { SHIPPED_PROMPTS } from '../rubric/testing/prompts';
import type { PromptSnapshot } from '../session/exportFile';
import { ON_TOPIC, relevance } from './relevance';

const withReference = SHIPPED_PROMPTS.filter((p) => p.reference !== undefined);

/** What a sound answer to the prompt says, in the reference's own sentences. */
function own(p: PromptSnapshot): string[] {
  const r = p.reference!;
  return [...r.functional.map((f) => f.text), ...r.qualities.map((q) => q.target), ...r.api.map((o) => o.does), ...r.entities.map((e) => `${e.name}: ${e.why}`), ...r.bottlenecks.map((b) => `${b.what}: ${b.remedies.join(', ')}`)];
}

// Written by hand before tuning: running an office, dressed in real component names and figures.
const OFFICE = [
  'Reception staff are paged over Kafka when a visitor arrives',
  'Visitors sign in at reception through the API gateway',
  'The kitchen rota lives in Postgres, with the menu in a cache for 5 minutes',
  'Desk cleaning goes through a load balancer to 3 cleaning crews',
  'Coffee machine refills are queued and handled by a worker within 2 hours',
  'Shard the coat hooks by floor so 200 staff find one at 9 am',
];

describe('relevance() across the shipped prompts', () => {
  it('each reference sentence is on topic for its own prompt', () => {
    for (const p of withReference) for (const s of own(p)) expect(relevance(s, p).score, `${p.id}: ${s}`).toBeGreaterThanOrEqual(ON_TOPIC);
  });

  it("another prompt's reference sentences are mostly off topic: under a quarter on average for every prompt", () => {
    for (const a of withReference) {
      const sentences = own(a);
      const others = withReference.filter((b) => b !== a);
      const rate = others.reduce((sum, b) => sum + sentences.filter((s) => relevance(s, b).score >= ON_TOPIC).length / sentences.length, 0) / others.length;
      expect(rate, a.id).toBeLessThan(0.3);
    }
  });

  it('office-running nonsense with real component names and figures is off topic for every prompt', () => {
    for (const p of SHIPPED_PROMPTS) for (const s of OFFICE) expect(relevance(s, p).score, `${p.id}: ${s} (${relevance(s, p).matched.join(', ')})`).toBeLessThan(ON_TOPIC);
  });

  it('numbers and units say how much, not of what: a figure adds nothing to a sentence', () => {
    const p = SHIPPED_PROMPTS.find((x) => x.id === 'notifications')!;
    expect(relevance('Slice 20 onions into 5 mm rings, 99% of them in 50 ms', p).score).toBe(relevance('Slice onions into rings, of them in', p).score);
    expect(relevance('Slice 20 onions', p).score).toBeLessThan(0.1);
  });
});
