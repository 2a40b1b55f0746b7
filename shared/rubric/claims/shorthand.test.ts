import { describe, expect, it } from 'vitest';
import { urlShortener } from '../testing/fixtures';
import { SHIPPED_PROMPTS } from '../testing/prompts';
import type { Draft } from './draft';
import type { Section } from './sections';
import { readFreeText } from './shorthand';

/** What one line asserts, read where nothing else says what it is (or in `start`). */
const read = (line: string, start?: Section): Draft[] => readFreeText(line, { start, prompt: urlShortener }).flatMap((r) => r.drafts);

describe('free-notes shorthand: requirements', () => {
  it.each([
    ['FR: users can shorten a URL', { kind: 'requirement', type: 'functional', text: 'users can shorten a URL' }],
    ['- FR users can open a short link', { kind: 'requirement', type: 'functional', text: 'users can open a short link' }],
    ['NFR: p99 < 50ms', { kind: 'requirement', type: 'quality', quality: 'latency', text: 'p99 < 50ms', target: 'p99 < 50ms' }],
    ['NFR avail 99.99%', { kind: 'requirement', type: 'quality', quality: 'availability', text: 'availability 99.99%', target: '99.99%' }],
    ['nfr: redirects under 200 ms', { kind: 'requirement', type: 'quality', quality: 'latency', text: 'redirects under 200 ms', target: 'under 200 ms' }],
    ['NFR - durability: never lose a mapping', { kind: 'requirement', type: 'quality', quality: 'durability', text: 'durability: never lose a mapping' }],
    ['Out of scope: custom aliases', { kind: 'requirement', type: 'functional', text: 'custom aliases', outOfScope: true }],
    ['OOS analytics', { kind: 'requirement', type: 'functional', text: 'analytics', outOfScope: true }],
  ])('%s', (line, claim) => {
    expect(read(line)).toEqual([claim]);
  });

  it('reads each clause of a "must:" or "SLO:" line as its own requirement', () => {
    expect(read('must: dedupe by click_id; late clicks still counted by click time')).toEqual([
      { kind: 'requirement', type: 'functional', text: 'dedupe by click_id' },
      { kind: 'requirement', type: 'functional', text: 'late clicks still counted by click time' },
    ]);
    // Two qualities with a target each, after a comma, are two requirements too.
    expect(read('SLO: redirect adds <50ms @p99, 99.99% up').map((d) => (d as { quality?: string }).quality)).toEqual(['latency', 'availability']);
    // Billing is what an ad network does, not what it costs: "exactly-once" says which quality.
    expect(read('NFR: billing exactly-once, 0 lost clicks')[0]).toMatchObject({ type: 'quality', quality: 'consistency' });
    const slo = read('SLO: queries <500ms @p99; redirect 99.99% up');
    expect(slo.map((d) => (d as { quality?: string }).quality)).toEqual(['latency', 'availability']);
    expect(slo.map((d) => (d as { target?: string }).target)).toEqual([expect.stringContaining('500'), '99.99%']);
  });

  it('reads plain sentences in the clarify notes as requirements only when they state a feature or a target', () => {
    expect(read('users can shorten a long URL', 'requirements')).toEqual([{ kind: 'requirement', type: 'functional', text: 'users can shorten a long URL' }]);
    expect(read('Support custom expiry dates', 'requirements')).toEqual([{ kind: 'requirement', type: 'functional', text: 'Support custom expiry dates' }]);
    expect(read('availability 99.9%', 'requirements')).toEqual([{ kind: 'requirement', type: 'quality', quality: 'availability', text: 'availability 99.9%', target: '99.9%' }]);
    expect(read('the weather was nice today', 'requirements')).toEqual([]);
  });

  it('reads every bullet under a "Non-functional requirements" heading as a quality', () => {
    const drafts = readFreeText('## Non-functional requirements\n- low latency\n* 99.99% uptime', { prompt: urlShortener }).flatMap((r) => r.drafts);
    expect(drafts).toEqual([
      { kind: 'requirement', type: 'quality', quality: 'latency', text: 'low latency' },
      { kind: 'requirement', type: 'quality', quality: 'availability', text: '99.99% uptime', target: '99.99%' },
    ]);
  });
});

