/**
 * The vocabulary of diagram analysis: which words in a shape's label name which kind of
 * component. Matching is on whole words, case-insensitive; punctuation counts as a space,
 * so "API-gateway", "pub/sub" and "key_value" read as "api gateway", "pub sub", "key value".
 *
 * Choices worth knowing:
 * - Wide-column stores (Cassandra, HBase, Bigtable, Scylla) count as `key-value`: in a
 *   system-design diagram they play the partitioned key → row role, and a rubric asks
 *   "is there a store that scales writes by key", not which data model it has.
 * - A bare "DB" or "database" counts as `relational-db`, but as a generic match (see
 *   `KindMatch.generic`), so a rubric can tell "Postgres" from "DB".
 * - "Nginx", "HAProxy" and "Envoy" count as load balancers, as drawn in front of servers.
 */
export const COMPONENT_KINDS = [
  'client',
  'dns',
  'cdn',
  'load-balancer',
  'api-gateway',
  'service',
  'worker',
  'cache',
  'relational-db',
  'key-value',
  'document-store',
  'object-storage',
  'queue',
  'search',
  'unknown',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** How telling a word is: a generic one ("server", "DB", "app") loses to any other. */
type Strength = 'generic' | 'named';

type Entry = { readonly kind: Exclude<ComponentKind, 'unknown'>; readonly words: readonly string[]; readonly strength: Strength };

/**
 * Each entry: a kind and phrases naming it. Phrases are written as they are matched:
 * lower case, words separated by single spaces. A trailing "s"/"es" on the last word
 * matches too ("workers", "caches", "databases").
 */
const VOCABULARY: readonly Entry[] = [
  { kind: 'client', strength: 'named', words: ['client', 'browser', 'mobile', 'web client', 'web app', 'mobile app', 'mobile client', 'ios', 'android', 'phone', 'desktop app'] },
  { kind: 'client', strength: 'generic', words: ['web', 'app', 'user', 'end user', 'frontend', 'front end', 'customer'] },
  { kind: 'dns', strength: 'named', words: ['dns', 'route 53', 'route53', 'name server', 'nameserver', 'domain name system', 'resolver'] },
  { kind: 'cdn', strength: 'named', words: ['cdn', 'content delivery network', 'cloudfront', 'akamai', 'fastly', 'edge cache', 'edge server', 'edge location'] },
  {
    kind: 'load-balancer',
    strength: 'named',
    words: ['load balancer', 'loadbalancer', 'load balancing', 'balancer', 'lb', 'alb', 'elb', 'nlb', 'glb', 'nginx', 'haproxy', 'ha proxy', 'envoy', 'reverse proxy', 'traefik'],
  },
  { kind: 'api-gateway', strength: 'named', words: ['api gateway', 'gateway', 'api gw', 'apigw', 'gw', 'kong', 'apigee', 'bff', 'backend for frontend'] },
  {
    kind: 'service',
    strength: 'named',
    words: ['microservice', 'micro service', 'app server', 'application server', 'web server', 'api server', 'backend service', 'app tier', 'web tier', 'application tier', 'ec2', 'kubernetes', 'k8s', 'pod', 'lambda'],
  },
  { kind: 'service', strength: 'generic', words: ['service', 'server', 'api', 'backend', 'back end', 'application', 'node js', 'nodejs', 'monolith'] },
  {
    kind: 'worker',
    strength: 'named',
    words: ['worker', 'consumer', 'cron', 'cron job', 'scheduler', 'batch', 'batch job', 'background job', 'processor', 'stream processor', 'task runner', 'spark', 'flink', 'hadoop', 'map reduce', 'mapreduce', 'etl'],
  },
  { kind: 'worker', strength: 'generic', words: ['job', 'task'] },
  { kind: 'cache', strength: 'named', words: ['cache', 'caching', 'redis', 'memcached', 'memcache', 'elasticache', 'in memory', 'in memory store', 'hazelcast', 'varnish'] },
  {
    kind: 'relational-db',
    strength: 'named',
    words: ['sql', 'postgres', 'postgresql', 'psql', 'mysql', 'mariadb', 'relational', 'rdbms', 'aurora', 'rds', 'oracle', 'sql server', 'mssql', 'sqlite', 'cockroachdb', 'cockroach', 'spanner', 'vitess', 'newsql'],
  },
  { kind: 'relational-db', strength: 'generic', words: ['db', 'database', 'data base', 'datastore', 'data store', 'primary', 'replica', 'read replica'] },
  {
    kind: 'key-value',
    strength: 'named',
    words: ['kv', 'k v', 'key value', 'kv store', 'dynamodb', 'dynamo', 'dynamo db', 'cassandra', 'scylla', 'scylladb', 'hbase', 'bigtable', 'big table', 'riak', 'rocksdb', 'leveldb', 'etcd', 'foundationdb', 'wide column'],
  },
  { kind: 'key-value', strength: 'generic', words: ['nosql', 'no sql'] },
  { kind: 'document-store', strength: 'generic', words: ['document'] },
  { kind: 'document-store', strength: 'named', words: ['document store', 'document db', 'documentdb', 'mongo', 'mongodb', 'mongo db', 'couchdb', 'couchbase', 'firestore', 'cosmos db', 'cosmosdb', 'ravendb'] },
  {
    kind: 'object-storage',
    strength: 'named',
    words: ['s3', 'blob', 'blob store', 'blob storage', 'gcs', 'google cloud storage', 'object store', 'object storage', 'bucket', 'file storage', 'file store', 'minio', 'azure blob', 'hdfs'],
  },
  { kind: 'object-storage', strength: 'generic', words: ['storage'] },
  {
    kind: 'queue',
    strength: 'named',
    words: ['queue', 'message queue', 'job queue', 'task queue', 'work queue', 'mq', 'kafka', 'sqs', 'sns', 'rabbitmq', 'rabbit', 'stream', 'pub sub', 'pubsub', 'kinesis', 'event bus', 'message bus', 'message broker', 'broker', 'nats', 'pulsar', 'topic', 'event stream', 'eventbridge'],
  },
  { kind: 'search', strength: 'named', words: ['search', 'search index', 'search engine', 'elasticsearch', 'elastic search', 'opensearch', 'open search', 'solr', 'lucene', 'inverted index', 'algolia', 'typesense'] },
];

type Phrase = { readonly kind: Exclude<ComponentKind, 'unknown'>; readonly tokens: readonly string[]; readonly strength: Strength };

const PHRASES: readonly Phrase[] = VOCABULARY.flatMap((entry) => entry.words.map((w) => ({ kind: entry.kind, strength: entry.strength, tokens: w.split(' ') })));

/** The phrases that begin with each word, longest first. */
const BY_FIRST_TOKEN: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const phrase of PHRASES) {
    const first = phrase.tokens[0]!;
    map.set(first, [...(map.get(first) ?? []), phrase]);
  }
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
})();

