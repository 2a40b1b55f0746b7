import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_KINDS } from '../knowledge/components';
import { StoreKind } from '../notes/item';
import { mentions, namesRemedy } from './mentions';

const named = (text: string) => mentions(text).map((m) => `${m.type}:${m.name}`);

describe('mentions: what a text names from the knowledge base', () => {
  it.each([
    // Inflections meet on the lemma.
    ['We are caching the profile', 'technique:caching'],
    ['profiles are cached for a minute', 'technique:caching'],
    ['two caches in front of the store', 'kind:cache'],
    ['shards split by user', 'technique:sharding'],
    ['the table is partitioned by tenant', 'technique:sharding'],
    ['replicated to three zones', 'technique:replication'],
    ['requests are throttled per tenant', 'technique:rate limiting'],
    ['writes are batched every second', 'technique:batching'],
    ['failed calls are retried with jitter', 'technique:retries with backoff'],
    // Synonyms and punctuation read as spaces.
    ['an API-gateway checks tokens', 'kind:api gateway'],
    ['follower reads for the profile page', 'technique:read replicas'],
    ['a hash ring with virtual nodes', 'technique:consistent hashing'],
    ['push model for small accounts', 'technique:fan out on write'],
    ['a DLQ for poison messages', 'technique:dead letter queue'],
    ['a token bucket per account', 'technique:rate limiting'],
    // Product names.
    ['Redis holds the counters', 'kind:cache'],
    ['events go through Apache Kafka', 'kind:message queue'],
    ['the Kafka topic has 12 partitions', 'kind:message queue'],
    ['Cassandra for the log', 'kind:wide-column store'],
    ['send through APNs and FCM', 'kind:external provider'],
    ['metrics in Prometheus', 'kind:time-series database'],
    // Qualities by their words and units.
    ['p99 under 200 ms', 'quality:latency'],
    ['four nines of uptime', 'quality:availability'],
    ['an RPO of five minutes', 'quality:durability'],
    ['the SLA is 99.9%', 'quality:availability'],
    // Bottleneck patterns.
    ['a celebrity post makes a hot key', 'pattern:hot key'],
    ['a cache stampede after a deploy', 'pattern:thundering herd'],
  ])('%j names %s', (text, expected) => {
    expect(named(text)).toContain(expected);
  });

  it.each([
    ['Kafka novels are on the reading list', 'kind:message queue'],
    ["I finished Kafka's novels last winter", 'kind:message queue'],
    ['Franz Kafka wrote them in Prague', 'kind:message queue'],
    ['the food processor in the kitchen is broken', 'kind:worker'],
    ['an office worker waters the plants', 'kind:worker'],
    ['Redisplay the page after saving', 'kind:cache'],
    ['the cachet of the brand', 'kind:cache'],
    ['Spark plugs for the van', 'kind:worker'],
    ['a paint bucket in the hall', 'kind:object storage'],
  ])('%j does not name %s', (text, notExpected) => {
    expect(named(text)).not.toContain(notExpected);
  });

  it('keeps the software sense where the next word is a system word or a verb', () => {
    expect(named('Kafka is the event log')).toContain('kind:message queue');
    expect(named('a Redis cluster with replicas')).toContain('kind:cache');
    expect(named('a stream processor reads the topic')).toContain('kind:stream processor');
    expect(named('an email worker retries the send')).toContain('kind:worker');
  });

  it('reads a product followed by its own command or vocabulary as the product', () => {
    // A command written in capitals is the product's own, not an everyday noun: only software has an INCRBY.
    expect(named('counters via redis INCRBY per key')).toContain('kind:cache');
    expect(named('positions with redis GEOADD')).toContain('kind:cache');
    expect(named('top 100 in a redis ZSET')).toContain('kind:cache');
    expect(named('Druid segments per hour')).toContain('kind:olap database');
    expect(named('Cassandra tombstones pile up')).toContain('kind:wide-column store');
    expect(named('S3 lifecycle rules move old files')).toContain('kind:object storage');
    // The guard still holds for prose: the words after the name are everyday nouns, in lower case.
    expect(named('Kafka novels are on the reading list')).not.toContain('kind:message queue');
    expect(named('KAFKA NOVELS ARE ON THE LIST')).not.toContain('kind:message queue');
  });

  it('says what was written, as written (lower case)', () => {
    expect(mentions('We shard by user_id')).toContainEqual({ type: 'technique', name: 'sharding', text: 'shard' });
  });
});

