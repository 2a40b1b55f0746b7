import type { PromptSnapshot } from '../../session/exportFile';
import { arrow, box, SessionBuilder } from './builder';

const at = (id: string, x: number, y: number) => ({ id, x, y });

/**
 * A strong URL-shortener session on the default 45-minute plan, following the eight-step
 * walk-through (scope before boxes, numbers that decide, the store chosen from the access
 * pattern, a diagram grown from the numbers, two deep dives, bottlenecks with fixes,
 * trade-offs in three parts), written in our own words. Phases keep close to their plan.
 */
export function strongSession(prompt: PromptSnapshot): SessionBuilder {
  const s = new SessionBuilder(prompt, 'senior');
  s.start().wait(0.5);
  // 1. Clarify (5 min).
  s.ask('Which features are in scope?', 'Create a short link, redirect on visit, optional expiry.', 2).wait(0.3);
  s.ask('How many links are created per day?', 'About 10 million new links a day.', 0).wait(0.3);
  s.ask('What is the read to write ratio?', 'Roughly 100 redirects per link created.', 1).wait(0.3);
  s.note({ list: 'functional', text: 'Turn a long URL into a short code' }).wait(0.2);
  s.note({ list: 'functional', text: 'Opening a short link redirects to the original URL' }).wait(0.2);
  s.note({ list: 'functional', text: 'A link may carry an expiry date' }).wait(0.2);
  s.note({ list: 'out-of-scope', text: 'Custom aliases, click analytics and user accounts' }).wait(0.3);
  s.note({ list: 'non-functional', text: 'Redirects must essentially never be down: 99.99%', quality: 'availability' }).wait(0.3);
  s.note({ list: 'non-functional', text: 'Redirect p99 under 50 ms at the service', quality: 'latency' }).wait(0.3);
  s.note({ list: 'non-functional', text: 'An issued code maps to one URL forever and is never lost', quality: 'durability' }).wait(0.3);
  s.note({ list: 'non-functional', text: '10M new links a day, reads 100 times the writes', quality: 'scale' }).wait(0.2);
  s.note({ list: 'non-functional', text: 'Codes must not be guessable in sequence', quality: 'security' }).wait(0.3);
  s.note({ list: 'assumption', text: 'No need to deduplicate the same long URL' }).wait(0.8);

  // 2. Estimate (5 min).
  s.enter('estimate').wait(0.3);
  const writes: string[] = [];
  const reads: string[] = [];
  const records: string[] = [];
  const storage: string[] = [];
  s.line('writes = 10M/day', 'write-qps', writes).wait(0.4);
  s.line('rw = 100:1', 'read-write-ratio').wait(0.3);
  s.line('reads = writes * 100', 'read-qps', reads).wait(0.4);
  s.line('peak = reads * 3', 'peak-qps').wait(0.4);
  s.line('links = 10M/day * 5 year', 'other', records).wait(0.4);
  s.line('storage = links * 500 B', 'storage', storage).wait(0.4);
  s.line('codes = 62^7', 'other').wait(0.3);
  s.conclude('Reads dominate 100 to 1: the read path carries the design and needs a cache', [...reads, ...writes]).wait(0.6);
  s.conclude('18B links against 3.5T codes: 7 base62 characters are enough for five years', records).wait(0.6);
  s.conclude('About 9 TB over five years: a partitioned key-value store holds it easily', storage).wait(0.6);

  // 3. API (4 min).
  s.enter('api').wait(0.5);
  s.note({ list: 'operation', signature: 'POST /api/links {url, expiresAt?} -> 201 {code, shortUrl}', purpose: 'Create a short link', main: false }).wait(1.2);
  s.note({ list: 'operation', signature: 'GET /{code} -> 302 Location', purpose: 'Redirect a visitor; 404 unknown, 410 expired', main: true }).wait(2.3);

  // 4. Data model (4 min).
  s.enter('data').wait(0.5);
  s.note({ list: 'entity', name: 'Link', fields: 'code (key), long_url, created_at, expires_at', store: 'key-value store', why: 'Only exact lookups by code, and random codes spread evenly over partitions' }).wait(1.5);
  s.note({ list: 'entity', name: 'Hot link', fields: 'code -> long_url', store: 'cache', why: 'Read-mostly and immutable, so long TTLs are safe' }).wait(2);

  // 5. High-level design (9 min).
  s.enter('high-level').wait(0.5);
  const client = at('client', 0, 200);
  const cdn = at('cdn', 250, 200);
  const lb = at('lb', 500, 200);
  const redirect = at('redirect', 750, 100);
  const create = at('create', 750, 320);
  const cache = at('cache', 1000, 100);
  const kv = at('kv', 1000, 320);
  const worker = at('worker', 1250, 320);
  s.draw(...box('client', 'Browser', client.x, client.y)).wait(0.4);
  s.draw(...box('cdn', 'CDN edge', cdn.x, cdn.y), arrow('a1', client, cdn)).wait(0.4);
  s.draw(...box('lb', 'Load balancer', lb.x, lb.y, 'diamond'), arrow('a2', cdn, lb)).wait(0.4);
  s.draw(...box('redirect', 'Redirect service', redirect.x, redirect.y), arrow('a3', lb, redirect)).wait(0.4);
  s.draw(...box('create', 'Create service', create.x, create.y), arrow('a4', lb, create)).wait(0.4);
  s.draw(...box('cache', 'Redis cache', cache.x, cache.y), arrow('a5', redirect, cache)).wait(0.4);
  s.draw(...box('kv', 'KV store (DynamoDB)', kv.x, kv.y, 'ellipse'), arrow('a6', create, kv), arrow('a7', cache, kv)).wait(0.4);
  s.draw(...box('worker', 'Expiry sweeper and ID range allocator', worker.x, worker.y), arrow('a8', worker, kv)).wait(0.8);
  s.note({ list: 'narrative', text: 'A click goes browser, CDN, load balancer, redirect service, cache, and only on a miss to the key-value store' }).wait(1.2);
  s.note({ list: 'narrative', text: 'Create and redirect are separate services because their load differs a hundredfold' }).wait(3.1);

  // 6. Deep dive (9 min).
  s.enter('deep-dive').wait(1);
  s.note({ list: 'deep-dive', component: 'Code generation', decision: 'Lease counter ranges per server, scramble the ID with a reversible permutation, encode in base62: no collisions and no guessable sequence' }).wait(4);
  s.note({ list: 'deep-dive', component: 'Redirect read path', decision: 'Cache-aside with long TTLs since mappings never change, negative caching for unknown codes, short CDN max-age' }).wait(4);

  // 7. Bottlenecks (5 min).
  s.enter('bottlenecks').wait(0.5);
  s.note({ list: 'bottleneck', scale: '10x', what: 'Redirect reads overwhelm the cache tier', remedy: 'More cache replicas and redirect instances; serve popular links from the CDN' }).wait(1.5);
  s.note({ list: 'bottleneck', scale: '100x', what: 'One viral link overloads a single cache shard', remedy: 'An in-process LRU in each redirect instance and replicated hot keys' }).wait(1.5);
  s.note({ list: 'bottleneck', scale: '100x', what: 'Storage reaches hundreds of TB', remedy: 'Add partitions to the key-value store; random codes keep them balanced' }).wait(1.5);

  // 8. Trade-offs (4 min).
  s.enter('tradeoffs').wait(0.3);
  s.note({ list: 'tradeoff', chose: 'Key-value store', gaveUp: 'Joins and ad-hoc queries', because: 'Every read is an exact lookup by code' }).wait(0.7);
  s.note({ list: 'tradeoff', chose: 'Leased counter ranges with a scramble', gaveUp: 'Strictly ordered codes and a tiny coordination service', because: 'No collision check and no central call per request' }).wait(0.7);
  s.note({ list: 'tradeoff', chose: '302 redirects', gaveUp: 'Browser caching of 301s', because: 'Expiry and takedowns keep working' }).wait(0.7);
  s.note({ list: 'risk', text: 'Code space filling faster than planned: alert on use and move to 8 characters early' }).wait(0.5);
  s.note({ list: 'open-question', text: 'Screen links for malware on create or on redirect?' }).wait(0.6);
  return s.end();
}