describe('free-notes shorthand: API and data model', () => {
  it.each([
    ['POST /v1/check {key} -> 200|429', { kind: 'api', operation: 'POST /v1/check {key} -> 200|429', method: 'POST', path: '/v1/check' }],
    ['GET /feed?cursor=', { kind: 'api', operation: 'GET /feed?cursor=', method: 'GET', path: '/feed?cursor=' }],
    ['get /{code} -> 302 (main)', { kind: 'api', operation: 'get /{code} -> 302', method: 'GET', path: '/{code}', main: true }],
    ['DELETE /links/{code} — remove a link', { kind: 'api', operation: 'DELETE /links/{code}', method: 'DELETE', path: '/links/{code}', purpose: 'remove a link' }],
  ])('%s', (line, claim) => {
    expect(read(line)).toEqual([claim]);
  });

  it('reads a call as an operation only where an API is expected', () => {
    expect(read('shorten(longUrl) -> code', 'api')).toEqual([{ kind: 'api', operation: 'shorten(longUrl) -> code' }]);
    expect(read('we met (briefly) yesterday')).toEqual([]);
  });

  it.each([
    ['tbl buckets(key PK, tokens, ts)', { kind: 'entity', name: 'buckets', fields: ['key', 'tokens', 'ts'], key: 'key' }],
    ['users: id, name, email (postgres)', { kind: 'entity', name: 'users', fields: ['id', 'name', 'email'], store: 'relational database' }],
    ['table links (code pk, long_url, expires_at) in DynamoDB', { kind: 'entity', name: 'links', fields: ['code', 'long_url', 'expires_at'], key: 'code', store: 'key-value store' }],
    ['Entity: clicks{*code, ts, country}', { kind: 'entity', name: 'clicks', fields: ['code', 'ts', 'country'], key: 'code' }],
  ])('%s', (line, claim) => {
    expect(read(line)).toEqual([claim]);
  });

  it('reads "name: key -> value in store" as an entity keyed by what is left of the arrow, with its store and reason', () => {
    expect(read('feed cache: user_id -> [post_ids] in redis', 'data')).toEqual([{ kind: 'entity', name: 'feed cache', fields: ['user_id', 'post_ids'], key: 'user_id', store: 'cache' }]);
    expect(read('dedup: click_id -> first_seen in flink keyed state (rocksdb), TTL 24h', 'data')).toEqual([
      { kind: 'entity', name: 'dedup', fields: ['click_id', 'first_seen'], key: 'click_id', store: 'key-value store', reason: 'TTL 24h' },
    ]);
    expect(read('top-ads: minute -> [ad_id, clicks] in redis, rewritten each window', 'data')).toEqual([
      { kind: 'entity', name: 'top-ads', fields: ['minute', 'ad_id', 'clicks'], key: 'minute', store: 'cache', reason: 'rewritten each window' },
    ]);
    // Written the other way round, as prose, it is the same entity.
    expect(read('feed cache in redis: user_id -> [post_ids]', 'data')).toEqual([{ kind: 'entity', name: 'feed cache', fields: ['user_id', 'post_ids'], key: 'user_id', store: 'cache' }]);
  });

  it('reads a chain of arrows as a flow, not as a key and its value, and a table passed on to a store as kept there', () => {
    expect(read('click: sdk → LB → collector → kafka', 'high-level').map((d) => d.kind)).not.toContain('entity');
    expect(read('raw_click(click_id PK, ad_id, ts) → kafka topic keyed by click_id, then hourly parquet in S3 for 2y', 'data')).toEqual([
      { kind: 'entity', name: 'raw_click', fields: ['click_id', 'ad_id', 'ts'], key: 'click_id', store: 'object storage', reason: 'then hourly parquet in S3 for 2y' },
    ]);
  });

  it('reads a key of several fields joined by "+" and the store after the table', () => {
    expect(read('agg_min(ad_id+minute+country+device PK, clicks, invalid) → druid, upserted so a replay overwrites', 'data')).toEqual([
      { kind: 'entity', name: 'agg_min', fields: ['ad_id', 'minute', 'country', 'device', 'clicks', 'invalid'], key: 'ad_id, minute, country, device', store: 'time-series database', reason: 'upserted so a replay overwrites' },
    ]);
    expect(read('billable(advertiser_id+ad_id+day PK, clicks, amount) → postgres, read by invoicing', 'data')).toEqual([
      { kind: 'entity', name: 'billable', fields: ['advertiser_id', 'ad_id', 'day', 'clicks', 'amount'], key: 'advertiser_id, ad_id, day', store: 'relational database', reason: 'read by invoicing' },
    ]);
  });

  it('reads "name: a, b, c" as an entity in the data model notes, not elsewhere', () => {
    expect(read('link: code, long_url, created_at', 'data')).toEqual([{ kind: 'entity', name: 'link', fields: ['code', 'long_url', 'created_at'] }]);
    expect(read('groceries: eggs, milk, bread')).toEqual([]);
  });
});

