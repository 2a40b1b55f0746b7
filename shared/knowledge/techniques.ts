import type { Quality } from '../notes/item';

/** What goes wrong as load grows; techniques say which of these they answer. */
export const BOTTLENECK_PATTERNS = [
  'hot key',
  'hot partition',
  'fan-out',
  'write amplification',
  'single writer',
  'thundering herd',
  'slow third party',
  'large payload',
  'cold cache',
  'storage growth',
  'read-heavy load',
  'write-heavy load',
  'connection limits',
  'lock contention',
  'abuse',
] as const;
export type BottleneckPattern = (typeof BOTTLENECK_PATTERNS)[number];

/** The words a bottleneck's description uses for each pattern. */
export const PATTERN_WORDS: Readonly<Record<BottleneckPattern, readonly string[]>> = {
  'hot key': ['hot key', 'hot row', 'celebrity', 'popular item', 'viral', 'skew', 'skewed'],
  'hot partition': ['hot partition', 'hot shard', 'hotspot', 'hot spot', 'uneven partition'],
  'fan-out': ['fan out', 'fanout', 'broadcast', 'many followers', 'many recipients', 'many viewers', 'many subscribers', 'many members', 'many devices', 'every follower', 'every member', 'every viewer', 'every subscriber', 'every contact', 'all followers', 'all members', 'large group', 'big group'],
  'write amplification': ['write amplification', 'compaction', 'rewrite', 'many writes per event'],
  'single writer': ['single writer', 'single leader', 'single primary', 'single master', 'one writer', 'sequencer', 'global counter', 'single point of failure', 'spof'],
  'thundering herd': ['thundering herd', 'stampede', 'cache stampede', 'retry storm', 'burst', 'flash crowd', 'flash sale', 'spike', 'on sale', 'reconnect storm', 'crowd'],
  'slow third party': ['slow third party', 'slow provider', 'third party limit', 'provider limit', 'provider limits', 'external api', 'slow upstream', 'provider outage', 'slow dependency', 'slow downstream', 'slow processor', 'rate limited by the provider'],
  'large payload': ['large payload', 'large file', 'big file', 'large object', 'bandwidth'],
  'cold cache': ['cold cache', 'cache miss', 'warm up', 'cold start', 'miss rate'],
  'storage growth': ['storage growth', 'disk full', 'data growth', 'petabyte', 'terabyte'],
  'read-heavy load': ['read heavy', 'read load', 'read qps', 'read traffic', 'many reads'],
  'write-heavy load': ['write heavy', 'write load', 'write qps', 'write traffic', 'many writes', 'ingestion rate'],
  'connection limits': ['connection limit', 'too many connections', 'open connections', 'open sockets', 'file descriptors', 'long lived connection'],
  'lock contention': ['lock contention', 'contention', 'double booking', 'oversell', 'race', 'concurrent updates', 'same seat', 'same row'],
  // Traffic that is not users using the product: it loads the design and skews what it computes.
  abuse: ['abuse', 'bots', 'bot traffic', 'spam', 'scraping', 'scrapers', 'fake accounts', 'manipulation', 'replay attack'],
};

/**
 * A technique a remedy can name. `names` are the ways it is written (the first is the
 * canonical name; inflections match, see shared/text/); `answers` the bottleneck patterns it
 * fixes; `gains` and `costs` the qualities it usually moves.
 */
export type Technique = {
  readonly names: readonly string[];
  readonly answers: readonly BottleneckPattern[];
  readonly gains: readonly Quality[];
  readonly costs: readonly Quality[];
};

