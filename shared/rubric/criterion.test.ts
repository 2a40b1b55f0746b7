import { describe, expect, it } from 'vitest';
import type { ClaimSource, ComponentClaim, GroundedClaim, RiskClaim } from './claims/claim';
import { evolutionRaised, failureRaised, isFailureMode, notCounted } from './criterion';
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

describe('what was not counted', () => {
  const narrative: ClaimSource = { from: 'note', t: 1_164_000, ref: 'n21', text: 'Kafka at reception queues visitors, Postgres books a room, Redis pours coffee' };
  const component = (label: string, reason: string, source = narrative): GroundedClaim => ({ claim: { kind: 'component', label, source } satisfies ComponentClaim, credit: 'none', reason });

  it('lists a line naming several uncounted components once, not once per component', () => {
    const off = 'off topic for a Notification Service';
    expect(notCounted([component('Kafka', off), component('Postgres', off), component('Redis', off)])).toEqual([{ text: narrative.text, reason: off, t: narrative.t, ref: 'n21' }]);
  });

  it('keeps each reason the line earned nothing for, and the same words written elsewhere as their own line', () => {
    const elsewhere: ClaimSource = { ...narrative, from: 'canvas', t: 1_200_000, ref: 'box-3' };
    const listed = notCounted([component('Kafka', 'off topic'), component('Redis', 'not a part of this design'), component('Kafka', 'off topic', elsewhere)]);
    expect(listed.map((n) => [n.ref, n.reason])).toEqual([
      ['n21', 'off topic; not a part of this design'],
      ['box-3', 'off topic'],
    ]);
  });
});

describe('failure modes and evolution read by their words, whatever their form', () => {
  it('a failure in any inflection, with what fails and what happens then', () => {
    expect(isFailureMode('Losing the leader: followers elect a new one within 2 s')).toBe(true);
    expect(isFailureMode('When a region goes offline, traffic shifts to the other region')).toBe(true);
    expect(isFailureMode('A stuck consumer lets messages pile up; we alert on lag and restart it')).toBe(true);
  });

  it('a failure word with nothing failing, or a part with no consequence, is not one', () => {
    expect(isFailureMode('Retries and failover')).toBe(false);
    expect(isFailureMode('The primary might crash at some point')).toBe(false);
    // "down" after "scale" is no outage.
    expect(isFailureMode('Scale down the workers at night: cheaper')).toBe(false);
  });

  it('evolution is how the design changes as it grows, in any form of the words', () => {
    const said = (text: string) => evolutionRaised(withRisk(text));
    expect(said('Once the index outgrows memory, the trie moves onto SSD')).toBe(true);
    expect(said('Evolving: the single Postgres becomes per-region shards')).toBe(true);
    expect(said('At 100x, split ingest into its own cluster')).toBe(true);
    // A multiplier that is not the load growing ("10x cheaper") says nothing about evolution.
    expect(said('Object storage is 10x cheaper per GB than SSD')).toBe(false);
  });
});