describe('free-notes shorthand: estimates and decisions', () => {
  it.each([
    ['write qps ~ 115/s', { name: 'write qps', tag: 'write-qps', display: '115 /s' }],
    ['storage 10M/day*500B*5y = 9TB', { name: 'storage', tag: 'storage', display: '9 TB' }],
    ['read QPS: 100 * 116/s ≈ 11.6K/s', { name: 'read QPS', tag: 'read-qps', display: '11.6 K /s' }],
    ['peak qps = 3 x 11.6K/s', { name: 'peak qps', tag: 'peak-qps', display: '34.8 K /s' }],
    ['bandwidth ~ 11.6K/s * 500 B', { name: 'bandwidth', tag: 'bandwidth', display: '5.8 MB/s' }],
  ])('%s', (line, claim) => {
    const [d] = read(line);
    expect(d).toMatchObject({ kind: 'estimate', ...claim });
    expect((d as { value: number }).value).toBeGreaterThan(0);
  });

  it('reads the stated result of a worked line whatever qualifies it after: "@peak", "for 24h"', () => {
    expect(read('ingest 58K/s x 500B ~ 29MB/s @peak', 'estimate')[0]).toMatchObject({ kind: 'estimate', name: 'ingest', display: '29 MB/s' });
    expect(read('dedup state 1B x 32B ~ 32GB for 24h', 'estimate')[0]).toMatchObject({ kind: 'estimate', name: 'dedup state', display: '32 GB' });
  });

  it('names a rate after the prompt\'s own figure: clicks are the writes of an ad-click pipeline and the reads of a URL shortener', () => {
    const adClicks = SHIPPED_PROMPTS.find((p) => p.id === 'ad-click-aggregation')!;
    const onAds = readFreeText('clicks 1B/d ~ 11.6K/s avg', { start: 'estimate', prompt: adClicks }).flatMap((r) => r.drafts);
    expect(onAds[0]).toMatchObject({ kind: 'estimate', name: 'clicks', tag: 'write-qps' });
    expect(read('clicks 10B/mo ~ 3.8K/s', 'estimate')[0]).toMatchObject({ kind: 'estimate', name: 'clicks', tag: 'read-qps' });
  });

  it('reads "DAU: 100M" as an estimate in the estimate notes, and refuses counts of things outside them', () => {
    expect(read('DAU: 100M', 'estimate')).toEqual([{ kind: 'estimate', name: 'DAU', value: 100e6, display: '100 M' }]);
    expect(read('I have 3 cats')).toEqual([]);
    expect(read('it took 5 minutes')).toEqual([]);
  });

  it('reads what an estimate decides, on its line or the next, as a decision resting on it', () => {
    expect(read('storage ~ 9 TB -> one sharded KV store is enough')).toEqual([
      { kind: 'estimate', name: 'storage', tag: 'storage', value: 9e12, display: '9 TB' },
      { kind: 'decision', text: 'one sharded KV store is enough', restsOn: ['storage'] },
    ]);
    const lines = readFreeText('write qps ~ 115/s\n=> a single primary takes the writes', { start: 'estimate' }).flatMap((r) => r.drafts);
    expect(lines[1]).toEqual({ kind: 'decision', text: 'a single primary takes the writes', restsOn: ['write qps'] });
    expect(read('Decision: cache the redirects since reads qps dominate', undefined)).toEqual([{ kind: 'decision', text: 'cache the redirects since reads qps dominate', restsOn: [] }]);
  });

  it('names the pad variable a decision in the notes rests on', () => {
    const drafts = readFreeText('so: writes fit one primary', { start: 'estimate', names: ['writes'] }).flatMap((r) => r.drafts);
    expect(drafts).toEqual([{ kind: 'decision', text: 'writes fit one primary', restsOn: ['writes'] }]);
  });
});

