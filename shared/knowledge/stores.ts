import type { Quality, StoreKind } from '../notes/item';

/** How an entity is read and written; a store kind suits some of these. */
export const ACCESS_PATTERNS = [
  'lookup by key',
  'range scan by key',
  'high write rate',
  'transactions across rows',
  'joins and ad-hoc queries',
  'flexible documents',
  'full-text search',
  'geospatial queries',
  'time-ordered appends',
  'aggregations over time',
  'graph traversal',
  'large blobs',
  'hot reads',
  'counters and sorted sets',
  'work to hand off',
] as const;
export type AccessPattern = (typeof ACCESS_PATTERNS)[number];

/** Which access patterns each store kind suits. */
export const STORE_FIT: Readonly<Record<StoreKind, readonly AccessPattern[]>> = {
  'relational database': ['transactions across rows', 'joins and ad-hoc queries', 'lookup by key', 'range scan by key'],
  'key-value store': ['lookup by key', 'high write rate', 'hot reads'],
  'document store': ['flexible documents', 'lookup by key'],
  'wide-column store': ['high write rate', 'range scan by key', 'time-ordered appends', 'lookup by key'],
  'graph database': ['graph traversal'],
  'search index': ['full-text search', 'geospatial queries', 'joins and ad-hoc queries'],
  'time-series database': ['time-ordered appends', 'aggregations over time', 'high write rate'],
  'object storage': ['large blobs'],
  cache: ['hot reads', 'lookup by key', 'counters and sorted sets'],
  'message queue': ['work to hand off', 'time-ordered appends', 'high write rate'],
  'in-memory': ['hot reads', 'counters and sorted sets', 'geospatial queries'],
};

/** The store kinds that suit an access pattern. */
export function storesFor(pattern: AccessPattern): StoreKind[] {
  return (Object.keys(STORE_FIT) as StoreKind[]).filter((store) => STORE_FIT[store].includes(pattern));
}

/** A choice between two options a strong candidate weighs, and what each side buys. */
export type TradeoffPair = {
  readonly name: string;
  readonly a: { readonly option: string; readonly gains: readonly Quality[] };
  readonly b: { readonly option: string; readonly gains: readonly Quality[] };
};

export const TRADEOFF_PAIRS: readonly TradeoffPair[] = [
  { name: 'consistency vs availability', a: { option: 'strong consistency', gains: ['consistency'] }, b: { option: 'eventual consistency', gains: ['availability', 'latency'] } },
  { name: 'latency vs durability', a: { option: 'acknowledge after a durable write', gains: ['durability'] }, b: { option: 'acknowledge from memory', gains: ['latency'] } },
  { name: 'push vs pull', a: { option: 'fan-out on write', gains: ['latency'] }, b: { option: 'fan-out on read', gains: ['cost', 'consistency'] } },
  { name: 'SQL vs wide-column', a: { option: 'relational database', gains: ['consistency'] }, b: { option: 'wide-column store', gains: ['scale', 'availability'] } },
  { name: 'cache vs freshness', a: { option: 'cache with a TTL', gains: ['latency', 'scale'] }, b: { option: 'read from the source', gains: ['consistency'] } },
  { name: 'sync vs async', a: { option: 'synchronous call', gains: ['consistency', 'latency'] }, b: { option: 'queue and process asynchronously', gains: ['availability', 'scale'] } },
  { name: 'normalised vs denormalised', a: { option: 'normalised tables', gains: ['consistency', 'cost'] }, b: { option: 'denormalised views', gains: ['latency', 'scale'] } },
  { name: 'exactly-once vs at-least-once', a: { option: 'exactly-once processing', gains: ['consistency'] }, b: { option: 'at-least-once with idempotency', gains: ['availability', 'latency'] } },
  { name: 'batch vs stream', a: { option: 'batch processing', gains: ['cost', 'consistency'] }, b: { option: 'stream processing', gains: ['latency'] } },
  { name: 'single region vs multi-region', a: { option: 'one region', gains: ['consistency', 'cost'] }, b: { option: 'several regions', gains: ['availability', 'latency'] } },
  { name: 'polling vs persistent connections', a: { option: 'polling', gains: ['cost'] }, b: { option: 'websockets', gains: ['latency'] } },
  { name: 'build vs buy', a: { option: 'run it ourselves', gains: ['cost', 'security'] }, b: { option: 'a managed provider', gains: ['availability'] } },
  { name: 'exact vs approximate', a: { option: 'exact counts', gains: ['consistency'] }, b: { option: 'approximate counts', gains: ['scale', 'cost'] } },
];
