import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const A = {
  clicks: 'About 1 billion clicks a day from 2 million active ads. Traffic follows the evening peak in each time zone and spikes during big televised events, reaching about 5 times the daily average for short periods.',
  queries: 'Two main queries: the number of clicks for a given ad (or campaign) over the last M minutes, hours or days, optionally split by country and device type; and the top 100 most clicked ads over the last M minutes, for the internal operations dashboard. Minute granularity is the finest anyone needs.',
  fresh: 'A click should show up in dashboard counts within about 1 minute. Dashboard and API queries should answer in under 500 ms at p99. Invoices are produced once a day from the previous day\'s data.',
  exact: 'Billing must count every valid click exactly once: losing clicks loses revenue and counting one twice overcharges an advertiser. Dashboards may be slightly off for a few minutes, but the daily billed number must be exact and must agree with what the dashboards finally show.',
  dups: 'Yes. Browsers and mobile SDKs retry, and our own services retry after timeouts, so about 1 to 2 percent of events are duplicates. Every click carries a unique click ID assigned when the ad was served.',
  late: 'Count by the time of the click, not the time we received it. About 99 percent of events arrive within a minute and 99.9 percent within 5 minutes, but mobile apps that were offline can deliver clicks up to 24 hours late. Those must still be billed; clicks older than that are dropped.',
  fraud: 'A separate fraud team runs a service that scores clicks; we must apply its verdicts, including ones that arrive hours later and turn a counted click into an invalid one, which lowers the bill. Out of scope: the fraud models themselves, ad serving and auctions, and producing the invoices from the final counts.',
  avail: 'The click endpoint records the click and redirects the user to the advertiser\'s page; it must be up 99.99 percent of the time and add under 50 ms at p99. The aggregation behind it can fall behind for a while during a failure as long as it catches up and loses nothing.',
};

/**
 * A strong senior candidate who writes the whole hour as shorthand free notes in another hand than
 * the rate limiter's and nearby places': "must:" and "SLO:" lines, "@p99", "=>" for what a figure
 * decides, unicode arrows in the API, tables as `name(k PK, ...)`, "key -> value in store" lines,
 * and "A vs B: A, b/c ..." choices. Never touches the structured lists or the pad.
 */