describe('free-notes shorthand: trade-offs, bottlenecks, risks, questions', () => {
  it.each([
    ['Redis vs local: chose Redis, gave up latency, because shared counts', { chose: 'Redis', gaveUp: 'latency', because: 'shared counts' }],
    ['Redis over local counters because counts are shared', { chose: 'Redis', gaveUp: 'local counters', because: 'counts are shared' }],
    ['chose 302 instead of 301 since expiry must keep working', { chose: '302', gaveUp: '301', because: 'expiry must keep working' }],
    ['SQL vs NoSQL -> NoSQL (only key lookups)', { chose: 'NoSQL', gaveUp: 'SQL', because: undefined }],
    ['KV store vs Postgres: KV store, because every read is by key', { chose: 'KV store', gaveUp: 'Postgres', because: 'every read is by key' }],
    ['consistency over availability b/c double booking costs money', { chose: 'consistency', gaveUp: 'availability', because: 'double booking costs money' }],
    ['prefer async fan-out to sync calls because providers are slow', { chose: 'async fan-out', gaveUp: 'sync calls', because: 'providers are slow' }],
  ])('%s', (line, claim) => {
    const [d] = read(line);
    expect(d).toMatchObject({ kind: 'tradeoff', chose: claim.chose, gaveUp: claim.gaveUp });
    if (claim.because) expect(d).toMatchObject({ because: claim.because });
  });

  it('keeps a trade-off without a reason as one, so the scorer can see the reason is missing', () => {
    expect(read('tradeoff: chose Postgres over DynamoDB')).toEqual([{ kind: 'tradeoff', chose: 'Postgres', gaveUp: 'DynamoDB' }]);
    expect(read('Postgres over DynamoDB', 'tradeoff')).toEqual([{ kind: 'tradeoff', chose: 'Postgres', gaveUp: 'DynamoDB' }]);
  });

  it.each([
    ['bottleneck: hot keys at 100x -> shard by key + cache', { what: 'hot keys', atLoad: '100x', remedy: 'shard by key + cache' }],
    ['BN 10x: DB writes → partition by user', { what: 'DB writes', atLoad: '10x', remedy: 'partition by user' }],
    ['- cache tier (10x) fix: more replicas', { what: 'cache tier', atLoad: '10x', remedy: 'more replicas' }],
    ['at 50K writes/s the primary saturates -> shard', { what: 'the primary saturates', atLoad: '50Kwrites/s', remedy: 'shard' }],
    ['bottleneck: the database gets slow', { what: 'the database gets slow' }],
  ])('%s', (line, claim) => {
    expect(read(line)).toEqual([{ kind: 'bottleneck', ...claim }]);
  });

  it('reads risks, open questions and questions', () => {
    expect(read('risk: code space runs out early')).toEqual([{ kind: 'risk', text: 'code space runs out early' }]);
    expect(read('Risk - one region outage takes redirects down')).toEqual([{ kind: 'risk', text: 'one region outage takes redirects down' }]);
    expect(read('Q: how many links a day?')).toEqual([{ kind: 'question', text: 'how many links a day?', answered: false }]);
    expect(read('Q: read/write ratio? A: 100:1')).toEqual([{ kind: 'question', text: 'read/write ratio?', answered: true }]);
    expect(read('do links expire?', 'requirements')).toEqual([{ kind: 'question', text: 'do links expire?', answered: false }]);
    expect(read('should we scan for malware?', 'deep-dive')).toEqual([{ kind: 'risk', text: 'should we scan for malware?', open: true }]);
    const qa = readFreeText('Q: custom aliases?\nA: not in v1', {}).flatMap((r) => r.drafts);
    expect(qa).toEqual([{ kind: 'question', text: 'custom aliases?', answered: true }]);
  });
});

