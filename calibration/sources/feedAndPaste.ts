import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * Mid-level quality through and through: a correct fan-out-on-write design with the main path
 * sound, the celebrity problem named with the textbook fix, and nothing beyond it (no failure
 * modes, no numbers weighed between options, no evolution). Judged at mid and at staff.
 */
const feedMid: CalibrationSource = {
  name: 'news-feed-mid-quality',
  prompt: 'news-feed',
  tag: 'c013',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many users are active?', 'About 1 billion registered accounts, around 300 million of them active on a typical day. Traffic peaks at roughly three times the daily average, higher during big live events.', 0).wait(0.4);
    s.ask('How often do people post and read?', 'An active user posts about once a day on average and opens or refreshes the feed about 20 times a day, so feed reads outnumber posts roughly 20 to 1.', 1).wait(0.4);
    s.ask('How many accounts does a user follow?', 'Following is one-way. A typical user follows about 200 accounts, capped at 5,000. Followers are very skewed: about 50,000 accounts have over 100,000 followers, a few thousand have over a million, and the largest has about 100 million.', 2).wait(0.4);
    s.note({ list: 'functional', text: 'Post text and an optional photo' }).wait(0.3);
    s.note({ list: 'functional', text: 'Follow and unfollow accounts' }).wait(0.3);
    s.note({ list: 'functional', text: 'Home feed in reverse chronological order' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Feed loads in 200 ms p99', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Favour availability; slightly stale feed is fine', quality: 'availability' }).wait(0.8);
    s.enter('estimate').wait(0.3);
    const r: string[] = [];
    const w: string[] = [];
    s.line('posts = 300M * 1/day', 'write-qps', w).wait(0.5);
    s.line('reads = 300M * 20/day', 'read-qps', r).wait(0.5);
    s.line('fanout = posts * 200', 'other', w).wait(0.6);
    s.line('storage = 300M * 1/day * 5 year * 1 KB', 'storage').wait(0.6);
    s.conclude('70K feed reads/s vs 3.5K posts/s: precompute feeds so reads are cheap', [...r, ...w]).wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /posts {text, photoId?} -> 201 {postId}', purpose: 'Create a post', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /feed?cursor= -> {posts[], nextCursor}', purpose: 'Read the home feed', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'POST /follows/{userId}', purpose: 'Follow', main: false }).wait(1.3);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Post', fields: 'post_id, author_id, text, photo_url, created_at', store: 'key-value store', why: 'Fetched by id' }).wait(1);
    s.note({ list: 'entity', name: 'Follow', fields: 'follower_id, followee_id', store: 'relational database', why: 'Simple relation' }).wait(1);
    s.note({ list: 'entity', name: 'Feed', fields: 'user_id -> list of post ids', store: 'cache', why: 'Precomputed, read often' }).wait(1.3);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Client'], ['lb', 'Load balancer', 'diamond'], ['ps', 'Post service'], ['fs', 'Feed service'], ['q', 'Fan-out queue'], ['fw', 'Fan-out workers'], ['redis', 'Redis feeds', 'ellipse'], ['db', 'Posts DB', 'ellipse'], ['s3', 'S3 photos + CDN', 'ellipse']],
      [['c', 'lb'], ['lb', 'ps'], ['lb', 'fs'], ['ps', 'db'], ['ps', 'q'], ['q', 'fw'], ['fw', 'redis'], ['fs', 'redis'], ['fs', 'db'], ['c', 's3']], 0.5);
    s.note({ list: 'narrative', text: 'A post is stored, then workers push its id into every follower\'s feed list in Redis; reading the feed takes ids from Redis and fetches posts' }).wait(3.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Fan-out', decision: 'Fan out on write for normal users; for celebrities with millions of followers, pull their posts at read time and merge' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Fan-out workers fall behind', remedy: 'Add workers and partition the queue' }).wait(2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Redis memory for all feeds', remedy: 'Keep only the latest 500 ids per feed and shard Redis' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Fan-out on write', gaveUp: 'Cheap writes', because: 'Reads are 20x writes' }).wait(1.5);
    s.note({ list: 'tradeoff', chose: 'Eventual consistency of feeds', gaveUp: 'Everyone seeing a post at once', because: 'Availability matters more for reads' }).wait(1.5);
    return s.end();
  },
};

/**
 * Lots of numbers, all roughly right, and not one of them decides anything: the conclusions
 * restate the arithmetic. The rest is ordinary.
 */
