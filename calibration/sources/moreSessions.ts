import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/** Staff-level autocomplete: the 20 ms server budget drives everything; options weighed with numbers; evolution and failure raised unasked. */
const autocomplete: CalibrationSource = {
  name: 'search-autocomplete-strong-staff',
  prompt: 'search-autocomplete',
  tag: 'c023',
  make(p) {
    const s = solo(p, 'staff');
    s.ask('How many users and searches?', 'About 50 million daily active users, each running about 5 searches a day, so 250 million searches a day. Peak hour runs at roughly 3 times the daily average.', 0).wait(0.3);
    s.ask('How many suggestion requests per search?', 'The average query is about 20 characters, but the client waits 100 ms after the last keystroke and stops asking once the person picks a suggestion, so one search causes about 6 suggestion requests.', 1).wait(0.3);
    s.ask('What is the latency budget?', 'People type a key every 150 to 200 ms, so suggestions must be on screen within 100 ms at p99, measured at the client. That leaves the server about 20 ms; the rest is network.', 2).wait(0.3);
    s.ask('How fresh must trending phrases be?', 'A phrase that suddenly becomes popular, such as a news event, should start appearing within an hour. Stale counts for older phrases are fine; the long tail can be a day behind.', 4).wait(0.3);
    s.ask('Are there phrases we must never suggest?', 'Never suggest hateful, sexual or defamatory phrases or personal data. Legal and trust teams keep a blocklist, and a phrase added to it must disappear from suggestions within 5 minutes.', 8).wait(0.3);
    s.note({ list: 'functional', text: 'Up to 10 prefix completions ranked by recency-weighted frequency, per locale' }).wait(0.3);
    s.note({ list: 'functional', text: 'Trending phrases appear within an hour; blocklisted phrases gone within 5 min' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Personalisation, spelling correction' }).wait(0.2);
    s.note({ list: 'non-functional', text: '~20 ms server p99 (100 ms at the client)', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: '99.9%, degrade silently to no suggestions', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: '17K/s average, 52K/s peak', quality: 'scale' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Blocklist enforced within 5 min, bots cannot push phrases', quality: 'security' }).wait(0.5);
    s.enter('estimate').wait(0.2);
    const q: string[] = [];
    const idx: string[] = [];
    const ev: string[] = [];
    s.line('searches = 50M * 5/day', 'other', q).wait(0.3);
    s.line('suggest = searches * 6', 'read-qps', q).wait(0.3);
    s.line('peak = suggest * 3', 'peak-qps', q).wait(0.3);
    s.line('index = 100M * 160 B', 'storage', idx).wait(0.4);
    s.line('events = 250M/day * 90 day * 100 B', 'storage', ev).wait(0.4);
    s.conclude('52K/s peak with 20 ms budget: serve from memory, precomputed top-10 per prefix; a node does ~20K/s, so ~6 replicas per region with headroom', q).wait(0.5);
    s.conclude('Top phrases with precomputed prefixes come to ~16 GB: fits in RAM on each serving node, no sharding needed at first', idx).wait(0.5);
    s.conclude('2.25 TB of raw events for 90 days: object storage, aggregated offline', ev).wait(0.5);
    s.enter('api').wait(0.2);
    s.note({ list: 'operation', signature: 'GET /v1/suggest?q={prefix}&locale= -> {suggestions[10]} (Cache-Control: max-age=60)', purpose: 'The hot path, cacheable at the CDN for short prefixes', main: true }).wait(1.4);
    s.note({ list: 'operation', signature: 'PUT /v1/blocklist/{phrase}', purpose: 'Trust team; propagated within 5 min', main: false }).wait(1.2);
    s.enter('data').wait(0.2);
    s.note({ list: 'entity', name: 'Prefix table', fields: 'locale+prefix -> top 10 [phrase, score]', store: 'in-memory', why: 'One hash lookup per request inside 20 ms; built offline, swapped atomically' }).wait(1.2);
    s.note({ list: 'entity', name: 'Phrase counts', fields: 'phrase, locale, decayed_count, last_seen', store: 'key-value store', why: 'Updated by the aggregation jobs' }).wait(0.8);
    s.note({ list: 'entity', name: 'Search events', fields: 'phrase, locale, user_hash, ts', store: 'object storage', why: '90 days raw for rebuilding' }).wait(0.8);
    s.note({ list: 'entity', name: 'Blocklist', fields: 'phrase pattern, added_at', store: 'relational database', why: 'Edited by people, audited' }).wait(0.8);
    s.enter('high-level').wait(0.2);
    diagram(s, [['c', 'Browser / app'], ['cdn', 'CDN (short prefixes, 60 s)'], ['lb', 'Load balancer', 'diamond'], ['sug', 'Suggest servers (prefix table in RAM)'], ['bl', 'Blocklist filter'],
      ['k', 'Kafka search events'], ['batch', 'Daily batch build (Spark)'], ['stream', 'Trending stream job (Flink)'], ['s3', 'S3 events + built tables', 'ellipse'], ['kv', 'Phrase counts KV', 'ellipse']],
    [['c', 'cdn'], ['cdn', 'lb'], ['lb', 'sug'], ['sug', 'bl'], ['k', 'batch'], ['k', 'stream'], ['batch', 's3'], ['stream', 'kv'], ['s3', 'sug'], ['kv', 'sug']], 0.4);
    s.note({ list: 'narrative', text: 'Reads: CDN for 1-2 character prefixes, otherwise a suggest server answers from its in-memory prefix table, filtered by the blocklist. Writes: search events -> Kafka -> daily batch rebuild plus a streaming job that patches trending phrases hourly' }).wait(2);
    s.enter('deep-dive').wait(0.2);
    s.note({ list: 'deep-dive', component: 'Serving structure', decision: 'Trie with top-k at each node (~16 GB, pointer-heavy) vs flat prefix hash map (more RAM, one lookup) vs FST (compact, harder to patch); flat map per locale chosen: 20 ms budget and hourly patching favour one lookup and easy swaps' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Freshness vs cost', decision: 'Full rebuild daily from 250M events is cheap; trending via a streaming job with 10-minute tumbling windows and a delta table merged at read time, so a news phrase appears in <1 h without rebuilding' }).wait(2.5);
    s.note({ list: 'deep-dive', component: 'Failure modes', decision: 'Bad build: keep last good table, canary one node, automatic rollback on suggestion-rate drop; stream job lag: serve the daily table only; blocklist pushed to servers and applied at read time, so it never waits for a rebuild' }).wait(2.5);
    s.enter('bottlenecks').wait(0.2);
    s.note({ list: 'bottleneck', scale: '10x', what: '520K/s at peak on suggest servers', remedy: 'CDN absorbs short prefixes (~40% of requests); more replicas per region since each holds the full 16 GB table' }).wait(1.4);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Prefix table outgrows one node\'s RAM with more locales and phrases', remedy: 'Shard by locale first, then by first two characters, with a routing layer' }).wait(1.4);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Bots replaying phrases to push them up', remedy: 'Count distinct user hashes per phrase, not raw events; rate limit per user hash in the stream job' }).wait(1.3);
    s.enter('tradeoffs').wait(0.2);
    s.note({ list: 'tradeoff', chose: 'Precomputed top-10 per prefix', gaveUp: 'Ranking at query time (flexibility, fresher)', because: 'Query-time ranking cannot meet 20 ms at 52K/s' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Full table on every node', gaveUp: 'Memory efficiency of sharding', because: '16 GB fits, and no fan-out keeps p99 low' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Daily batch + hourly trending delta', gaveUp: 'Real-time counts', because: 'The product asks for 1 hour; real-time would need a streaming store on the read path' }).wait(0.6);
    s.note({ list: 'risk', text: 'Evolution: personalisation later means a per-user re-rank of the top 50 on the server; keep the API returning scores so that can be added' }).wait(0.5);
    s.note({ list: 'open-question', text: 'Do we need legal hold on removed phrases?' }).wait(0.4);
    return s.end();
  },
};

/**
 * A solid KV-store design at senior depth, practised at staff: consistent hashing, replication,
 * quorum, LSM storage, all right and all textbook; no failure walkthrough, no numbers behind the
 * choices, nothing on tenants or evolution.
 */
const kvStaff: CalibrationSource = {
  name: 'key-value-store-solid-staff',
  prompt: 'key-value-store',
  tag: 'c024',
  make(p) {
    const s = solo(p, 'staff');
    s.ask('How many keys and requests?', 'About 20 billion live keys across all tenants today, growing roughly 50% a year. Clients write about 10 billion times a day, and most writes overwrite a key that already exists rather than creating a new one.', 0).wait(0.4);
    s.ask('What consistency do tenants need?', 'Most tenants accept eventual consistency as long as replicas agree within about a second and a client can read back what it just wrote. A few, such as inventory counters, need a strongly consistent read on some keys.', 5).wait(0.4);
    s.note({ list: 'functional', text: 'get, put, delete, TTL, conditional put on version' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Range scans, secondary indexes' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'p99 < 10 ms', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: '99.99%, survive an AZ loss', quality: 'availability' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Read-your-writes, optional strong reads', quality: 'consistency' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    const st: string[] = [];
    s.line('writes = 10B/day', 'write-qps', l).wait(0.5);
    s.line('reads = writes * 4', 'read-qps', l).wait(0.4);
    s.line('data = 20B * 2 KB', 'storage', st).wait(0.5);
    s.line('replicated = data * 3', 'storage', st).wait(0.4);
    s.conclude('40 TB raw, 120 TB with 3 replicas: needs around 60 machines at half-full 4 TB disks', st).wait(1);
    s.conclude('~580K ops/s total spread over the cluster', l).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'get(ns, key, consistency?) -> {value, version}', purpose: 'Read', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'put(ns, key, value, ttl?, ifVersion?) -> {version}', purpose: 'Write, conditional', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'delete(ns, key)', purpose: 'Delete (tombstone)', main: false }).wait(1.2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Record', fields: 'ns+key, value, version, expires_at', store: 'key-value store', why: 'LSM tree on each node: writes are sequential' }).wait(1.5);
    s.note({ list: 'entity', name: 'Ring metadata', fields: 'vnode -> nodes', store: 'relational database', why: 'Small; in etcd really' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Client library'], ['co', 'Coordinator / router'], ['n1', 'Storage nodes (LSM + WAL)', 'ellipse'], ['etcd', 'etcd (membership)'], ['s3', 'Snapshots to S3', 'ellipse']],
      [['c', 'co'], ['co', 'n1'], ['etcd', 'co'], ['n1', 's3']], 0.8);
    s.note({ list: 'narrative', text: 'Router hashes the key onto the ring, sends to 3 replicas in 3 AZs, waits for 2 acks' }).wait(4.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Replication', decision: 'N=3, W=2, R=2 for strong reads, R=1 by default; vector clocks or LWW for conflicts' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Storage engine', decision: 'LSM tree: memtable + WAL, SSTables, compaction, bloom filters' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Disk space', remedy: 'Add nodes; consistent hashing moves only a fraction of keys' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Hot keys', remedy: 'Cache in the router' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Leaderless quorum', gaveUp: 'Simple strong consistency', because: 'Availability during an AZ loss' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'LSM', gaveUp: 'Read speed', because: 'Write heavy' }).wait(1.3);
    return s.end();
  },
};

/** Weak senior ride-hailing: the matching problem missed entirely (no geo index), the location firehose unsized. */
const rideWeak: CalibrationSource = {
  name: 'ride-hailing-weak-senior',
  prompt: 'ride-hailing',
  tag: 'c025',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many rides?', 'About 20 million rides a day in some 600 cities worldwide, from roughly 100 million monthly riders. There are 5 million drivers, and about 1 million are online at the global peak.', 0).wait(0.5);
    s.note({ list: 'functional', text: 'Rider requests a ride, a driver is assigned' }).wait(0.4);
    s.note({ list: 'functional', text: 'Payment at the end' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Highly available', quality: 'availability' }).wait(2.5);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('rides = 20M/day', 'write-qps', l).wait(0.5);
    s.line('storage = 20M/day * 5 year * 2 KB', 'storage', l).wait(0.8);
    s.conclude('231 rides/s is small, one database is fine', l).wait(3);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /rides {pickup, dropoff}', purpose: 'request', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'POST /drivers/location {lat, lng}', purpose: 'driver position', main: false }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Ride', fields: 'id, rider, driver, status', store: 'relational database', why: 'transactions' }).wait(1.2);
    s.note({ list: 'entity', name: 'Driver location', fields: 'driver_id, lat, lng', store: 'relational database', why: 'same DB' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['r', 'Rider app'], ['d', 'Driver app'], ['api', 'Ride service'], ['db', 'PostgreSQL', 'ellipse']], [['r', 'api'], ['d', 'api'], ['api', 'db']], 1);
    s.note({ list: 'narrative', text: 'Ride service finds the nearest driver with a SQL query on lat/lng and assigns them' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Payments', decision: 'Use Stripe' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Too many rides', remedy: 'Add a cache' }).wait(4.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'PostgreSQL', gaveUp: 'NoSQL', because: 'ACID' }).wait(3.5);
    return s.end();
  },
};

/** Solid mid-level food delivery: orders exact, dispatch simple but correct, tracking through a location store. */
const foodMid: CalibrationSource = {
  name: 'food-delivery-solid-mid',
  prompt: 'food-delivery',
  tag: 'c026',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many orders a day?', 'About 5 million orders a day across a few hundred cities, from roughly 300,000 partner restaurants. Around 200,000 couriers are online at the dinner peak.', 0).wait(0.4);
    s.ask('How often do couriers send their position?', 'The courier app sends a GPS position every 5 seconds while on shift, about 100 bytes each. The customer\'s map may lag by a few seconds; dispatch needs positions no older than about 15 seconds.', 4).wait(0.4);
    s.note({ list: 'functional', text: 'Browse restaurants and menus for an address' }).wait(0.3);
    s.note({ list: 'functional', text: 'Place an order and pay' }).wait(0.3);
    s.note({ list: 'functional', text: 'Restaurant accepts; a courier is assigned; live tracking' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Menus under 300 ms p99', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'An order is created exactly once even with retries', quality: 'consistency' }).wait(1.3);
    s.enter('estimate').wait(0.3);
    const o: string[] = [];
    const g: string[] = [];
    s.line('orders = 5M/day', 'write-qps', o).wait(0.4);
    s.line('peak = orders * 4', 'peak-qps', o).wait(0.4);
    s.line('views = orders * 20', 'read-qps', o).wait(0.4);
    s.line('gps = 200K / 5 s', 'other', g).wait(0.5);
    s.conclude('40K GPS updates/s: keep the latest position in Redis, not in the orders database', g).wait(1);
    s.conclude('230 orders/s at peak is easy for Postgres; 1.2K menu views/s go through a cache', o).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'GET /restaurants?lat=&lng= ; GET /restaurants/{id}/menu', purpose: 'Discovery', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'POST /orders {idempotencyKey, restaurantId, items, address} -> 201 {orderId}', purpose: 'Place an order', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'POST /couriers/me/location {lat, lng}', purpose: 'Courier GPS', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Order', fields: 'id, idempotency_key unique, customer, restaurant, items, status, courier', store: 'relational database', why: 'Exactly once and transactions' }).wait(1.2);
    s.note({ list: 'entity', name: 'Menu', fields: 'restaurant_id, items json', store: 'document store', why: 'Read as one document' }).wait(1);
    s.note({ list: 'entity', name: 'Courier position', fields: 'courier_id -> lat, lng, ts (GEOADD)', store: 'cache', why: '40K writes/s, only the latest matters' }).wait(1.3);
    s.enter('high-level').wait(0.3);
    diagram(s, [['app', 'Customer app'], ['gw', 'API gateway'], ['ord', 'Order service'], ['pg', 'Orders Postgres', 'ellipse'], ['menu', 'Menu service + cache'], ['disp', 'Dispatch service'], ['redis', 'Redis geo (courier positions)', 'ellipse'], ['tab', 'Restaurant tablet'], ['pay', 'Payment processor']],
      [['app', 'gw'], ['gw', 'ord'], ['gw', 'menu'], ['ord', 'pg'], ['ord', 'pay'], ['ord', 'tab'], ['ord', 'disp'], ['disp', 'redis']], 0.5);
    s.note({ list: 'narrative', text: 'Order service authorises payment, stores the order, notifies the restaurant tablet; when accepted, dispatch picks the nearest free courier from Redis geo' }).wait(3.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Courier assignment', decision: 'GEORADIUS around the restaurant for free couriers with a fresh (<15 s) position, offer to the closest, 30 s to accept, then the next' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Order idempotency', decision: 'Unique idempotency key; a retry returns the existing order' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '400K GPS writes/s', remedy: 'Shard Redis by city' }).wait(2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Dinner peak menu reads', remedy: 'CDN for menu images and cache menus per restaurant' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Latest position only in Redis', gaveUp: 'Durable history of positions', because: 'Dispatch only needs the last 15 s; traces can go to a log later' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'Greedy nearest-courier', gaveUp: 'Globally optimal batching', because: 'Simple and good enough to start' }).wait(1.3);
    return s.end();
  },
};

export const sessions = [autocomplete, kvStaff, rideWeak, foodMid];
