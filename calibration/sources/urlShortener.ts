import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const scale = 'About 10 million new links a day.';
const ratio = 'Roughly 100 redirects per link created.';

/** Solid senior work: everything there and correct, little of it deep; one deep dive, trade-offs thin. */
const solid: CalibrationSource = {
  name: 'url-shortener-solid-senior',
  prompt: 'url-shortener',
  tag: 'c004',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many links are created per day?', scale, 0).wait(0.4);
    s.ask('What is the read to write ratio?', ratio, 1).wait(0.4);
    s.note({ list: 'functional', text: 'Create a short link for a long URL' }).wait(0.3);
    s.note({ list: 'functional', text: 'Redirect a short link to its URL' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Redirect fast, under 100 ms', quality: 'latency' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Highly available redirects', quality: 'availability' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Read heavy, 100:1', quality: 'scale' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const st: string[] = [];
    s.line('writes = 10M/day', 'write-qps', w).wait(0.5);
    s.line('reads = writes * 100', 'read-qps', w).wait(0.5);
    s.line('storage = 10M/day * 5 year * 500 B', 'storage', st).wait(0.8);
    s.conclude('~12K reads/s: a cache in front of the DB takes most of them', w).wait(1);
    s.conclude('~9 TB over 5 years needs a store that partitions', st).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /urls {longUrl} -> {shortUrl}', purpose: 'create', main: false }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /{code} -> 301', purpose: 'redirect', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Url', fields: 'code, long_url, created_at', store: 'key-value store', why: 'Lookups by code only' }).wait(3.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Client'], ['lb', 'Load balancer', 'diamond'], ['app', 'URL service'], ['cache', 'Redis cache', 'ellipse'], ['db', 'Cassandra', 'ellipse']],
      [['c', 'lb'], ['lb', 'app'], ['app', 'cache'], ['app', 'db']], 0.8);
    s.note({ list: 'narrative', text: 'Redirects check Redis first and fall back to Cassandra; creates write to Cassandra' }).wait(4.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Short code generation', decision: 'Base62 of a counter from a ticket server, 7 characters, so no collisions; ticket server hands out ranges of 1000' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Cache misses hit the DB harder', remedy: 'Bigger cache cluster and more Cassandra nodes' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Ticket server is a single point of failure', remedy: 'Run two ticket servers handing out odd and even ranges' }).wait(2.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Cassandra', gaveUp: 'SQL joins', because: 'Scales writes and we only look up by key' }).wait(1.5);
    s.note({ list: 'tradeoff', chose: '301 redirect', gaveUp: 'Counting every click', because: 'Browsers cache it and load drops' }).wait(1.5);
    return s.end();
  },
};

/**
 * A capable candidate who divides by 86.4 instead of 86,400, gets 116K writes/s (1000x the
 * prompt's 116/s), never sanity-checks it, and builds the design around the wrong numbers.
 */