// The contract with the prompts' references (every name in it must be recognised).
const TECHNIQUE_NAMES = `sharding, shard, partitioning, partition by key, horizontal partitioning, replication, replicas,
  replicate, multi-region replication, read replicas, read replica, follower reads, caching, cache, cache-aside,
  write-through cache, memoisation, cdn, content delivery network, edge caching, queueing, message queue, queue,
  buffer with a queue, async processing, asynchronous processing, back-pressure, backpressure, flow control,
  batching, batch, micro-batching, group commit, rate limiting, rate limit, throttling, throttle, token bucket,
  quota, idempotency keys, idempotency, idempotent, dedupe key, deduplication, leader election, leader, lease,
  consensus, raft, paxos, zookeeper, etcd, consistent hashing, hash ring, virtual nodes, denormalisation,
  denormalization, denormalise, precomputed view, materialised view, fan-out on write, push model, write fan-out,
  precomputed timelines, fan-out on read, pull model, read fan-out, circuit breaker, circuit breaking, bulkhead,
  retries with backoff, retry, exponential backoff, jitter, load shedding, shed load, drop low-priority,
  autoscaling, horizontal scaling, scale out, add instances, stateless servers, failover, standby, hot standby,
  second provider, multi-provider, pre-aggregation, rollup, roll-up, pre-aggregate,
  aggregate in a stream processor, windowed aggregation, compression, compress, delta encoding, tiered storage,
  cold storage, archive, move old data to object storage, ttl expiry, retention, bloom filter, indexing,
  secondary index, index, inverted index, geospatial index, geohash, quadtree, write-ahead log, wal, commit log,
  append-only log, quorum, quorum reads, quorum writes, optimistic locking, compare-and-set, cas, version check,
  conditional write, locking, distributed lock, pessimistic lock, row lock, reservation hold, chunking, chunk,
  multipart upload, resumable upload, range requests, pagination, cursor pagination, page through,
  dead-letter queue, dlq, priority queues, separate queues per priority, priority lanes, geo-partitioning,
  regional deployment, split by region, geo-sharding, multi-region, precomputation, precompute, pre-generate,
  key generation service, pre-allocated ranges, connection pooling, connection pool, persistent connections,
  websockets, long polling, sampling, sample, approximate counting, count-min sketch, hyperloglog, snapshots,
  snapshot, checkpoint, hot-key splitting, split hot keys, key salting, counter sharding, request coalescing,
  coalescing, single flight, request collapsing, event sourcing, change data capture, cdc, outbox,
  transactional outbox, streaming, stream processing, stream processor, kafka streams, flink`
  .split(',')
  .map((s) => s.trim());

describe('the knowledge base knows the shared vocabulary', () => {
  it.each(TECHNIQUE_NAMES)('%j is a technique or a component kind', (name) => {
    expect(namesRemedy(name), name).toBe(true);
    expect(mentions(name).some((m) => m.type === 'technique'), `${name} as a technique`).toBe(true);
  });

  it.each([...KNOWLEDGE_KINDS])('the kind %j is recognised by its name', (kind) => {
    expect(mentions(kind).map((m) => m.type === 'kind' && m.name)).toContain(kind);
  });

  it.each(StoreKind.options.filter((s) => s !== 'in-memory'))('the store kind %j names a component', (store) => {
    expect(namesRemedy(store)).toBe(true);
  });

  it('a remedy of everyday words names nothing', () => {
    expect(namesRemedy('ask the team to work harder')).toBe(false);
    expect(namesRemedy('buy a bigger food processor')).toBe(false);
  });
});
