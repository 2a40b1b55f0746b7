/**
 * Component kinds: the one vocabulary of what a box in a design is. Diagram analysis
 * (shared/canvas/kinds.ts) reads its words from here, and so does text matching
 * (shared/text/), so a label and a note name a component the same way.
 *
 * Two lists of kinds, on purpose:
 * - `COMPONENT_KINDS` (the diagram kinds) are coarse: a rubric asks "is there a store that
 *   scales writes by key", not which data model it has. Wide-column stores count as
 *   `key-value`, stream processors and schedulers as `worker`, and a bare "DB" as
 *   `relational-db` (generic, see `Strength`).
 * - `KNOWLEDGE_KINDS` are the finer kinds prompts and references name (a wide-column store,
 *   a time-series database, an external provider...). Each word group says which diagram
 *   kind it counts as, or `null` when diagrams have no such kind (those labels stay unknown).
 */

/** The kinds a diagram shape is classified as. */
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

/** A label for each diagram kind, for reports and the shape library. */
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

/** The finer kinds of the knowledge base, as prompts and notes name them. */
export const KNOWLEDGE_KINDS = [
  'client',
  'dns',
  'cdn',
  'load balancer',
  'api gateway',
  'service',
  'worker',
  'cache',
  'relational database',
  'key-value store',
  'wide-column store',
  'document store',
  'object storage',
  'message queue',
  'search index',
  'time-series database',
  'graph database',
  'stream processor',
  'scheduler',
  'coordination service',
  'external provider',
  'websocket gateway',
  'olap database',
] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

/** How telling a word is: a generic one ("server", "DB", "app") loses to any other. */
export type Strength = 'generic' | 'named';

/**
 * Words naming a kind. Written as they are matched: lower case, words separated by single
 * spaces (punctuation reads as a space, so "key/value" is "key value"); inflections match.
 * `products` are product names: in prose they count only where they are not used in
 * another sense (shared/text/lexicon.ts: "Kafka novels" is not a queue).
 * `everyday` words also have a common meaning outside software ("processor", "bucket"):
 * after a noun that is not a system-design word ("food processor") they name something else.
 */
export type KindWords = {
  readonly kind: KnowledgeKind;
  /** The diagram kind these words count as, or null when diagrams have none. */
  readonly canvas: Exclude<ComponentKind, 'unknown'> | null;
  readonly strength: Strength;
  readonly words: readonly string[];
  readonly products?: readonly string[];
  readonly everyday?: readonly string[];
};