describe('free-notes shorthand: headings, bullets, arrows and deep dives', () => {
  it('lets a heading set what the bullets under it are', () => {
    const text = ['Risks:', '- region outage', '- code space', '', '**Trade-offs**', '* Redis over Memcached because persistence', '# Open questions', '1. malware screening'].join('\n');
    const drafts = readFreeText(text, {}).flatMap((r) => r.drafts);
    expect(drafts).toEqual([
      { kind: 'risk', text: 'region outage' },
      { kind: 'risk', text: 'code space' },
      { kind: 'tradeoff', chose: 'Redis', gaveUp: 'Memcached', because: 'persistence' },
      { kind: 'risk', text: 'malware screening', open: true },
    ]);
  });

  it('reads chains of arrows as flows, and in the design notes their steps as components', () => {
    expect(read('client -> LB -> app → Redis')).toEqual([
      { kind: 'flow', from: 'client', to: 'LB' },
      { kind: 'flow', from: 'LB', to: 'app' },
      { kind: 'flow', from: 'app', to: 'Redis' },
    ]);
    // "svc" is spelled out, so the step reads as the service it is.
    expect(read('redirect svc => cache (on miss)', 'high-level')).toEqual([
      { kind: 'flow', from: 'redirect service', to: 'cache', label: 'on miss' },
      { kind: 'component', label: 'redirect service', knowledgeKind: 'service' },
      { kind: 'component', label: 'cache', knowledgeKind: 'cache' },
    ]);
  });

  it('reads deep-dive notes by topic, from "topic: decision" or the heading above', () => {
    expect(read('deep dive: cache: cache-aside with long TTLs')).toEqual([{ kind: 'deep-dive', topic: 'cache', text: 'cache-aside with long TTLs' }]);
    const drafts = readFreeText('## Code generation\n- lease ranges of ids per server\n- base62 encode', { start: 'deep-dive' }).flatMap((r) => r.drafts);
    expect(drafts).toEqual([
      { kind: 'deep-dive', topic: 'Code generation', text: 'lease ranges of ids per server' },
      { kind: 'deep-dive', topic: 'Code generation', text: 'base62 encode' },
    ]);
  });

  it('keeps line numbers and the text as written for the source', () => {
    expect(readFreeText('\n- FR: shorten URLs\n\nrisk: abuse', {}).map((r) => [r.line, r.text])).toEqual([
      [1, '- FR: shorten URLs'],
      [3, 'risk: abuse'],
    ]);
  });
});

describe('free-notes shorthand: more forms', () => {
  it('reads figures written first, and ratios named "read:write"', () => {
    expect(read('100M DAU', 'estimate')).toEqual([{ kind: 'estimate', name: 'DAU', value: 100e6, display: '100 M DAUs' }]);
    expect(read('~1.2K writes/s peak')).toMatchObject([{ kind: 'estimate', name: 'writes/s peak', tag: 'peak-qps', value: 1200 }]);
    expect(read('read:write = 100:1')).toMatchObject([{ kind: 'estimate', name: 'read to write', tag: 'read-write-ratio', value: 100 }]);
    expect(read('assume: 10M new URLs/day')).toMatchObject([{ kind: 'estimate', name: 'new URLs/day', value: expect.closeTo(115.74, 1) }]);
  });

  it('reads "X over Y for Z" and "X vs Y? X because Z"', () => {
    expect(read('Chose Cassandra over MySQL for write throughput')).toEqual([{ kind: 'tradeoff', chose: 'Cassandra', gaveUp: 'MySQL', because: 'write throughput' }]);
    expect(read('SQL vs NoSQL? NoSQL because every read is by key')).toEqual([{ kind: 'tradeoff', chose: 'NoSQL', gaveUp: 'SQL', because: 'every read is by key' }]);
    expect(read('Tradeoff: latency vs consistency -> chose consistency since double booking is worse')).toEqual([{ kind: 'tradeoff', chose: 'consistency', gaveUp: 'latency', because: 'double booking is worse' }]);
  });

  it('reads each sentence of a line on its own, not at an abbreviation', () => {
    expect(read('Users can shorten URLs. Links can expire after a year.', 'requirements')).toEqual([
      { kind: 'requirement', type: 'functional', text: 'Users can shorten URLs' },
      { kind: 'requirement', type: 'functional', text: 'Links can expire after a year' },
    ]);
    expect(read('risk: a cache, e.g. Redis, goes down')).toEqual([{ kind: 'risk', text: 'a cache, e.g. Redis, goes down' }]);
  });

  it('reads a single point of failure as a risk and HA as availability', () => {
    expect(read('SPOF: the load balancer -> run an active-passive pair')).toEqual([{ kind: 'risk', text: 'the load balancer -> run an active-passive pair' }]);
    expect(read('NFR: HA 99.95%')).toEqual([{ kind: 'requirement', type: 'quality', quality: 'availability', text: 'HA 99.95%', target: '99.95%' }]);
  });
});

