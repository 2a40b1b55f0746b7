import { describe, expect, it } from 'vitest';
import { scoreSession } from '../score';
import { SessionBuilder } from '../testing/builder';
import { shippedPrompt } from '../testing/prompts';
import { unsoundness } from './soundness';

const dive = (prompt: string, component: string, decision: string) => {
  const p = shippedPrompt(prompt);
  const s = new SessionBuilder(p, 'mid').start().enter('deep-dive');
  s.note({ list: 'deep-dive', component, decision }).wait(3);
  return scoreSession({ prompt: p, events: s.end().build(), level: 'mid' }).criteria.find((c) => c.id === 'deep-dive')!;
};

describe('a confident but unsound deep dive earns no credit for its decision', () => {
  it('last writer wins for edits a file-sync design must never lose', () => {
    const lww = dive('file-sync', 'Conflicts', 'Last write wins by timestamp, the newest file overwrites the old one so every device converges');
    const kept = dive('file-sync', 'Conflicts', 'Two edits from the same base version: keep both, the second as a conflicted copy, so no edit is ever lost');
    expect(lww.score).toBeLessThanOrEqual(1);
    expect(kept.score).toBeGreaterThan(lww.score);
    expect(lww.evidence).toContainEqual(expect.objectContaining({ positive: false, text: expect.stringMatching(/unsound: last writer wins/) }));
    // Where the prompt takes last-writer-wins on purpose (a key-value store's tenants), it is a sound choice.
    expect(unsoundness('Last write wins by timestamp on every replica', shippedPrompt('key-value-store'))).toBeUndefined();
  });

  it('a metrics store partitioned by metric name alone has hot partitions', () => {
    const byName = dive('metrics-alerting', 'Storage', 'Use Cassandra with the metric name as partition key so it scales horizontally');
    expect(byName.score).toBeLessThanOrEqual(1);
    expect(unsoundness('Partition by metric name plus a hash of the labels, so one series stays together', shippedPrompt('metrics-alerting'))).toBeUndefined();
  });

  it('every scheduler polling the same table fires each job once per scheduler', () => {
    const p = shippedPrompt('job-scheduler');
    expect(unsoundness('Every scheduler instance runs SELECT * FROM jobs WHERE next_run <= now() once a minute', p)).toMatch(/^unsound/);
    expect(unsoundness('Every scheduler instance owns a range of partitions by lease and scans only its own due rows', p)).toBeUndefined();
  });
});
