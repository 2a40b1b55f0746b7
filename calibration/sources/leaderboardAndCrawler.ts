import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const lb = {
  players: 'About 100 million players have a score on the all-time board. Around 50 million play in a given week and 20 million on a given day.',
  matches: 'A daily player finishes about 10 matches a day, and every match ends with a score update. Evenings and the last hours before the weekly reset run at about 5 times the daily average rate.',
  views: 'The game lobby shows the board after each match and players open it on their own too: about 20 views per daily player per day, so roughly 2 reads for every score update. Almost every view asks for the top 10 and the player\'s own rank.',
};

/**
 * A mid-level session with a reasonable sorted-set design whose bottlenecks are real but whose
 * remedies do not fit them (read replicas for a write hot spot, a CDN for rank queries, an index for memory).
 */
const badRemedies: CalibrationSource = {
  name: 'leaderboard-remedies-misfit-mid',
  prompt: 'leaderboard',
  tag: 'c019',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many players?', lb.players, 0).wait(0.4);
    s.ask('How often do scores change?', lb.matches, 1).wait(0.4);
    s.note({ list: 'functional', text: 'Submit a score after each match' }).wait(0.3);
    s.note({ list: 'functional', text: 'Show the top 100 and my own rank, all-time and weekly' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Board loads under 100 ms', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Scores never lost or double counted', quality: 'durability' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('updates = 20M * 10/day', 'write-qps', l).wait(0.5);
    s.line('peak = updates * 5', 'peak-qps', l).wait(0.5);
    s.line('board = 100M * 20 B', 'storage', l).wait(0.5);
    s.conclude('12K updates/s at peak and a 2 GB board: a Redis sorted set per board fits in memory', l).wait(2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /scores {playerId, matchId, points}', purpose: 'Game server submits a result', main: false }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /boards/{weekly|alltime}?around=me -> top 10 + my rank', purpose: 'Lobby view', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Board', fields: 'sorted set: player_id -> score', store: 'cache', why: 'ZINCRBY and ZREVRANK are O(log n)' }).wait(1.5);
    s.note({ list: 'entity', name: 'Score event', fields: 'match_id PK, player_id, points, ts', store: 'relational database', why: 'Dedup on match_id, keep for disputes' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['gs', 'Game servers'], ['api', 'Score service'], ['db', 'Postgres score events', 'ellipse'], ['redis', 'Redis sorted sets', 'ellipse'], ['lobby', 'Game client'], ['read', 'Board service']],
      [['gs', 'api'], ['api', 'db'], ['api', 'redis'], ['lobby', 'read'], ['read', 'redis']], 0.7);
    s.note({ list: 'narrative', text: 'Game server posts the result, we store the event (dedup on match id) and ZINCRBY both boards; lobby reads top 10 and ZREVRANK' }).wait(4.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Weekly reset', decision: 'A new sorted set key per week (board:weekly:2026-W02), the old one kept read-only and snapshotted' }).wait(7.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '120K score updates/s on one Redis sorted set', remedy: 'Add read replicas' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Rank queries for every player', remedy: 'Put the CDN in front of the rank endpoint' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'The sorted set no longer fits in one node\'s memory', remedy: 'Add an index on score' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Redis sorted sets', gaveUp: 'Durability of a database', because: 'Ranks in O(log n) under 100 ms; events in Postgres let us rebuild' }).wait(1.5);
    s.note({ list: 'tradeoff', chose: 'Exact ranks for everyone', gaveUp: 'Memory', because: 'Simpler' }).wait(1.5);
    return s.end();
  },
};

/** Strong senior leaderboard: exact where prizes need it, approximate below, sharding by score range weighed against scatter-gather. */
const strongLb: CalibrationSource = {
  name: 'leaderboard-strong-senior',
  prompt: 'leaderboard',
  tag: 'c020',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many players?', lb.players, 0).wait(0.3);
    s.ask('How often do scores change?', lb.matches, 1).wait(0.3);
    s.ask('How often is the board read?', lb.views, 2).wait(0.3);
    s.ask('How exact must ranks be?', 'A finished match should show up on the board within about 1 second, 5 seconds at worst. Loading the board must take under 100 ms at p99 on our side. Ranks must be exact for the top 10,000; below that, a rank within about 1% is fine.', 5).wait(0.3);
    s.note({ list: 'functional', text: 'Game servers submit match results; all-time and weekly boards (weekly resets Monday 00:00 UTC)' }).wait(0.3);
    s.note({ list: 'functional', text: 'Top 100, my rank, and the players around me' }).wait(0.3);
    s.note({ list: 'functional', text: 'Banned players vanish from every board' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Friends and country boards' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Result visible within 1 s (5 s worst)', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Board read p99 < 100 ms, 99.9% available, game keeps working if we are down', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Exact ranks for top 10K, ~1% below; scores never lost or double counted (prizes)', quality: 'consistency' }).wait(0.6);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const r: string[] = [];
    const m: string[] = [];
    s.line('updates = 20M * 10/day', 'write-qps', w).wait(0.3);
    s.line('peak = updates * 5', 'peak-qps', w).wait(0.3);
    s.line('reads = 20M * 20/day', 'read-qps', r).wait(0.3);
    s.line('zset = 100M * 150 B', 'storage', m).wait(0.4);
    s.line('events = 20M * 10/day * 90 day * 200 B', 'storage', m).wait(0.4);
    s.conclude('12K updates/s at peak is within one Redis node (~100K ops/s); no need to shard writes yet', w).wait(0.6);
    s.conclude('15 GB per all-time sorted set fits one node with a replica; the top-10 read is hot, so cache it for 1 s', [...m, ...r]).wait(0.6);
    s.conclude('3.6 TB of raw events for 90 days goes to a log/object store, not Redis', m).wait(0.6);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/results {matchId, playerId, points, sig} -> 202', purpose: 'Signed by game servers; idempotent on matchId', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /v1/boards/{board}/top?n=100', purpose: 'Lobby top list, cached 1 s', main: true }).wait(0.8);
    s.note({ list: 'operation', signature: 'GET /v1/boards/{board}/players/{id}?around=5 -> {rank, score, neighbours}', purpose: 'My rank', main: true }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Board', fields: 'zset board:{alltime|week}: member player_id, score = points * 2^22 + (maxTs - ts) for ties', store: 'cache', why: 'O(log n) rank and range; tie-break by earliest time packed into the score' }).wait(1.2);
    s.note({ list: 'entity', name: 'Result event', fields: 'match_id, player_id, points, ts, server_id', store: 'message queue', why: 'Kafka keyed by player; replayable to rebuild boards; 90 days' }).wait(1);
    s.note({ list: 'entity', name: 'Weekly snapshot', fields: 'week, rank, player_id, score', store: 'object storage', why: 'Final rankings kept a year, top 10K forever' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['gs', 'Game servers'], ['ing', 'Results API'], ['k', 'Kafka results (keyed by player)'], ['upd', 'Board updater (dedup by match id)'], ['r', 'Redis sorted sets + replica', 'ellipse'], ['cl', 'Game client'], ['lbx', 'Load balancer', 'diamond'], ['rd', 'Board read service'], ['snap', 'Snapshot job -> S3']],
      [['gs', 'ing'], ['ing', 'k'], ['k', 'upd'], ['upd', 'r'], ['cl', 'lbx'], ['lbx', 'rd'], ['rd', 'r'], ['snap', 'r']], 0.5);
    s.note({ list: 'narrative', text: 'Results go through Kafka to a single updater per partition that dedups on match id and ZINCRBYs both boards; reads hit a 1 s cached top list or ZREVRANK + ZRANGE around the player' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Exactly-once scoring', decision: 'Updater records processed match ids in Redis (SETNX, 7-day TTL) inside the same Lua script as the ZINCRBY, so a replayed event is never counted twice' }).wait(3.5);
    s.note({ list: 'deep-dive', component: 'Scaling past one node', decision: 'Options: shard by player hash (writes spread, rank needs scatter-gather over N shards) vs by score range (rank = counts of higher shards + local rank, but hot top shard); choose score ranges with per-shard counts cached, since reads are 2x writes and rank is the hot query' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '120K updates/s at peak on one sorted set', remedy: 'Batch increments per player per 200 ms in the updater; then shard by score range' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Top-100 read at 46K/s', remedy: 'Cache the top list for 1 s in the read service' }).wait(1.3);
    s.note({ list: 'bottleneck', scale: '100x', what: '10B members no longer fit in memory', remedy: 'Exact zset for the top 10K only; below, rank from a score histogram (within 1%)' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Approximate ranks below 10K via histogram', gaveUp: 'Exact ranks for everyone', because: 'The product allows 1% and it keeps memory at the top 10K' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Async updates through Kafka', gaveUp: 'Read-your-write of the rank immediately', because: 'Within the 1 s target and makes updates replayable' }).wait(0.8);
    s.note({ list: 'risk', text: 'Weekly reset at 00:00 UTC coincides with the 5x peak: create the new key ahead and switch by week id, not by deleting' }).wait(0.6);
    return s.end();
  },
};

/**
 * A sound-enough crawler whose candidate names services after Kafka's novels ("The Castle",
 * "Kafka's The Trial", "Amerika"): none of them is a queue, and no queue is drawn at all.
 */
const kafkaNovel: CalibrationSource = {
  name: 'web-crawler-kafka-novel-labels-senior',
  prompt: 'web-crawler',
  tag: 'c021',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many pages a day?', 'We know of about 10 billion URLs and keep roughly 5 billion pages in the index. The crawler should fetch about 100 million pages a day, around 3 billion a month, including re-crawls.', 0).wait(0.4);
    s.ask('How polite must we be?', 'Always obey robots.txt, refreshed at least daily, including Crawl-delay. By default no more than one request per second to any host, with only one connection open to it. Back off when a site returns 429 or 5xx.', 3).wait(0.4);
    s.note({ list: 'functional', text: 'Fetch HTML pages from a seed list, extract links, add new URLs' }).wait(0.3);
    s.note({ list: 'functional', text: 'Store raw pages for the indexing team' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Polite: robots.txt, 1 req/s per host', quality: 'security' }).wait(0.3);
    s.note({ list: 'non-functional', text: '100M pages a day', quality: 'scale' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const f: string[] = [];
    const st: string[] = [];
    s.line('fetches = 100M/day', 'write-qps', f).wait(0.5);
    s.line('bw = fetches * 100 KB', 'bandwidth', f).wait(0.5);
    s.line('storage = 5B * 25 KB', 'storage', st).wait(0.5);
    s.conclude('1.2K fetches/s at 2 s each means ~2.3K fetches in flight: a few hundred async workers', f).wait(1);
    s.conclude('125 TB compressed for the latest copies: object storage', st).wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'submitSeeds(urls[])', purpose: 'Add seeds', main: false }).wait(1.2);
    s.note({ list: 'operation', signature: 'page stream: {url, fetchedAt, blobRef}', purpose: 'What downstream reads', main: true }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'URL record', fields: 'url_hash PK, url, last_fetched, next_fetch, content_hash', store: 'key-value store', why: '10B URLs looked up by hash' }).wait(1.5);
    s.note({ list: 'entity', name: 'Page', fields: 'url_hash/fetched_at -> compressed HTML', store: 'object storage', why: 'Big blobs, 125 TB' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['castle', 'The Castle (URL frontier)'], ['trial', "Kafka's The Trial (fetcher workers)"], ['dns', 'DNS resolver cache'], ['amerika', 'Amerika (link extractor)'], ['meta', 'Metamorphosis (dedup by content hash)'], ['s3', 'S3 raw pages', 'ellipse'], ['kv', 'URL table (Bigtable)', 'ellipse']],
      [['castle', 'trial'], ['trial', 'dns'], ['trial', 's3'], ['trial', 'amerika'], ['amerika', 'meta'], ['meta', 'castle'], ['meta', 'kv']], 0.6);
    s.note({ list: 'narrative', text: 'The Castle hands out URLs per host, The Trial fetches them, Amerika pulls links out, Metamorphosis drops duplicates and feeds new URLs back to The Castle' }).wait(4);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'The Castle (frontier)', decision: 'One back queue per host with a next-allowed time, so each host gets at most 1 req/s; front queues by priority (news first)' }).wait(4.5);
    s.note({ list: 'deep-dive', component: 'Metamorphosis (dedup)', decision: 'Exact dup by SHA-256 of the body, near-dup by SimHash; URL normalisation before the seen-check' }).wait(3.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'DNS lookups of 10-200 ms on every fetch', remedy: 'Local caching resolver per worker pool' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'The frontier\'s host queues outgrow one machine', remedy: 'Partition the frontier by host hash across nodes' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Per-host queues', gaveUp: 'Simple FIFO', because: 'Politeness of 1 req/s per host' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'SimHash near-dup', gaveUp: 'Some false positives', because: '30% of pages are near duplicates' }).wait(1.3);
    return s.end();
  },
};

export const sessions = [badRemedies, strongLb, kafkaNovel];
