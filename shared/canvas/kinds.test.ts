import { describe, expect, it } from 'vitest';
import { kindOf, tokenize } from './kinds';

describe('kindOf', () => {
  it.each([
    // One word, any case.
    ['Web client', 'client'],
    ['Browser', 'client'],
    ['Mobile app', 'client'],
    ['iOS / Android', 'client'],
    ['DNS', 'dns'],
    ['Route 53', 'dns'],
    ['CDN', 'cdn'],
    ['CloudFront', 'cdn'],
    ['LB', 'load-balancer'],
    ['nginx', 'load-balancer'],
    ['ELB', 'load-balancer'],
    ['HAProxy', 'load-balancer'],
    ['Load-Balancer', 'load-balancer'],
    ['API Gateway', 'api-gateway'],
    ['api-gw', 'api-gateway'],
    ['Service', 'service'],
    ['API', 'service'],
    ['Backend', 'service'],
    ['App server', 'service'],
    ['Web servers', 'service'],
    ['Microservices', 'service'],
    ['LBs', 'load-balancer'],
    ['Reverse proxies', 'load-balancer'],
    ['Worker', 'worker'],
    ['Consumers', 'worker'],
    ['Cron job', 'worker'],
    ['Cache', 'cache'],
    ['Redis', 'cache'],
    ['memcached', 'cache'],
    ['SQL', 'relational-db'],
    ['PostgreSQL', 'relational-db'],
    ['MySQL', 'relational-db'],
    ['Relational DB', 'relational-db'],
    ['KV store', 'key-value'],
    ['key/value', 'key-value'],
    ['DynamoDB', 'key-value'],
    ['Cassandra', 'key-value'],
    ['MongoDB', 'document-store'],
    ['Document DB', 'document-store'],
    ['S3', 'object-storage'],
    ['Blob storage', 'object-storage'],
    ['GCS bucket', 'object-storage'],
    ['Object store', 'object-storage'],
    ['Queue', 'queue'],
    ['Kafka', 'queue'],
    ['SQS', 'queue'],
    ['RabbitMQ', 'queue'],
    ['Pub/Sub', 'queue'],
    ['Event stream', 'queue'],
    ['Elasticsearch', 'search'],
    ['Search index', 'search'],
    ['Solr', 'search'],
    // The most specific word wins.
    ['Redis cache', 'cache'],
    ['Postgres DB', 'relational-db'],
    ['Cache server', 'cache'],
    ['Search service', 'search'],
    ['Worker service', 'worker'],
    ['Job queue', 'queue'],
    ['Kafka consumer', 'worker'],
    ['Redis queue', 'queue'],
    ['Users DB (Mongo)', 'document-store'],
    ['URL shortener API', 'service'],
    ['Jobs DB', 'relational-db'],
    ['Document service', 'service'],
    ['Documents', 'document-store'],
    ['DB instance', 'relational-db'],
    ['User service', 'service'],
    ['Task queue', 'queue'],
    ['Web server', 'service'],
    ['Edge cache', 'cdn'],
    ['Stream processor', 'worker'],
    // Whole words only.
    ['Cachet', 'unknown'],
    ['Redistribution', 'unknown'],
    ['Dnsmasq', 'unknown'],
    ['Summary', 'unknown'],
    ['', 'unknown'],
    ['Rate limiter', 'unknown'],
  ])('%j is %s', (label, kind) => {
    expect(kindOf(label).kind).toBe(kind);
  });

  it('says which words decided, as written, and whether they were generic', () => {
    expect(kindOf('Users DB (Postgres)')).toEqual({ kind: 'relational-db', evidence: 'Postgres', generic: false });
    expect(kindOf('Metadata DB')).toEqual({ kind: 'relational-db', evidence: 'DB', generic: true });
    expect(kindOf('Main load-balancer')).toEqual({ kind: 'load-balancer', evidence: 'load balancer', generic: false });
    expect(kindOf('Something')).toEqual({ kind: 'unknown', evidence: null, generic: false });
  });

  it('tokenizes on anything but letters and digits, dropping accents', () => {
    expect(tokenize('Cliént/Web-App (v2)')).toEqual(['client', 'web', 'app', 'v2']);
  });
});
