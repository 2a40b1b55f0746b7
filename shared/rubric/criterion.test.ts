import { describe, expect, it } from 'vitest';
import type { RiskClaim } from './claims/claim';
import { failureRaised } from './criterion';
import type { Grounding } from './grounding/ground';

/** A grounding holding one credited, unprompted risk with this text. */
function withRisk(text: string, prompted = false): Grounding {
  const claim: RiskClaim = { kind: 'risk', text, source: { from: 'note', t: 0, text, prompted } };
  return { requirements: [], questions: [], apis: [], entities: [], estimates: [], decisions: [], components: [], deepDives: [], bottlenecks: [], tradeoffs: [], risks: [{ claim, credit: 'full' }], topicality: 1 };
}

describe('a failure mode raised unasked (the staff expectation)', () => {
  it('names what fails and what happens then', () => {
    expect(failureRaised(withRisk('If a Redis shard goes down, the limiter fails open and gateways fall back to local buckets'))).toBe(true);
    expect(failureRaised(withRisk('Cache node dies -> reads go to the DB until it warms'))).toBe(true);
    expect(failureRaised(withRisk('Worker crash mid-send: the message is retried from the queue, dedupe by id'))).toBe(true);
  });

  it('one failure word is not a failure mode', () => {
    expect(failureRaised(withRisk('Data loss'))).toBe(false);
    expect(failureRaised(withRisk('Some loss'))).toBe(false);
    expect(failureRaised(withRisk('Outages'))).toBe(false);
    expect(failureRaised(withRisk('The database could fail'))).toBe(false);
  });

  it('only when raised without being asked', () => {
    expect(failureRaised(withRisk('If a Redis shard goes down, the limiter fails open', true))).toBe(false);
  });
});