/**
 * A weak session: boxes drawn in the first minute, before any requirement, no estimates,
 * a vague API and store, no deep dive, a bottleneck without a fix and a trade-off with only
 * its choice, and the clock run out in the diagram.
 */
export function weakSession(prompt: PromptSnapshot): SessionBuilder {
  const s = new SessionBuilder(prompt, 'senior');
  s.start().wait(0.5);
  const server = at('server', 300, 100);
  const db = at('db', 600, 100);
  s.draw(...box('server', 'Server', server.x, server.y)).wait(0.5);
  s.draw(...box('db', 'Database', db.x, db.y, 'ellipse'), arrow('w1', server, db)).wait(1);
  s.note({ list: 'functional', text: 'Shorten URLs' }).wait(3);
  s.enter('estimate').wait(0.5);
  s.enter('api').wait(0.5);
  s.note({ list: 'operation', signature: 'shorten(url)', purpose: '', main: false }).wait(0.5);
  s.enter('data').wait(0.5);
  s.note({ list: 'entity', name: 'URL', fields: '', store: null, why: '' }).wait(0.5);
  s.enter('high-level').wait(25);
  s.note({ list: 'bottleneck', scale: '10x', what: 'The database gets slow', remedy: '' }).wait(1);
  s.note({ list: 'tradeoff', chose: 'SQL', gaveUp: '', because: '' }).wait(1);
  return s.end();
}
