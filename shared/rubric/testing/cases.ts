import type { PromptSnapshot } from '../../session/exportFile';
import type { TargetLevel } from '../../session/level';
import { arrow, box, SessionBuilder } from './builder';

const at = (id: string, x: number, y: number) => ({ id, x, y });

/** Walks the default plan's phases, `minutes` in each, running `work` in each phase. */
function walk(s: SessionBuilder, work: Partial<Record<string, (s: SessionBuilder) => void>>): SessionBuilder {
  s.start();
  for (const [i, phase] of s.plan.phases.entries()) {
    if (i > 0) s.enter(phase.id);
    s.wait(0.5);
    work[phase.id]?.(s);
    s.wait(Math.max(0.5, phase.minutes - 1));
  }
  return s.end();
}

/**
 * Running an office, written into every slot of a session on another prompt, with real
 * component names: the nonsense a scorer that counts filled fields would praise.
 */
export function officeNonsense(prompt: PromptSnapshot, level: TargetLevel = 'senior'): SessionBuilder {
  return walk(new SessionBuilder(prompt, level), {
    clarify: (s) => {
      s.note({ list: 'functional', text: 'Staff book a desk for the day from the front desk' });
      s.note({ list: 'functional', text: 'Visitors sign in at reception and get a badge' });
      s.note({ list: 'non-functional', text: 'The kitchen must serve coffee within 5 minutes', quality: 'latency' });
      s.note({ list: 'non-functional', text: 'The lifts work 99.9% of office hours', quality: 'availability' });
      s.note({ list: 'out-of-scope', text: 'Parking and the gym on the roof' });
    },
    estimate: (s) => {
      const ids: string[] = [];
      s.line('coffees = 400/day', 'write-qps', ids);
      s.conclude('The kitchen needs a second coffee machine', ids);
    },
    api: (s) => {
      s.note({ list: 'operation', signature: 'POST /desks/book {floor, day}', purpose: 'Book a desk for the day', main: true });
      s.note({ list: 'operation', signature: 'GET /lunch/menu', purpose: 'Read the canteen menu', main: false });
    },
    data: (s) => s.note({ list: 'entity', name: 'Desk booking', fields: 'desk, floor, person, day', store: 'relational database', why: 'The facilities team likes spreadsheets' }),
    'high-level': (s) => {
      const a = at('rec', 0, 0);
      const b = at('kafka', 300, 0);
      const c = at('pg', 600, 0);
      s.draw(...box('rec', 'Reception desk', a.x, a.y), ...box('kafka', 'Kafka for coffee orders', b.x, b.y), ...box('pg', 'Postgres with the kitchen rota', c.x, c.y), arrow('r1', a, b), arrow('r2', b, c));
      s.note({ list: 'narrative', text: 'A visitor signs in at reception, which pages their host and orders them a coffee' });
    },
    'deep-dive': (s) => s.note({ list: 'deep-dive', component: 'Coffee machine', decision: 'Descale it every Friday so it never breaks during the Monday rush' }),
    bottlenecks: (s) => s.note({ list: 'bottleneck', scale: '10x', what: 'The lifts at nine in the morning', remedy: 'Stagger the start times by floor' }),
    tradeoffs: (s) => {
      s.note({ list: 'tradeoff', chose: 'Open-plan seating', gaveUp: 'Quiet offices', because: 'Teams talk more over coffee' });
      s.note({ list: 'risk', text: 'The heating fails in winter' });
    },
  });
}

/**
 * A strong rate-limiter session written entirely as shorthand in the free notes, the way a
 * practised candidate types: nothing in the structured lists.
 */
export function shorthandRateLimiter(prompt: PromptSnapshot, level: TargetLevel = 'senior'): SessionBuilder {
  return walk(new SessionBuilder(prompt, level), {
    clarify: (s) =>
      s.freeNotes(
        'clarify',
        [
          'FR: limit each API client per rule (per second, per day, per endpoint)',
          'FR: reject over-limit requests with 429 and Retry-After',
          'FR: rules configurable without a deploy',
          'NFR p99 < 5ms added latency for the check',
          'NFR availability 99.99%: fail open if the limiter is down',
          'NFR scale: 20M clients, ~350K checks/s at peak',
          'out of scope: billing, abuse detection',
          'Q: global limits across regions? A: per region is fine, rebalance shares',
        ].join('\n'),
      ),
    estimate: (s) =>
      s.freeNotes(
        'estimate',
        ['checks = 20M * 500/day ~ 116K/s', 'peak = 3x ~ 350K/s', 'storage = 20M * 3 rules * 100 B ~ 6 GB', '=> fits in memory of one Redis cluster; shard by client key for the 350K/s writes'].join('\n'),
      ),
    api: (s) => s.freeNotes('api', ['POST /v1/check {clientId, rule} -> 200 | 429 {retryAfter}  (main path, called by the gateway)', 'PUT /v1/rules/{id} {limit, window} -> 200', 'GET /v1/usage/{clientId} -> counters'].join('\n')),
    data: (s) => s.freeNotes('data', ['tbl buckets(key PK = client:rule, tokens, ts) in Redis: one hash per key, TTL = window', 'tbl rules(id PK, limit, window) in Postgres: few writes, read at startup'].join('\n')),
    'high-level': (s) => {
      const gw = at('gw', 0, 0);
      const lim = at('lim', 300, 0);
      const redis = at('redis', 600, 0);
      const cfg = at('cfg', 600, 200);
      s.draw(...box('gw', 'API gateway', gw.x, gw.y), ...box('lim', 'Rate limiter service', lim.x, lim.y), ...box('redis', 'Redis cluster (counters)', redis.x, redis.y), ...box('cfg', 'Rules DB (Postgres)', cfg.x, cfg.y), arrow('h1', gw, lim), arrow('h2', lim, redis), arrow('h3', lim, cfg));
      s.freeNotes('high-level', 'gateway -> limiter -> Redis: one round trip, Lua script does refill + take atomically');
    },
    'deep-dive': (s) =>
      s.freeNotes('deep-dive', ['algorithm: token bucket per key, two numbers, allows bursts; sliding window counter for daily quotas', 'concurrency: Lua script so two gateways cannot both take the last token; hash tag keeps a key on one shard'].join('\n')),
    bottlenecks: (s) => s.freeNotes('bottlenecks', ['bottleneck: hot keys from one huge client at 10x -> split the bucket across shards, local cache of rejections', 'bottleneck: Redis shard down at 100x -> replicas with failover, fail open with a local bucket'].join('\n')),
    tradeoffs: (s) =>
      s.freeNotes(
        'tradeoffs',
        ['Redis vs local memory: chose Redis, gave up ~1ms latency, because limits must hold across 50 gateways', 'fail open vs fail closed: chose fail open, gave up strictness, because availability 99.99% matters more than a few extra requests', 'risk: clock skew between regions'].join('\n'),
      ),
  });
}