export const TECHNIQUES: readonly Technique[] = [
  { names: ['sharding', 'shard', 'partitioning', 'partition', 'partition by key', 'horizontal partitioning'], answers: ['write-heavy load', 'storage growth', 'single writer', 'hot partition'], gains: ['scale'], costs: ['consistency', 'cost'] },
  { names: ['replication', 'replica', 'replicate', 'multi region replication'], answers: ['read-heavy load', 'single writer', 'hot key'], gains: ['availability', 'durability'], costs: ['consistency', 'cost'] },
  { names: ['read replicas', 'read replica', 'follower reads'], answers: ['read-heavy load'], gains: ['scale', 'latency'], costs: ['consistency'] },
  { names: ['caching', 'cache', 'cache aside', 'write through cache', 'memoisation', 'memoization', 'local cache', 'in process cache', 'in memory copy', 'local copy', 'near cache'], answers: ['read-heavy load', 'hot key', 'slow third party', 'thundering herd'], gains: ['latency', 'scale'], costs: ['consistency', 'cost'] },
  { names: ['cdn', 'content delivery network', 'edge caching', 'edge cache', 'edge'], answers: ['large payload', 'read-heavy load', 'hot key', 'thundering herd', 'fan-out'], gains: ['latency', 'scale'], costs: ['cost', 'consistency'] },
  { names: ['queueing', 'message queue', 'queue', 'buffer with a queue', 'async processing', 'asynchronous processing'], answers: ['thundering herd', 'slow third party', 'write-heavy load', 'fan-out'], gains: ['availability', 'scale'], costs: ['latency'] },
  { names: ['back pressure', 'backpressure', 'flow control', 'admission control', 'waiting room', 'virtual queue', 'admit'], answers: ['thundering herd', 'slow third party', 'write-heavy load', 'lock contention'], gains: ['availability'], costs: ['latency'] },
  { names: ['batching', 'batch', 'micro batching', 'group commit', 'write behind', 'write back', 'buffer', 'buffering', 'coalesce writes', 'write coalescing', 'flush periodically'], answers: ['write-heavy load', 'write amplification', 'fan-out', 'slow third party'], gains: ['scale', 'cost'], costs: ['latency'] },
  { names: ['rate limiting', 'rate limit', 'rate limited', 'rate limiter', 'throttling', 'throttle', 'token bucket', 'quota'], answers: ['thundering herd', 'slow third party', 'hot key', 'abuse'], gains: ['availability', 'security'], costs: ['latency'] },
  { names: ['idempotency keys', 'idempotency key', 'idempotency', 'idempotent', 'dedupe key', 'deduplication', 'dedupe'], answers: ['thundering herd', 'slow third party', 'abuse'], gains: ['consistency'], costs: ['latency', 'cost'] },
  { names: ['leader election', 'leader', 'lease', 'consensus', 'raft', 'paxos', 'zookeeper', 'etcd'], answers: ['single writer', 'lock contention'], gains: ['consistency', 'availability'], costs: ['latency'] },
  { names: ['consistent hashing', 'hash ring', 'virtual nodes'], answers: ['hot partition', 'storage growth'], gains: ['scale', 'availability'], costs: ['consistency'] },
  { names: ['denormalisation', 'denormalization', 'denormalise', 'denormalize', 'denormalised', 'denormalized', 'precomputed view', 'materialised view', 'materialized view'], answers: ['read-heavy load'], gains: ['latency', 'scale'], costs: ['consistency', 'cost'] },
  { names: ['fan out on write', 'push model', 'write fan out', 'precomputed timelines'], answers: ['read-heavy load', 'fan-out'], gains: ['latency'], costs: ['cost', 'consistency'] },
  { names: ['fan out on read', 'pull model', 'read fan out', 'pull', 'pull on demand', 'poll'], answers: ['fan-out', 'write amplification', 'hot key'], gains: ['cost', 'consistency'], costs: ['latency'] },
  { names: ['circuit breaker', 'circuit breaking', 'bulkhead'], answers: ['slow third party', 'thundering herd'], gains: ['availability', 'latency'], costs: ['consistency'] },
  { names: ['retries with backoff', 'retry', 'exponential backoff', 'backoff', 'jitter'], answers: ['slow third party', 'thundering herd'], gains: ['availability', 'durability'], costs: ['latency'] },
  { names: ['load shedding', 'shed load', 'drop low priority'], answers: ['thundering herd'], gains: ['availability', 'latency'], costs: ['durability'] },
  { names: ['autoscaling', 'auto scaling', 'autoscale', 'horizontal scaling', 'scale out', 'add instances', 'stateless servers', 'stateless'], answers: ['read-heavy load', 'write-heavy load', 'connection limits'], gains: ['scale', 'availability'], costs: ['cost'] },
  { names: ['failover', 'standby', 'hot standby', 'second provider', 'multi provider'], answers: ['slow third party', 'single writer'], gains: ['availability'], costs: ['cost', 'consistency'] },
  { names: ['pre aggregation', 'rollup', 'roll up', 'pre aggregate', 'aggregate in a stream processor', 'windowed aggregation', 'downsampling', 'downsample'], answers: ['write-heavy load', 'read-heavy load', 'storage growth'], gains: ['latency', 'cost'], costs: ['consistency'] },
  { names: ['compression', 'compress', 'delta encoding'], answers: ['large payload', 'storage growth'], gains: ['cost'], costs: ['latency'] },
  { names: ['tiered storage', 'cold storage', 'archive', 'move old data to object storage', 'ttl expiry', 'ttl', 'retention'], answers: ['storage growth'], gains: ['cost'], costs: ['latency'] },
  { names: ['bloom filter'], answers: ['read-heavy load', 'cold cache'], gains: ['latency', 'cost'], costs: ['consistency'] },
  { names: ['indexing', 'secondary index', 'index', 'inverted index', 'geospatial index', 'geohash', 'quadtree', 's2 cells'], answers: ['read-heavy load'], gains: ['latency'], costs: ['cost'] },
  { names: ['write ahead log', 'wal', 'commit log', 'append only log'], answers: ['write-heavy load'], gains: ['durability'], costs: ['latency'] },
  { names: ['quorum', 'quorum reads', 'quorum writes'], answers: ['single writer'], gains: ['consistency', 'availability'], costs: ['latency'] },
  { names: ['optimistic locking', 'compare and set', 'cas', 'version check', 'conditional write'], answers: ['lock contention'], gains: ['consistency', 'scale'], costs: ['latency'] },
  { names: ['locking', 'distributed lock', 'pessimistic lock', 'row lock', 'reservation hold'], answers: ['lock contention'], gains: ['consistency'], costs: ['latency', 'scale'] },
  { names: ['chunking', 'chunk', 'multipart upload', 'resumable upload', 'range requests'], answers: ['large payload'], gains: ['availability', 'latency'], costs: ['cost'] },
  { names: ['pagination', 'cursor pagination', 'page through'], answers: ['large payload', 'read-heavy load'], gains: ['latency'], costs: ['consistency'] },
  { names: ['dead letter queue', 'dlq'], answers: ['slow third party'], gains: ['durability', 'availability'], costs: ['latency'] },
  { names: ['priority queues', 'priority queue', 'separate queues per priority', 'priority lanes'], answers: ['thundering herd', 'fan-out'], gains: ['latency', 'availability'], costs: ['cost'] },
  { names: ['geo partitioning', 'regional deployment', 'split by region', 'geo sharding', 'multi region'], answers: ['write-heavy load', 'connection limits', 'hot partition'], gains: ['latency', 'scale', 'availability'], costs: ['consistency', 'cost'] },
  { names: ['precomputation', 'precompute', 'pre generate', 'key generation service', 'pre allocated ranges'], answers: ['single writer', 'read-heavy load'], gains: ['latency', 'scale'], costs: ['cost'] },
  { names: ['connection pooling', 'connection pool', 'persistent connections', 'websockets', 'long polling'], answers: ['connection limits'], gains: ['latency', 'scale'], costs: ['cost'] },
  { names: ['sampling', 'sample', 'approximate counting', 'count min sketch', 'hyperloglog', 'histogram', 'approximate rank', 'approximation'], answers: ['write-heavy load', 'hot key', 'storage growth'], gains: ['scale', 'cost'], costs: ['consistency'] },
  { names: ['snapshots', 'snapshot', 'checkpoint', 'checkpointing'], answers: ['storage growth', 'write-heavy load'], gains: ['availability', 'durability'], costs: ['cost'] },
  { names: ['hot key splitting', 'split hot keys', 'key salting', 'counter sharding', 'split the key', 'splitting the key', 'sub keys', 'salting'], answers: ['hot key', 'hot partition', 'lock contention'], gains: ['scale'], costs: ['consistency', 'latency'] },
  { names: ['request coalescing', 'coalescing', 'coalesce', 'single flight', 'request collapsing', 'collapse'], answers: ['thundering herd', 'cold cache', 'hot key', 'write-heavy load', 'fan-out'], gains: ['scale', 'availability'], costs: ['latency'] },
  { names: ['change data capture', 'event sourcing', 'cdc', 'outbox', 'transactional outbox'], answers: ['write amplification', 'single writer'], gains: ['consistency', 'durability'], costs: ['latency'] },
  { names: ['streaming', 'stream processing', 'stream processor', 'kafka streams', 'flink'], answers: ['write-heavy load', 'storage growth'], gains: ['latency', 'scale'], costs: ['cost', 'consistency'] },
  { names: ['cache warming', 'warm the cache', 'prewarm', 'pre warm'], answers: ['cold cache'], gains: ['latency'], costs: ['cost'] },
  // One publish per message and a tier that relays it to where the readers are connected: what
  // answers fan-out to many members, viewers or devices, instead of one call per recipient.
  { names: ['pub sub', 'pubsub', 'publish subscribe', 'relay tier', 'relay', 'broadcast tier', 'fan out tier', 'delivery tier', 'edge tier', 'subscribe'], answers: ['fan-out', 'connection limits'], gains: ['scale'], costs: ['latency', 'cost'] },
  // A slow dependency held to a deadline cannot hold every caller's thread with it.
  { names: ['timeouts', 'timeout', 'deadline', 'time out'], answers: ['slow third party', 'thundering herd'], gains: ['availability', 'latency'], costs: ['consistency'] },
];

/** The canonical name of a technique. */
export function techniqueName(t: Technique): string {
  return t.names[0]!;
}

/** The techniques that answer a bottleneck pattern, in the list's order. */
export function techniquesFor(pattern: BottleneckPattern): Technique[] {
  return TECHNIQUES.filter((t) => t.answers.includes(pattern));
}