const shorthand: CalibrationSource = {
  name: 'ad-click-aggregation-shorthand-senior',
  prompt: 'ad-click-aggregation',
  tag: 'c028',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many clicks per day?', A.clicks, 0).wait(0.3);
    s.ask('What queries do advertisers run?', A.queries, 1).wait(0.3);
    s.ask('How fresh must the counts be?', A.fresh, 2).wait(0.3);
    s.ask('How accurate must the counts be?', A.exact, 3).wait(0.3);
    s.ask('Can the same click arrive twice?', A.dups, 4).wait(0.3);
    s.ask('Can events arrive late or out of order?', A.late, 5).wait(0.3);
    s.ask('What about click fraud?', A.fraud, 8).wait(0.3);
    s.ask('What availability do we need?', A.avail, 9).wait(0.3);
    s.jot('must: click -> log + 302 to advertiser; counts per ad/campaign per min, split country/device; top100 ads last M min (ops)').wait(0.3);
    s.jot('must: dedupe by click_id (1-2% dups); late fraud verdicts un-count a click; clicks up to 24h late still counted by click time').wait(0.3);
    s.jot('must: daily billable count per advertiser/ad exact and = what dashboards finally show').wait(0.3);
    s.jot('SLO: counts fresh ~1 min; queries <500ms @p99; redirect adds <50ms @p99, 99.99% up').wait(0.2);
    s.jot('SLO: billing exactly-once, 0 lost clicks; pipeline may lag in a failure but catches up').wait(0.2);
    s.jot('out: fraud models, ad serving/auctions, invoice generation, impressions').wait(0.5);
    s.enter('estimate').wait(0.3);
    s.jot('clicks 1B/d ~ 11.6K/s avg, x5 peak ~ 58K/s => modest for kafka + flink; correctness + time are the hard part, not tput').wait(0.6);
    s.jot('ingest 58K/s x 500B ~ 29MB/s @peak => a few collectors per AZ, nothing special').wait(0.5);
    s.jot('raw archive 1B/d x 100B parquet x 730d ~ 73TB => S3, keep everything, recount from it').wait(0.5);
    s.jot('dedup state 1B x 32B ~ 32GB for 24h => fits flink keyed state (rocksdb) => exact dedupe, no bloom guesswork').wait(0.5);
    s.jot('queries 100M/d ~ 1.2K/s, mostly 1-min refreshes => results cache w/ 60s TTL').wait(0.4);
    s.jot('kafka 500GB/d x 7d x 3 replicas ~ 10.5TB => a week of replay after an outage or a bug').wait(0.6);
    s.enter('api').wait(0.3);
    s.jot('GET /c?cid&ad&sig → write kafka (acks=all) then 302 advertiser url; bad sig → 403 [hot path]').wait(0.9);
    s.jot('GET /v1/ads/{id}/clicks?from&to&gran=min|hour&by=country,device → {series[], final} (final once reconciled)').wait(0.8);
    s.jot('GET /v1/top-ads?window=1m|5m|60m&limit=100 → [{ad_id, clicks}] (internal, ops)').wait(0.8);
    s.enter('data').wait(0.3);
    s.jot('raw_click(click_id PK, ad_id, campaign_id, advertiser_id, event_ts, recv_ts, device, country, ip) → kafka topic keyed by click_id, then hourly parquet in S3 for 2y').wait(0.7);
    s.jot('dedup: click_id -> first_seen in flink keyed state (rocksdb), TTL 24h').wait(0.5);
    s.jot('agg_min(ad_id+minute+country+device PK, clicks, invalid, ver) → druid, upserted so a replay overwrites, 30d').wait(0.6);
    s.jot('billable(advertiser_id+ad_id+day PK, clicks, amount, reconciled_at) → postgres, read by invoicing').wait(0.5);
    s.jot('top-ads: minute -> [ad_id, clicks] in redis, rewritten each window').wait(0.6);
    s.enter('high-level').wait(0.3);
    diagram(s, [
      ['sdk', 'browser / sdk'], ['lb', 'LB', 'diamond'], ['col', 'click collector'], ['k', 'kafka clicks + verdicts'], ['fl', 'flink (dedupe, windows)'],
      ['dr', 'druid', 'ellipse'], ['s3', 'S3 parquet', 'ellipse'], ['sp', 'nightly spark recount'], ['pg', 'pg billable', 'ellipse'], ['qs', 'query svc'], ['rc', 'redis', 'ellipse'],
    ], [['sdk', 'lb'], ['lb', 'col'], ['col', 'k'], ['k', 'fl'], ['fl', 'dr'], ['k', 's3'], ['s3', 'sp'], ['sp', 'pg'], ['sp', 'dr'], ['qs', 'rc'], ['qs', 'dr'], ['fl', 'rc']], 0.5);
    s.jot('click: sdk → LB → collector → kafka (acks=all) → 302; flink reads kafka → dedupe → join verdicts → 1-min event-time windows → upsert druid').wait(1.5);
    s.jot('billing: kafka → S3 hourly parquet → nightly spark recount → compare w/ stream totals → billable in pg; dashboards: query svc → redis → druid').wait(1.5);
    s.enter('deep-dive').wait(0.5);
    s.jot('exactly-once: kafka at-least-once + dedupe by click_id in state + checkpoint offsets & state together every 30s + upsert full window counts, not increments => a replay after a crash rewrites the same rows').wait(3);
    s.jot('late clicks: watermark 5 min behind (covers 99.9%) → window fires; later but <24h → side output re-emits the corrected count; >24h dropped; nightly batch runs after 24h and settles billing').wait(2.5);
    s.jot('fraud: verdict stream keyed by click_id joined in flink; late verdict → clicks -1, invalid +1 on its window; after the invoice → credit on the next one').wait(2.5);
    s.enter('bottlenecks').wait(0.3);
    s.jot('viral ad (super bowl, 30% of clicks) → one flink task hot → salt key 0-15, sum 16 partials in a 2nd stage; dedupe before salting').wait(1.2);
    s.jot('10x: ~580K/s @peak, dedup state ~320GB → more kafka partitions + flink tasks, rocksdb state spread over them').wait(1.2);
    s.jot('dashboard storm ~1.2K/s refreshes → minute-aligned cache keys so a minute shares one result + campaign rollup table').wait(1.1);
    s.jot('outage backlog → replay kafka faster than real time, autoscale flink to clear a day in a few hrs').wait(1);
    s.enter('tradeoffs').wait(0.3);
    s.jot('stream + nightly batch vs stream only: both, b/c billing must be exact and a recount from raw catches stream bugs; cost = 2 code paths → share one lib').wait(0.7);
    s.jot('event time + 5 min watermark vs arrival time: event time, b/c advertisers are billed by click time; cost = buffered state + a late path').wait(0.7);
    s.jot('exact dedupe vs bloom filter: exact, b/c a false positive drops a billable click and 32GB is affordable').wait(0.6);
    s.jot('kafka before redirect vs async logging: before, b/c an unlogged click is lost revenue; costs a few ms of the 50ms budget').wait(0.6);
    s.jot('risk: stream and batch counts drift → alert on diff >0.01% and hold publishing for that advertiser').wait(0.5);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [shorthand];