/** Lower case, accents dropped, every run of anything but letters and digits a single break. */
export function tokenize(text: string): string[] {
  return words(text).map((w) => w.toLowerCase());
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function tokenMatches(word: string, token: string, last: boolean): boolean {
  if (token === word) return true;
  // Plurals on the last word of a phrase only: "app servers", not "apps server".
  return last && (token === `${word}s` || token === `${word}es` || (word.endsWith('y') && token === `${word.slice(0, -1)}ies`));
}

/** Why a label got its kind: the words that decided it, and whether they were generic. */
export type KindMatch = {
  readonly kind: ComponentKind;
  /** The phrase as written in the label ("Redis", "load-balancer"), or null for `unknown`. */
  readonly evidence: string | null;
  /** True when only a generic word matched ("DB", "server", "app"). */
  readonly generic: boolean;
};

type Found = Phrase & { readonly start: number; readonly end: number };

/** Every phrase in the label, longest first where they overlap ("web server" hides "web"). */
function findPhrases(tokens: readonly string[]): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = BY_FIRST_TOKEN.get(tokens[i]!) ?? [];
    const hit = candidates.find((p) => p.tokens.every((w, k) => i + k < tokens.length && tokenMatches(w, tokens[i + k]!, k === p.tokens.length - 1)));
    // Also try a plural first word of a one-word phrase ("workers") when no phrase starts with the token itself.
    const plural = hit ? undefined : singularCandidates(tokens[i]!);
    if (hit) {
      found.push({ ...hit, start: i, end: i + hit.tokens.length });
      i += hit.tokens.length;
    } else if (plural) {
      found.push({ ...plural, start: i, end: i + 1 });
      i += 1;
    } else i += 1;
  }
  return found;
}

function singularCandidates(token: string): Phrase | undefined {
  const stems = [token.endsWith('ies') ? `${token.slice(0, -3)}y` : null, token.endsWith('es') ? token.slice(0, -2) : null, token.endsWith('s') ? token.slice(0, -1) : null];
  for (const stem of stems) {
    if (!stem) continue;
    const phrase = BY_FIRST_TOKEN.get(stem)?.find((p) => p.tokens.length === 1);
    if (phrase) return phrase;
  }
  return undefined;
}

/**
 * The kind a label names. Named words beat generic ones ("Postgres DB" is relational,
 * "cache server" is a cache); among equals the last one wins, since English puts the
 * head of a noun phrase last ("job queue" is a queue, "Kafka consumer" a worker,
 * "Redis cache" a cache).
 */
export function kindOf(label: string): KindMatch {
  const tokens = tokenize(label);
  const found = findPhrases(tokens);
  if (found.length === 0) return { kind: 'unknown', evidence: null, generic: false };
  const named = found.filter((f) => f.strength === 'named');
  const pool = named.length > 0 ? named : found;
  const best = pool[pool.length - 1]!;
  return { kind: best.kind, evidence: evidenceOf(label, best.start, best.end), generic: best.strength === 'generic' };
}

/** The words [start, end) of the label as the person wrote them, joined by single spaces. */
function evidenceOf(label: string, start: number, end: number): string {
  return words(label).slice(start, end).join(' ');
}

/** A label for each kind, for reports and the shape library. */
export const KIND_TITLES: Readonly<Record<ComponentKind, string>> = {
  client: 'Client',
  dns: 'DNS',
  cdn: 'CDN',
  'load-balancer': 'Load balancer',
  'api-gateway': 'API gateway',
  service: 'Service',
  worker: 'Worker',
  cache: 'Cache',
  'relational-db': 'Relational database',
  'key-value': 'Key-value store',
  'document-store': 'Document store',
  'object-storage': 'Object storage',
  queue: 'Queue or stream',
  search: 'Search index',
  unknown: 'Unknown',
};