const farOff: CalibrationSource = {
  name: 'url-shortener-estimates-far-off-senior',
  prompt: 'url-shortener',
  tag: 'c005',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many new links per day?', scale, 0).wait(0.3);
    s.ask('What is the read to write ratio?', ratio, 1).wait(0.3);
    s.note({ list: 'functional', text: 'Shorten a long URL to a 7-character code' }).wait(0.3);
    s.note({ list: 'functional', text: 'Redirect visitors from the code to the long URL' }).wait(0.3);
    s.note({ list: 'functional', text: 'Links can expire' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'p99 redirect under 50 ms', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: '99.99% available for redirects', quality: 'availability' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Once created a link is never lost', quality: 'durability' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const r: string[] = [];
    const st: string[] = [];
    s.line('writes = 10M / 86.4 s', 'write-qps', w).wait(0.5);
    s.line('reads = writes * 100', 'read-qps', r).wait(0.4);
    s.line('peak = reads * 3', 'peak-qps', r).wait(0.3);
    s.line('links = writes * 5 year', 'other', st).wait(0.5);
    s.line('storage = links * 500 B', 'storage', st).wait(0.5);
    s.conclude('116K creates/s is too much for one ticket server: every app node must generate codes itself', w).wait(0.7);
    s.conclude('35M redirects/s at peak: around 300 cache nodes and a CDN in front', r).wait(0.6);
    s.conclude('9 PB of links: needs a heavily sharded store, about 1000 nodes', st).wait(0.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /api/v1/links {url, ttl?} -> 201 {code}', purpose: 'Create a link', main: false }).wait(1.3);
    s.note({ list: 'operation', signature: 'GET /{code} -> 302 Location', purpose: 'Redirect; 404 if unknown', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Link', fields: 'code (PK), url, expires_at', store: 'wide-column store', why: 'Petabytes of rows and huge write rate' }).wait(1.5);
    s.note({ list: 'entity', name: 'Hot links', fields: 'code -> url', store: 'cache', why: 'Redirects need to be fast' }).wait(1.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Browser'], ['cdn', 'CDN'], ['lb', 'Load balancer', 'diamond'], ['app', 'Link service (x500)'], ['cache', 'Redis cluster (300 nodes)', 'ellipse'], ['db', 'Cassandra (1000 nodes)', 'ellipse']],
      [['c', 'cdn'], ['cdn', 'lb'], ['lb', 'app'], ['app', 'cache'], ['app', 'db']], 0.6);
    s.note({ list: 'narrative', text: 'Browser to CDN to LB to link service, cache first, then Cassandra' }).wait(4.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Code generation at 116K/s', decision: 'Snowflake-style IDs per node (time + node + sequence), base62 encoded, since a central counter cannot take 116K/s' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Sharding 9 PB', decision: 'Consistent hashing over 1000 Cassandra nodes with RF 3' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '350M redirects/s at peak', remedy: 'Push more to the CDN edge and add cache nodes' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: '900 PB of storage', remedy: 'Tier old links to object storage' }).wait(2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Snowflake IDs', gaveUp: 'Short sequential codes', because: 'No coordination at 116K writes/s' }).wait(1.2);
    s.note({ list: 'tradeoff', chose: 'Cassandra', gaveUp: 'Strong consistency', because: 'Scales to petabytes' }).wait(1.2);
    return s.end();
  },
};

/** A mid-level candidate doing everything a mid interviewer wants, cleanly, with the main path right. */
const strongMid: CalibrationSource = {
  name: 'url-shortener-strong-mid',
  prompt: 'url-shortener',
  tag: 'c006',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many links are created per day?', scale, 0).wait(0.4);
    s.ask('What is the read to write ratio?', ratio, 1).wait(0.4);
    s.ask('Which features are in scope?', 'Create a short link, redirect on visit, optional expiry.', 2).wait(0.3);
    s.note({ list: 'functional', text: 'Create a short code for a URL' }).wait(0.3);
    s.note({ list: 'functional', text: 'Redirect from the code' }).wait(0.3);
    s.note({ list: 'functional', text: 'Optional expiry' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Analytics and custom aliases' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Redirect p99 < 100 ms', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: '99.9% uptime for redirects', quality: 'availability' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Codes not guessable', quality: 'security' }).wait(0.8);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const r: string[] = [];
    const st: string[] = [];
    s.line('writes = 10M/day', 'write-qps', w).wait(0.5);
    s.line('reads = writes * 100', 'read-qps', r).wait(0.5);
    s.line('total = 10M/day * 5 year', 'other', st).wait(0.5);
    s.line('storage = total * 500 B', 'storage', st).wait(0.4);
    s.line('codes = 62^7', 'other', st).wait(0.4);
    s.conclude('11.6K reads/s vs 116 writes/s: cache the redirects', r).wait(0.7);
    s.conclude('18B links < 3.5T codes, so 7 characters; 9 TB needs a store that shards', st).wait(1);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /links {url, expiresAt?} -> 201 {code}', purpose: 'Create', main: false }).wait(1.3);
    s.note({ list: 'operation', signature: 'GET /{code} -> 302 Location | 404 | 410', purpose: 'Redirect', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Link', fields: 'code PK, url, expires_at', store: 'key-value store', why: 'Get by code only' }).wait(2);
    s.note({ list: 'entity', name: 'Cached link', fields: 'code -> url', store: 'cache', why: 'Most traffic is reads' }).wait(1.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Browser'], ['lb', 'Load balancer', 'diamond'], ['r', 'Redirect service'], ['w', 'Create service'], ['cache', 'Redis', 'ellipse'], ['kv', 'DynamoDB', 'ellipse']],
      [['c', 'lb'], ['lb', 'r'], ['lb', 'w'], ['r', 'cache'], ['cache', 'kv'], ['w', 'kv']], 0.6);
    s.note({ list: 'narrative', text: 'Visit goes LB, redirect service, Redis, DynamoDB on a miss, 302 back' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Code generation', decision: 'Each create server leases a range of IDs from a counter and base62-encodes them, shuffled so they are not sequential' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Caching', decision: 'Cache-aside with a long TTL since links do not change; expired links removed on read' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Redis takes 116K reads/s', remedy: 'Read replicas of the cache and more redirect instances' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'A viral link hammers one cache key', remedy: 'CDN caching of popular redirects' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: '302', gaveUp: 'Browser caching with 301', because: 'Expiry has to keep working' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'DynamoDB', gaveUp: 'Ad-hoc queries', because: 'Only key lookups, and it scales without ops work' }).wait(1.3);
    s.note({ list: 'risk', text: 'Abuse: people shortening phishing links' }).wait(0.6);
    return s.end();
  },
};

export const sessions = [solid, farOff, strongMid];
