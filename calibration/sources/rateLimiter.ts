import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const A = {
  scale: 'About 20 million API keys are active on a given day, averaging around 500 requests each. Peaks run about three times the daily average, and abusive clients can spike far above that.',
  limits: 'Free tier: 10 requests per second and 10,000 per day. Paid: 100 per second and 1 million per day. Enterprise contracts set custom numbers. Anonymous: 20 per minute per IP. Short bursts above the per-second rate are fine if the average holds.',
  latency: 'The check sits on every request, so it may add at most about 5 ms at p99. The API\'s own p99 is around 100 ms.',
  fail: "The limiter must never take the API down. If it can't reach its shared state, let traffic through (fail open) with a rough per-server safety limit, and alert.",
  regions: 'Three regions, with clients routed to the nearest one. Most keys use only one region, but some large customers call all three. Limits are per key globally, not per region.',
};

/** A senior candidate who drives the whole hour: numbers that pick the store, a real algorithm comparison, regions handled. */
const strong: CalibrationSource = {
  name: 'rate-limiter-strong-senior',
  prompt: 'rate-limiter',
  tag: 'c001',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many API keys are active and how much traffic?', A.scale, 0).wait(0.4);
    s.ask('What are the actual limits per tier?', A.limits, 2).wait(0.4);
    s.ask('What is the latency budget for the check?', A.latency, 3).wait(0.3);
    s.ask('If the counter store is down, do we reject traffic?', A.fail, 5).wait(0.3);
    s.ask('Are limits global or per data center?', A.regions, 6).wait(0.3);
    s.note({ list: 'functional', text: 'Limit each API key per second and per day by plan (free 10/s + 10K/day, paid 100/s + 1M/day)' }).wait(0.3);
    s.note({ list: 'functional', text: 'Anonymous calls limited per IP, 20/min; stricter rule on search' }).wait(0.2);
    s.note({ list: 'functional', text: 'Over the limit: 429 + Retry-After; every response carries limit/remaining/reset headers' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Check adds at most 5 ms p99', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Never the reason the API is down: fail open with a local safety limit', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Per-second limits may overshoot ~10%; daily usage for billing exact', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Limits hold per key across all three regions', quality: 'scale' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Queueing/shaping traffic, billing and dashboards (we emit usage events)' }).wait(0.5);
    s.enter('estimate').wait(0.3);
    const qps: string[] = [];
    const peak: string[] = [];
    const mem: string[] = [];
    const log: string[] = [];
    s.line('checks = 20M * 500/day', 'read-qps', qps).wait(0.4);
    s.line('peak = checks * 3', 'peak-qps', peak).wait(0.3);
    s.line('counters = 20M * 3 * 100 B', 'storage', mem).wait(0.4);
    s.line('slidinglog = 20M * 10K * 16 B', 'other', log).wait(0.4);
    s.line('redis_node = 100K/s', 'other', peak).wait(0.3);
    s.conclude('350K checks/s at peak vs ~100K ops/s per Redis node: shard counters over ~10 nodes and do one scripted call per check', peak).wait(0.6);
    s.conclude('6 GB of counters fits in memory; a 3.2 TB sliding log does not, so token bucket + daily counter', [...mem, ...log]).wait(0.6);
    s.conclude('116K/s average means the check must be in-process in the gateway plus one Redis round trip, no extra service hop', qps).wait(0.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'check(key, endpoint, cost=1) -> {allowed, remaining, resetAt, retryAfter}', purpose: 'Library call inside the gateway on every request', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'any call over limit -> 429, Retry-After, X-RateLimit-Limit/Remaining/Reset', purpose: 'What the client sees', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'PUT /rules/{scope} {limit, window, burst}', purpose: 'Support edits a plan, key or endpoint rule', main: false }).wait(1.3);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Token bucket', fields: 'key, rule, tokens, last_refill_ms', store: 'cache', why: 'Updated atomically on every request; 6 GB total, short TTL' }).wait(1);
    s.note({ list: 'entity', name: 'Daily counter', fields: 'key, day, count (INCRBY, 25h TTL)', store: 'cache', why: 'Daily quota, cleans itself up' }).wait(0.8);
    s.note({ list: 'entity', name: 'Rule', fields: 'scope, limit, window, burst', store: 'relational database', why: 'Small, edited by people, wants an audit trail; cached in gateway memory' }).wait(0.8);
    s.note({ list: 'entity', name: 'Usage event', fields: 'key, endpoint, units, ts', store: 'message queue', why: 'Exact totals for billing, off the request path' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [
      ['cl', 'API client'], ['lb', 'Regional load balancer', 'diamond'], ['gw', 'API gateway + limiter middleware'], ['redis', 'Redis cluster (counters, sharded by key)', 'ellipse'], ['api', 'Backend API services'],
      ['rules', 'Rules service'], ['db', 'Rules DB (Postgres)', 'ellipse'], ['kafka', 'Kafka usage events'], ['agg', 'Usage aggregator / cross-region sync'],
    ], [['cl', 'lb'], ['lb', 'gw'], ['gw', 'redis'], ['gw', 'api'], ['rules', 'db'], ['rules', 'gw'], ['gw', 'kafka'], ['kafka', 'agg'], ['agg', 'redis']], 0.5);
    s.note({ list: 'narrative', text: 'Request hits the gateway, rules come from local memory, one Lua script on the key\'s Redis shard checks all three rules, then forward or 429' }).wait(1);
    s.note({ list: 'narrative', text: 'Usage events go async through Kafka to the aggregator, which computes exact totals and rebalances per-region shares' }).wait(2.5);
    s.enter('deep-dive').wait(0.5);
    s.note({ list: 'deep-dive', component: 'Algorithm', decision: 'Fixed window allows 2x at boundaries, sliding log is 3.2 TB; token bucket for per-second (bursts allowed, two numbers per key), plain per-day counter for quotas' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Concurrency', decision: 'Read-refill-take-write in one Lua script so Redis serialises per key; hash tag {key} keeps all of a key\'s rules on one shard; use Redis TIME, not gateway clocks' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Global limits across 3 regions', decision: 'Cross-region sync check costs 50-150 ms, over budget; each region enforces a share rebalanced every few seconds from usage events; overshoot of a few seconds is within the 10%' }).wait(2.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '3.5M checks/s at peak against the Redis cluster', remedy: 'Add shards (keys hash evenly) and lease batches of tokens to gateways for heavy keys' }).wait(1.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'One enterprise key at 100K/s pins one shard', remedy: 'Negative cache of rejected keys in the gateway; split the key\'s bucket into N sub-buckets' }).wait(1.3);
    s.note({ list: 'bottleneck', scale: '100x', what: '35M checks/s: a central store cannot see every request', remedy: 'Local-first buckets per gateway with periodic reconciliation, Redis only for heavy keys' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Token bucket + daily counter', gaveUp: 'Exact request history (sliding log)', because: '6 GB vs 3.2 TB, and bursts are allowed by the product' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Fail open with a per-gateway safety bucket', gaveUp: 'Protection during a Redis outage', because: 'The limiter must never cause an API outage' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Regional shares synced async', gaveUp: 'Strict global accuracy for a few seconds', because: 'A cross-region round trip breaks the 5 ms p99 budget' }).wait(0.6);
    s.note({ list: 'risk', text: 'Many users behind one NAT IP share the anonymous limit' }).wait(0.4);
    s.note({ list: 'open-question', text: 'Should login fail closed rather than open?' }).wait(0.5);
    return s.end();
  },
};

/**
 * The same strength of design, written by someone who types everything in shorthand into the
 * free notes of each phase and barely touches the structured lists or the pad.
 */
const shorthand: CalibrationSource = {
  name: 'rate-limiter-shorthand-senior',
  prompt: 'rate-limiter',
  tag: 'c002',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('What scale are we designing for?', A.scale, 0).wait(0.4);
    s.ask('Per second, per minute or per day?', A.limits, 2).wait(0.4);
    s.ask('Is the API deployed in multiple regions?', A.regions, 6).wait(0.4);
    s.jot('FR: limit per API key per sec + per day by plan (free 10/s 10K/d, paid 100/s 1M/d)').wait(0.4);
    s.jot('FR: anon -> per IP 20/min; per-endpoint rules (search stricter)').wait(0.3);
    s.jot('FR: over limit -> 429 + Retry-After, X-RateLimit-* headers on every resp').wait(0.3);
    s.jot('NFR p99<5ms added per check').wait(0.2);
    s.jot('NFR avail: fail open if counters unreachable, never take API down').wait(0.2);
    s.jot('NFR consistency: per-sec ~10% overshoot ok, daily totals exact (billing)').wait(0.2);
    s.jot('OOS: queueing/shaping, billing UI').wait(0.8);
    s.enter('estimate').wait(0.3);
    s.jot('20M keys * 500/d = 10B/d ~ 116K/s avg, x3 peak ~350K/s').wait(0.6);
    s.jot('redis ~100K ops/s/node -> ~10 shards w/ headroom').wait(0.4);
    s.jot('state 20M * 3 rules * 100B = 6GB -> fits in RAM').wait(0.5);
    s.jot('sliding log 20M * 10K * 16B = 3.2TB -> no logs, use buckets/counters').wait(0.6);
    s.enter('api').wait(0.3);
    s.jot('check(key, endpoint, cost=1) -> {allowed, remaining, resetAt} (in-gateway lib, main path)').wait(0.8);
    s.jot('POST /v1/check {key} -> 200|429 (only if we split it out as a svc, prefer not: extra hop)').wait(0.8);
    s.jot('PUT /rules/{scope} {limit, window, burst} (admin)').wait(1.2);
    s.enter('data').wait(0.3);
    s.jot('tbl buckets(key PK, tokens, ts) -> redis hash, TTL ~ refill time').wait(0.7);
    s.jot('tbl daily(key+day PK, count) -> redis INCRBY, 25h TTL').wait(0.5);
    s.jot('tbl rules(scope PK, limit, window, burst) -> postgres, cached in gw').wait(0.6);
    s.jot('usage evt(key, endpoint, units, ts) -> kafka').wait(0.8);
    s.enter('high-level').wait(0.3);
    diagram(s, [
      ['c', 'client'], ['lb', 'LB', 'diamond'], ['gw', 'gateway (limiter mw)'], ['r', 'redis (sharded)', 'ellipse'], ['be', 'backends'], ['k', 'kafka'], ['w', 'usage worker'], ['pg', 'rules pg', 'ellipse'],
    ], [['c', 'lb'], ['lb', 'gw'], ['gw', 'r'], ['gw', 'be'], ['gw', 'k'], ['k', 'w'], ['pg', 'gw']], 0.6);
    s.jot('flow: req -> gw -> rules from mem -> 1 lua call on key shard -> fwd | 429; evts async -> kafka -> worker').wait(3);
    s.enter('deep-dive').wait(0.5);
    s.jot('algo: fixed window = 2x burst at edge; sliding log = 3.2TB; token bucket for /s (2 nums/key, bursts ok), counter for /day').wait(3);
    s.jot('race: GET+SET from 2 gws lets both through -> lua script atomic per key, hash tag {key} so all rules same shard, redis TIME').wait(2.5);
    s.jot('multi-region: sync check 50-150ms >> 5ms budget -> per-region shares, rebalanced every few s from usage evts').wait(2.5);
    s.enter('bottlenecks').wait(0.3);
    s.jot('10x: 3.5M/s peak -> more shards + token leasing (gw grabs 50 tokens) for heavy keys').wait(1.3);
    s.jot('hot key 100K/s on 1 shard -> local neg cache of rejected keys, split bucket into N sub-buckets').wait(1.3);
    s.jot('100x: 35M/s -> local-first per-gw buckets + periodic reconcile').wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.jot('Redis vs local: redis, because limits are per key across the fleet; local only = N x limit').wait(0.8);
    s.jot('bucket vs log: bucket, because 6GB vs 3.2TB and bursts allowed').wait(0.7);
    s.jot('fail open vs closed: open, because limiter must never be the outage; risk abusers slip through briefly').wait(0.8);
    s.jot('risk: NAT -> many users share 1 IP limit').wait(0.6);
    return s.end();
  },
};

/**
 * A mid-level candidate with the right idea (a counter in Redis) and little else: one
 * requirement, a guess of a number, a three-box diagram, and a fixed window chosen without noticing its edge.
 */
const weak: CalibrationSource = {
  name: 'rate-limiter-weak-mid',
  prompt: 'rate-limiter',
  tag: 'c003',
  make(p) {
    const s = solo(p, 'mid');
    s.note({ list: 'functional', text: 'Block users who send too many requests' }).wait(0.5);
    s.note({ list: 'non-functional', text: 'Should be fast', quality: 'latency' }).wait(2.5);
    s.enter('estimate').wait(0.5);
    s.line('users = 1M', 'other').wait(1.5);
    s.enter('api').wait(0.5);
    s.note({ list: 'operation', signature: 'isAllowed(userId)', purpose: 'returns true or false', main: true }).wait(2.5);
    s.enter('data').wait(0.5);
    s.note({ list: 'entity', name: 'Counter', fields: 'userId, count', store: 'cache', why: 'fast' }).wait(3);
    s.enter('high-level').wait(0.5);
    diagram(s, [['u', 'User'], ['srv', 'API server'], ['r', 'Redis', 'ellipse']], [['u', 'srv'], ['srv', 'r']], 1);
    s.note({ list: 'narrative', text: 'Server increments the counter in Redis and blocks when it is over 100' }).wait(6);
    s.enter('deep-dive').wait(0.5);
    s.note({ list: 'deep-dive', component: 'Counter', decision: 'Fixed window of one minute, reset with a TTL' }).wait(6);
    s.enter('bottlenecks').wait(0.5);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Redis gets too many requests', remedy: 'Add more Redis' }).wait(3);
    s.enter('tradeoffs').wait(0.5);
    s.note({ list: 'tradeoff', chose: 'Redis', gaveUp: 'Database', because: 'Redis is faster' }).wait(3);
    return s.end();
  },
};

export const sessions = [strong, shorthand, weak];