export const KIND_WORDS: readonly KindWords[] = [
  {
    kind: 'client',
    canvas: 'client',
    strength: 'named',
    words: ['client', 'browser', 'mobile', 'web client', 'web app', 'mobile app', 'mobile client', 'phone', 'desktop app'],
    products: ['ios', 'android'],
    everyday: ['client', 'mobile', 'phone'],
  },
  { kind: 'client', canvas: 'client', strength: 'generic', words: ['web', 'app', 'user', 'end user', 'frontend', 'front end', 'customer'], everyday: ['user', 'customer', 'web'] },
  { kind: 'dns', canvas: 'dns', strength: 'named', words: ['dns', 'name server', 'nameserver', 'domain name system', 'resolver'], products: ['route 53', 'route53'] },
  { kind: 'cdn', canvas: 'cdn', strength: 'named', words: ['cdn', 'content delivery network', 'edge cache', 'edge server', 'edge location'], products: ['cloudfront', 'akamai', 'fastly'] },
  {
    kind: 'load balancer',
    canvas: 'load-balancer',
    strength: 'named',
    words: ['load balancer', 'loadbalancer', 'load balancing', 'balancer', 'lb', 'alb', 'elb', 'nlb', 'glb', 'reverse proxy'],
    products: ['nginx', 'haproxy', 'ha proxy', 'envoy', 'traefik'],
  },
  { kind: 'api gateway', canvas: 'api-gateway', strength: 'named', words: ['api gateway', 'gateway', 'api gw', 'apigw', 'gw', 'bff', 'backend for frontend'], products: ['kong', 'apigee'], everyday: ['gateway'] },
  {
    kind: 'service',
    canvas: 'service',
    strength: 'named',
    words: ['microservice', 'micro service', 'app server', 'application server', 'web server', 'api server', 'backend service', 'app tier', 'web tier', 'application tier', 'pod'],
    products: ['ec2', 'kubernetes', 'k8s', 'lambda'],
    everyday: ['pod'],
  },
  { kind: 'service', canvas: 'service', strength: 'generic', words: ['service', 'server', 'api', 'backend', 'back end', 'application', 'node js', 'nodejs', 'monolith'], everyday: ['service', 'server', 'application'] },
  {
    kind: 'worker',
    canvas: 'worker',
    strength: 'named',
    words: ['worker', 'consumer', 'batch', 'batch job', 'background job', 'processor', 'task runner', 'map reduce', 'mapreduce', 'etl'],
    products: ['spark', 'hadoop'],
    everyday: ['worker', 'consumer', 'processor', 'batch'],
  },
  { kind: 'scheduler', canvas: 'worker', strength: 'named', words: ['cron', 'cron job', 'scheduler'], everyday: ['scheduler'] },
  { kind: 'stream processor', canvas: 'worker', strength: 'named', words: ['stream processor'], products: ['flink'] },
  { kind: 'worker', canvas: 'worker', strength: 'generic', words: ['job', 'task'], everyday: ['job', 'task'] },
  {
    kind: 'cache',
    canvas: 'cache',
    strength: 'named',
    words: ['cache', 'caching', 'in memory', 'in memory store'],
    products: ['redis', 'memcached', 'memcache', 'elasticache', 'hazelcast', 'varnish'],
  },
  {
    kind: 'relational database',
    canvas: 'relational-db',
    strength: 'named',
    words: ['sql', 'psql', 'relational', 'rdbms', 'sql server', 'mssql', 'newsql'],
    products: ['postgres', 'postgresql', 'mysql', 'mariadb', 'aurora', 'rds', 'oracle', 'sqlite', 'cockroachdb', 'cockroach', 'spanner', 'vitess'],
  },
  {
    kind: 'relational database',
    canvas: 'relational-db',
    strength: 'generic',
    words: ['db', 'database', 'data base', 'datastore', 'data store', 'primary', 'replica', 'read replica'],
    everyday: ['primary'],
  },
  {
    kind: 'key-value store',
    canvas: 'key-value',
    strength: 'named',
    words: ['kv', 'k v', 'key value', 'kv store'],
    products: ['dynamodb', 'dynamo', 'dynamo db', 'riak', 'rocksdb', 'leveldb', 'foundationdb'],
  },
  {
    kind: 'wide-column store',
    canvas: 'key-value',
    strength: 'named',
    words: ['wide column'],
    products: ['cassandra', 'scylla', 'scylladb', 'hbase', 'bigtable', 'big table'],
  },
  { kind: 'coordination service', canvas: 'key-value', strength: 'named', words: [], products: ['etcd'] },
  { kind: 'key-value store', canvas: 'key-value', strength: 'generic', words: ['nosql', 'no sql'] },
  { kind: 'document store', canvas: 'document-store', strength: 'generic', words: ['document'], everyday: ['document'] },
  {
    kind: 'document store',
    canvas: 'document-store',
    strength: 'named',
    words: ['document store', 'document db'],
    products: ['documentdb', 'mongo', 'mongodb', 'mongo db', 'couchdb', 'couchbase', 'firestore', 'cosmos db', 'cosmosdb', 'ravendb'],
  },
  {
    kind: 'object storage',
    canvas: 'object-storage',
    strength: 'named',
    words: ['blob', 'blob store', 'blob storage', 'google cloud storage', 'object store', 'object storage', 'bucket', 'file storage', 'file store', 'azure blob'],
    products: ['s3', 'gcs', 'minio', 'hdfs'],
    everyday: ['bucket', 'blob'],
  },
  { kind: 'object storage', canvas: 'object-storage', strength: 'generic', words: ['storage'], everyday: ['storage'] },
  {
    kind: 'message queue',
    canvas: 'queue',
    strength: 'named',
    words: ['queue', 'message queue', 'job queue', 'task queue', 'work queue', 'mq', 'stream', 'pub sub', 'pubsub', 'event bus', 'message bus', 'message broker', 'broker', 'topic', 'event stream'],
    products: ['kafka', 'sqs', 'sns', 'rabbitmq', 'rabbit', 'kinesis', 'nats', 'pulsar', 'eventbridge'],
    everyday: ['queue', 'stream', 'broker', 'topic'],
  },
  {
    kind: 'search index',
    canvas: 'search',
    strength: 'named',
    words: ['search', 'search index', 'search engine', 'inverted index'],
    products: ['elasticsearch', 'elastic search', 'opensearch', 'open search', 'solr', 'lucene', 'algolia', 'typesense'],
    everyday: ['search'],
  },
  // Kinds diagrams do not classify: a label naming them stays unknown there.
  { kind: 'time-series database', canvas: null, strength: 'named', words: ['time series database', 'time series db', 'time series store', 'tsdb'], products: ['influxdb', 'timescaledb', 'prometheus', 'victoriametrics', 'm3db', 'opentsdb'] },
  { kind: 'graph database', canvas: null, strength: 'named', words: ['graph database', 'graph db', 'graph store'], products: ['neo4j', 'janusgraph', 'neptune', 'dgraph'] },
  { kind: 'olap database', canvas: null, strength: 'named', words: ['olap', 'olap database', 'data warehouse', 'warehouse', 'columnar store', 'column store'], products: ['clickhouse', 'druid', 'pinot', 'bigquery', 'redshift', 'snowflake'], everyday: ['warehouse'] },
  { kind: 'stream processor', canvas: null, strength: 'named', words: ['stream processing', 'streaming job'], products: ['kafka streams', 'spark streaming', 'beam', 'dataflow', 'storm'] },
  { kind: 'scheduler', canvas: null, strength: 'named', words: ['delay queue', 'delayed queue', 'timer service', 'job scheduler', 'timer wheel'] },
  { kind: 'coordination service', canvas: null, strength: 'named', words: ['coordination service', 'lock service', 'config service'], products: ['zookeeper', 'consul', 'chubby'] },
  {
    kind: 'external provider',
    canvas: null,
    strength: 'named',
    words: ['external provider', 'third party', 'third party provider', 'provider', 'email provider', 'sms provider', 'push provider', 'payment provider', 'payment gateway', 'sms gateway', 'payment processor'],
    products: ['apns', 'fcm', 'twilio', 'sendgrid', 'ses', 'stripe', 'adyen', 'paypal', 'mailgun'],
    everyday: ['provider'],
  },
  { kind: 'websocket gateway', canvas: null, strength: 'named', words: ['websocket', 'web socket', 'websocket gateway', 'websocket server', 'socket server', 'realtime gateway', 'real time gateway', 'sse', 'server sent events', 'long polling'] },
];