const decideNothing: CalibrationSource = {
  name: 'paste-bin-estimates-decide-nothing-senior',
  prompt: 'paste-bin',
  tag: 'c014',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many pastes per day?', 'About 2 million new pastes a day, from a few million monthly users. Plan for steady growth.', 0).wait(0.4);
    s.ask('How big is a paste?', 'Text only, UTF-8. Average about 10 KB, hard limit 1 MB per paste. No binary uploads.', 2).wait(0.4);
    s.note({ list: 'functional', text: 'Create a paste and get a link' }).wait(0.3);
    s.note({ list: 'functional', text: 'Read a paste by its link' }).wait(0.3);
    s.note({ list: 'functional', text: 'Pastes can expire' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Reads under 200 ms', quality: 'latency' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Available', quality: 'availability' }).wait(1.3);
    s.enter('estimate').wait(0.3);
    const a: string[] = [];
    const b: string[] = [];
    const c: string[] = [];
    s.line('writes = 2M/day', 'write-qps', a).wait(0.4);
    s.line('reads = writes * 10', 'read-qps', a).wait(0.4);
    s.line('peak = reads * 3', 'peak-qps', b).wait(0.4);
    s.line('storage = 2M/day * 3 year * 10 KB', 'storage', c).wait(0.5);
    s.line('bandwidth = reads * 10 KB', 'bandwidth', c).wait(0.4);
    s.conclude('So we get about 23 writes per second and 230 reads per second', a).wait(0.7);
    s.conclude('Peak is 700 reads per second, which is three times the average', b).wait(0.6);
    s.conclude('Storage comes to about 22 TB over three years, and bandwidth is 2.3 MB/s', c).wait(0.9);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /pastes {text, expiry} -> {key}', purpose: 'create', main: false }).wait(1.3);
    s.note({ list: 'operation', signature: 'GET /pastes/{key}', purpose: 'read', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Paste', fields: 'key, text, expires_at', store: 'relational database', why: 'Familiar' }).wait(3.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Client'], ['lb', 'Load balancer', 'diamond'], ['app', 'Paste service'], ['db', 'MySQL', 'ellipse'], ['cache', 'Memcached', 'ellipse']],
      [['c', 'lb'], ['lb', 'app'], ['app', 'db'], ['app', 'cache']], 0.8);
    s.note({ list: 'narrative', text: 'Service writes pastes to MySQL and caches popular ones' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Keys', decision: 'Random 8-character base62 keys, retry on collision' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Database gets big', remedy: 'Shard it by key' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Viral paste', remedy: 'Cache it' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'MySQL', gaveUp: 'Horizontal scale', because: 'Simpler to run' }).wait(3);
    return s.end();
  },
};

/** A mid-level candidate with the right shape: blobs in object storage, metadata in a KV store, CDN for viral pastes. */
const pasteSolidMid: CalibrationSource = {
  name: 'paste-bin-solid-mid',
  prompt: 'paste-bin',
  tag: 'c015',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many pastes per day?', 'About 2 million new pastes a day, from a few million monthly users. Plan for steady growth.', 0).wait(0.4);
    s.ask('How long are pastes kept?', "The creator picks an expiry: 10 minutes, 1 day, 1 month, or 'never'. Plan storage for 3 years of data; 'never' pastes older than that can move to cheaper cold storage. Expired pastes must stop being readable right away.", 3).wait(0.4);
    s.note({ list: 'functional', text: 'Create a text paste with optional expiry, get a link' }).wait(0.3);
    s.note({ list: 'functional', text: 'Read by link, raw view' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Accounts, editing, search' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Read p99 < 200 ms, 99.9% available', quality: 'latency' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Keys not guessable (unlisted pastes)', quality: 'security' }).wait(1.3);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const st: string[] = [];
    s.line('writes = 2M/day', 'write-qps', w).wait(0.5);
    s.line('reads = writes * 10', 'read-qps', w).wait(0.5);
    s.line('storage = 2M/day * 3 year * 10 KB', 'storage', st).wait(0.6);
    s.conclude('22 TB of text: put paste bodies in object storage, keep only metadata in the database', st).wait(1);
    s.conclude('230 reads/s is small; a cache and CDN handle viral pastes', w).wait(1.3);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /pastes {text, expiry, unlisted} -> 201 {key, url}', purpose: 'Create', main: false }).wait(1.3);
    s.note({ list: 'operation', signature: 'GET /{key} and GET /raw/{key} -> 200 | 404', purpose: 'Read', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Paste metadata', fields: 'key PK, blob_ref, expires_at, created_at', store: 'key-value store', why: 'Lookup by key only' }).wait(1.5);
    s.note({ list: 'entity', name: 'Paste body', fields: 'blob at pastes/{key}', store: 'object storage', why: 'Cheap for 22 TB, up to 1 MB each' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Browser'], ['cdn', 'CDN'], ['lb', 'Load balancer', 'diamond'], ['app', 'Paste service'], ['kv', 'DynamoDB metadata', 'ellipse'], ['s3', 'S3 bodies', 'ellipse'], ['cache', 'Redis', 'ellipse'], ['sweep', 'Expiry cleaner']],
      [['c', 'cdn'], ['cdn', 'lb'], ['lb', 'app'], ['app', 'kv'], ['app', 's3'], ['app', 'cache'], ['sweep', 'kv']], 0.6);
    s.note({ list: 'narrative', text: 'Read: CDN, then service checks metadata (and expiry), fetches the body from cache or S3' }).wait(4);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Key generation', decision: '8 random base62 characters (218T keys) so unlisted pastes cannot be guessed; conditional put retries on the rare collision' }).wait(4.5);
    s.note({ list: 'deep-dive', component: 'Expiry', decision: 'Check expires_at on every read so expired pastes vanish at once; a cleaner deletes them later; CDN TTL capped at the paste\'s expiry' }).wait(3.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'A viral paste hits the service', remedy: 'CDN caching with short TTL' }).wait(2.3);
    s.note({ list: 'bottleneck', scale: '100x', what: '2 PB of bodies over time', remedy: 'Move old "never" pastes to cold storage' }).wait(2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Object storage for bodies', gaveUp: 'One read from one store', because: 'Cheap at 22 TB and bodies up to 1 MB' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'Random keys', gaveUp: 'Shorter sequential keys', because: 'Unlisted pastes must not be enumerable' }).wait(1.3);
    return s.end();
  },
};

export const sessions = [feedMid, decideNothing, pasteSolidMid];