describe('free-notes shorthand: arrows by section', () => {
  it('reads an arrow in the data model as a key-to-value entity', () => {
    expect(read('code -> long_url (KV)', 'data')).toEqual([{ kind: 'entity', name: 'code -> long_url', fields: ['code', 'long_url'], store: 'key-value store' }]);
  });

  it('reads an arrow in the scope as a feature, unless it chains components', () => {
    expect(read('long URL -> short code', 'requirements')).toEqual([{ kind: 'requirement', type: 'functional', text: 'long URL -> short code' }]);
    expect(read('client -> API -> DB', 'requirements').map((d) => d.kind)).toEqual(['flow', 'flow']);
  });

  it('takes a deep dive topic only from a short name before the colon or arrow', () => {
    expect(read('replicate the KV store to both regions -> async, last write wins', 'deep-dive')).toEqual([{ kind: 'deep-dive', topic: 'KV store', text: 'replicate the KV store to both regions -> async, last write wins' }]);
  });
});

describe('free-notes shorthand: faults seen in calibration', () => {
  it('a "-> ..." line under an estimate is what the number decides, not a bottleneck', () => {
    const drafts = read('storage = 5 TB\n-> shard at 100x -> 4 nodes', 'estimate');
    expect(drafts.filter((d) => d.kind === 'bottleneck')).toEqual([]);
    expect(drafts).toContainEqual({ kind: 'decision', text: 'shard at 100x -> 4 nodes', restsOn: ['storage'] });
  });

  it("an API operation's purpose in brackets is its purpose, not part of its signature", () => {
    expect(read('POST /v1/urls (create a short link)')).toEqual([{ kind: 'api', operation: 'POST /v1/urls', method: 'POST', path: '/v1/urls', purpose: 'create a short link' }]);
    expect(read('getFeed(userId, cursor) (the home feed)', 'api')).toEqual([{ kind: 'api', operation: 'getFeed(userId, cursor)', purpose: 'the home feed' }]);
  });

  it("a table's reason after its store is read in claims: after a colon, or after the store's comma", () => {
    expect(read('tbl links(code PK, url) in KV: exact lookups')).toEqual([{ kind: 'entity', name: 'links', fields: ['code', 'url'], key: 'code', store: 'key-value store', reason: 'exact lookups' }]);
    expect(read('tbl buckets(key PK, tokens, ts) -> redis hash, TTL ~ refill time')).toEqual([{ kind: 'entity', name: 'buckets', fields: ['key', 'tokens', 'ts'], key: 'key', store: 'cache', reason: 'TTL ~ refill time' }]);
  });
});