/**
 * Nouns that say a product name or an everyday word is meant as software: "Kafka cluster",
 * "Redis instance", "payment processor node". Any other word of the knowledge base counts too.
 */
export const SYSTEM_NOUNS: readonly string[] = [
  'cluster', 'instance', 'node', 'server', 'host', 'machine', 'fleet', 'pool', 'shard', 'partition', 'replica', 'topic', 'table',
  'key', 'row', 'column', 'record', 'cache', 'queue', 'stream', 'consumer', 'producer', 'connection', 'client', 'broker', 'index',
  'bucket', 'object', 'lag', 'offset', 'log', 'job', 'task', 'worker', 'deployment', 'region', 'zone', 'endpoint', 'api', 'sdk',
  'call', 'request', 'response', 'write', 'read', 'lookup', 'query', 'schema', 'message', 'event', 'job', 'store', 'database',
  'service', 'layer', 'tier', 'setup', 'config', 'version', 'library', 'pipeline', 'data', 'counter', 'lock', 'lease', 'token',
  'notification', 'push', 'account', 'webhook', 'payload', 'latency', 'throughput', 'limit', 'quota', 'sorted', 'set', 'hash',
  // What stores and engines are made of and run: "Druid segments", "Cassandra tombstones", "S3 lifecycle rules".
  'segment', 'tombstone', 'compaction', 'checkpoint', 'snapshot', 'lifecycle', 'rule', 'script', 'command', 'file', 'item',
  'entry', 'value', 'field', 'state', 'window', 'watermark', 'ttl', 'expiry', 'slab', 'page', 'block', 'chunk', 'commit',
];

/** Vendor words that may stand before a product name without changing its sense ("Apache Kafka", "Amazon S3"). */
export const VENDOR_WORDS: readonly string[] = ['apache', 'amazon', 'aws', 'google', 'gcp', 'azure', 'microsoft', 'confluent', 'cloud', 'managed', 'self hosted'];
