import type { Quality } from '../notes/item';

/**
 * The words that show a sentence is about a quality. Units and shorthand count ("p99",
 * "ms", "nines", "RPO"), so "200 ms at p99" is about latency without the word itself.
 */
export const QUALITY_WORDS: Readonly<Record<Quality, readonly string[]>> = {
  latency: ['latency', 'fast', 'slow', 'response time', 'round trip', 'p50', 'p90', 'p95', 'p99', 'p999', 'percentile', 'ms', 'millisecond', 'tail latency', 'time to first byte', 'ttfb', 'real time', 'realtime', 'lag', 'delay'],
  availability: ['availability', 'available', 'uptime', 'downtime', 'outage', 'nines', 'sla', 'slo', 'failover', 'fault tolerance', 'fault tolerant', 'highly available', 'ha', 'rto', 'degrade gracefully', 'graceful degradation'],
  consistency: ['consistency', 'consistent', 'strongly consistent', 'eventually consistent', 'eventual consistency', 'linearizable', 'linearisable', 'serializable', 'read your writes', 'stale', 'staleness', 'ordering', 'exactly once', 'isolation', 'acid'],
  durability: ['durability', 'durable', 'data loss', 'lose data', 'rpo', 'never lost', 'persist', 'persistence', 'backup', 'fsync', 'replicated', 'at least once'],
  scale: ['scale', 'scalability', 'scalable', 'throughput', 'qps', 'rps', 'tps', 'requests per second', 'per second', 'peak', 'load', 'traffic', 'volume', 'concurrent', 'concurrency', 'growth', 'horizontal'],
  security: ['security', 'secure', 'auth', 'authentication', 'authorization', 'authorisation', 'encryption', 'encrypt', 'tls', 'privacy', 'gdpr', 'pii', 'compliance', 'audit', 'access control', 'permission', 'abuse', 'fraud', 'spam', 'oauth'],
  // Not "billing": it names a feature (an ad network's counts, a payments system) more often than what running costs.
  cost: ['cost', 'costs', 'cheap', 'expensive', 'budget', 'price', 'pricing', 'spend', 'dollar', 'bill', 'per month', 'efficiency', 'footprint'],
};