// Shorthand of a second hand (a nearby-places session): abbreviations, rates worked out on one
// line, several methods on one call, options weighed inside a deep dive.
describe('free-notes shorthand: common abbreviations and worked lines', () => {
  const kinds = (drafts: Draft[]) => drafts.map((d) => d.kind);

  it('reads a worked rate with its peak in the estimate notes as two estimates and what they decide, not a bottleneck', () => {
    const drafts = read('search 100M x 5/d = 500M/d ~ 5.8K/s, x3 peak ~17K/s -> search path from mem, stateless svc scaled out', 'estimate');
    expect(kinds(drafts)).toEqual(['estimate', 'estimate', 'decision']);
    expect(drafts[0]).toMatchObject({ kind: 'estimate', name: 'search', value: 5800 });
    expect(drafts[1]).toMatchObject({ kind: 'estimate', name: 'peak', value: 17000, tag: 'peak-qps' });
    expect(drafts[2]).toMatchObject({ kind: 'decision', text: 'search path from memory, stateless service scaled out', restsOn: ['search', 'peak'] });
  });

  it('reads a line of figures that begins with a number and works out a rate', () => {
    const drafts = read('20M keys * 500/d = 10B/d ~ 116K/s avg, x3 peak ~350K/s', 'estimate');
    expect(drafts).toEqual([
      expect.objectContaining({ kind: 'estimate', value: 116000 }),
      expect.objectContaining({ kind: 'estimate', name: 'peak', value: 350000, tag: 'peak-qps' }),
    ]);
  });

  it('reads w/, b/c, svc, idx and in-mem as the words they stand for', () => {
    expect(read('geo idx(cell_id, place_id, lat, lng) -> in-mem per search node b/c 6.4GB fits RAM, lookup by cell', 'data')).toEqual([
      expect.objectContaining({ kind: 'entity', store: expect.any(String), reason: expect.stringMatching(/^6\.4GB fits RAM/) }),
    ]);
    expect(read('geohash in mem vs quadtree: geohash, b/c trivial to compute + shard by prefix', 'tradeoff')).toEqual([
      expect.objectContaining({ kind: 'tradeoff', chose: expect.stringMatching(/geohash/), gaveUp: 'quadtree', because: expect.stringMatching(/^trivial to compute/) }),
    ]);
  });

  it('reads several methods on one path as an operation', () => {
    expect(read('POST|PUT|DELETE /v1/places/{id} w/ owner auth -> 201/200 (biz edits)', 'api')).toEqual([expect.objectContaining({ kind: 'api' })]);
  });

  it('reads "topic: A vs B vs C -> decision" in the deep-dive notes as a deep dive on that topic', () => {
    expect(read('geo idx: geohash vs quadtree vs S2 -> geohash precision from radius, query cell + 8 nbrs', 'deep-dive')).toEqual([
      expect.objectContaining({ kind: 'deep-dive', topic: 'geo index' }),
    ]);
  });

  it('does not read a bottleneck line that mentions a cache as an entity', () => {
    expect(kinds(read('hot cell (Times Sq NYE) 20K places -> finer precision there + in-proc cache of hot cells, short TTL', 'bottleneck'))).toEqual(['bottleneck']);
  });

  it('names the quality a line opens with, and reads freshness as consistency', () => {
    expect(read('NFR: 99.99% avail for search, stale results ok > no results')).toEqual([expect.objectContaining({ quality: 'availability' })]);
    expect(read('NFR: idx freshness ~few min (eventual), never next day')).toEqual([expect.objectContaining({ quality: 'consistency' })]);
  });
});

describe('free-notes shorthand: rates per second and reasons in brackets', () => {
  it('reads w/s and r/s as writes and reads per second, not "with s"', () => {
    expect(read('writes ~ 6K w/s', 'estimate')).toEqual([expect.objectContaining({ kind: 'estimate', value: 6000 })]);
    expect(read('500M/d ~ 6K w/s -> shard the posts table', 'estimate').find((d) => d.kind === 'decision')).toMatchObject({ text: 'shard the posts table' });
  });

  it('takes a second estimate after a comma only when it is named first', () => {
    expect(read('DAU 50M, ~10 posts/day', 'estimate')).toEqual([expect.objectContaining({ kind: 'estimate', name: 'DAU', value: 50_000_000 })]);
  });

  it('reads a reason in brackets after the store of a listed entity', () => {
    expect(read('posts: post_id PK, user_id, text, ts -> cassandra (partition by user_id, write heavy)', 'data')).toEqual([
      expect.objectContaining({ kind: 'entity', name: 'posts', store: 'wide-column store', reason: 'partition by user_id, write heavy' }),
    ]);
  });
});
