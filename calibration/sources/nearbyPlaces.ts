import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const A = {
  users: 'About 100 million daily active users, each running around 5 nearby searches a day. Peaks, around lunch and dinner, run about three times the daily average.',
  places: 'About 200 million places worldwide. Roughly 1 million listings are added or edited per day, so the data changes slowly compared with how often it is read.',
  latency: 'A nearby search should come back in under 200 ms at p99 on our side. Details pages under 100 ms.',
  freshness: 'A new or edited listing may take a few minutes to appear in search; by the next day is too slow. The details page should show an edit right away to the business that made it.',
  radius: 'Default radius 5 km, user-selectable from 500 m up to 25 km. Return the top 20 results per page.',
};

/**
 * A strong senior candidate who writes the whole hour as terse shorthand in each phase's free
 * notes (w/, b/c, ~, x/s, idx, PK, p99<, vs, ->), never touching the structured lists or the pad:
 * the second shorthand session of the set, on another prompt and in another hand than the rate limiter's.
 */
const shorthand: CalibrationSource = {
  name: 'nearby-places-shorthand-senior',
  prompt: 'nearby-places',
  tag: 'c027',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many users and searches per day?', A.users, 0).wait(0.4);
    s.ask('How many places, and how often do they change?', A.places, 1).wait(0.4);
    s.ask('How fresh do listings need to be?', A.freshness, 4).wait(0.3);
    s.ask('What radius do users search, and how many results?', A.radius, 5).wait(0.3);
    s.jot('reqs: search places w/in radius of lat/lng (def 5km, 500m-25km), filter cat + open now, sort dist|rating, 20/page').wait(0.3);
    s.jot('reqs: place details pg; biz owners add/edit listings -> in search w/in mins, own edit visible at once').wait(0.3);
    s.jot('NFR: search p99<200ms, details p99<100ms').wait(0.2);
    s.jot('NFR: 99.99% avail for search, stale results ok > no results').wait(0.2);
    s.jot('NFR: idx freshness ~few min (eventual), never next day').wait(0.2);
    s.jot('NFR: ~6K searches/s avg, ~17K/s peak over 200M places').wait(0.2);
    s.jot('OOS: reviews, photo upload, directions, live friend locs').wait(0.6);
    s.enter('estimate').wait(0.3);
    s.jot('search 100M x 5/d = 500M/d ~ 5.8K/s, x3 peak ~17K/s -> search path from mem, stateless svc scaled out').wait(0.6);
    s.jot('writes 1M/d ~ 12/s, r:w ~500:1 -> 1 pg primary plenty, idx updated async').wait(0.5);
    s.jot('places 200M x 1KB = 200GB -> fits 1 pg w/ read replicas, no sharding yet').wait(0.5);
    s.jot('geo idx 200M x 32B ~ 6.4GB -> whole idx in RAM per node, replicate not shard').wait(0.5);
    s.jot('resp 5.8K/s x 20 x 500B ~ 58MB/s -> fine, tiles + imgs via CDN').wait(0.6);
    s.enter('api').wait(0.3);
    s.jot('GET /v1/nearby?lat&lng&r=5000&cat&open&sort&cursor -> {results[20]: id, name, dist_m, rating}, next_cursor (main, hot path, 400 bad radius)').wait(0.8);
    s.jot('GET /v1/places/{id} -> listing (details, cached, 404)').wait(0.5);
    s.jot('POST|PUT|DELETE /v1/places/{id} w/ owner auth -> 201/200, idempotency key on POST (biz edits)').wait(1);
    s.enter('data').wait(0.3);
    s.jot('place(place_id PK, owner_id, name, addr, lat, lng, cat, hours, rating_avg, updated_at) -> postgres b/c 200GB, rare edits need txns, replicas for reads').wait(0.7);
    s.jot('geo idx(cell_id -> [place_id, lat, lng, cat]) -> in-mem per search node b/c 6.4GB fits RAM, lookup by cell').wait(0.6);
    s.jot('result cache key (cell, cat, open) -> ids, redis w/ TTL ~60s b/c same cells searched over and over').wait(0.5);
    s.jot('details cache place_id -> record, redis b/c read-mostly, invalidate on edit').wait(0.7);
    s.enter('high-level').wait(0.3);
    diagram(s, [
      ['app', 'app'], ['cdn', 'CDN (tiles, imgs)'], ['lb', 'LB', 'diamond'], ['ss', 'search svc'], ['gi', 'geo idx (in-mem geohash)', 'ellipse'],
      ['rc', 'redis', 'ellipse'], ['ls', 'listing svc'], ['pg', 'pg primary + replicas', 'ellipse'], ['k', 'kafka (CDC)'], ['ix', 'indexer'],
    ], [['app', 'cdn'], ['app', 'lb'], ['lb', 'ss'], ['ss', 'gi'], ['ss', 'rc'], ['lb', 'ls'], ['ls', 'pg'], ['pg', 'k'], ['k', 'ix'], ['ix', 'gi'], ['ss', 'pg']], 0.6);
    s.jot('flow: app -> LB -> search svc -> redis (cell,cat,open) hit? else geo idx cells + 8 nbrs -> filter + haversine sort -> top 20; details -> redis -> pg replica').wait(1.5);
    s.jot('write flow: listing svc -> pg -> CDC -> kafka -> indexer -> upsert geo idx on every node w/in ~1 min').wait(1.5);
    s.enter('deep-dive').wait(0.5);
    s.jot('geo idx: geohash vs quadtree vs S2 -> geohash precision from radius (5km ~ 5 chars), query cell + 8 nbrs b/c edge misses; <20 hits -> expand ring').wait(3);
    s.jot('ranking: candidates by cell -> filter cat/open_now -> exact haversine -> sort dist or blend w/ rating -> cursor = (score, id) so paging stable').wait(2.5);
    s.jot('freshness: CDC not dual write b/c no lost updates; upserts idempotent by (place_id, updated_at); moved place = delete old cell + insert new').wait(2.5);
    s.enter('bottlenecks').wait(0.3);
    s.jot('10x: ~170K/s peak -> more search nodes each w/ full 6.4GB idx replica + cache by rounded loc').wait(1.2);
    s.jot('hot cell (Times Sq NYE) 20K places -> finer precision there + in-proc cache of hot cells, short TTL').wait(1.2);
    s.jot('100x: ~1.7M/s worldwide -> geo-partition by region, users routed to nearest, shard idx by cell prefix').wait(1.2);
    s.jot('node crash -> idx rebuild slow: snapshot idx to S3 + replay kafka from offset').wait(1);
    s.enter('tradeoffs').wait(0.3);
    s.jot('geohash in mem vs quadtree: geohash, b/c trivial to compute + shard by prefix, cost = 9 cell reads + edge handling').wait(0.7);
    s.jot('async idx vs update in write: async, b/c 500 reads/write must never wait on writes; cost = ~1 min stale (req says mins ok)').wait(0.7);
    s.jot('cache per cell vs query every search: cache, b/c dense cities hit constantly, p99<200ms; cost = rough list, re-rank by exact pos').wait(0.7);
    s.jot('risk: replicas lag -> owner reads own edit from primary (read-your-writes)').wait(0.6);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [shorthand];
