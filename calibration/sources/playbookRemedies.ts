import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { SessionBuilder } from '../../shared/rubric/testing/builder';
import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/** Asks a question the prompt answers, with the prompt's own reply. */
export function askPrompt(s: SessionBuilder, p: PromptSnapshot, question: string, answer: number): SessionBuilder {
  return s.ask(question, p.answers[answer]!.answer, answer).wait(0.4);
}

/**
 * A solid mid-level ticket-booking session whose bottlenecks are the standard playbook, each with
 * what it costs: the hot on-sale event split into sections, the crowd's reads taken by the edge and
 * a local copy of the availability bitmap, the slow card processor behind timeouts and a queue, and
 * hold attempts admitted at the rate checkout absorbs. The rest is sound but not deep.
 */
const ticketsPlaybook: CalibrationSource = {
  name: 'ticket-booking-playbook-remedies-mid',
  prompt: 'ticket-booking',
  tag: 'r801',
  make(p) {
    const s = solo(p, 'mid');
    askPrompt(s, p, 'How many orders a day?', 0);
    askPrompt(s, p, 'How many people try to buy at once for a big show?', 1);
    askPrompt(s, p, 'What is in scope?', 2);
    askPrompt(s, p, 'How long is a seat held?', 3);
    askPrompt(s, p, 'Can we ever oversell?', 4);
    s.note({ list: 'functional', text: 'Browse events and see a seat map' }).wait(0.2);
    s.note({ list: 'functional', text: 'Hold chosen seats for 10 minutes while the fan pays' }).wait(0.2);
    s.note({ list: 'functional', text: 'Pay through the card processor and get mobile tickets' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Resale, dynamic pricing, gate scanning' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'A seat is never sold twice', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Seat map under 200 ms p99, hold under 500 ms', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: '99.95% available; an on-sale queues people rather than falling over', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    const peak: string[] = [];
    const holds: string[] = [];
    const st: string[] = [];
    s.line('orders = 400K/day', 'write-qps', holds).wait(0.3);
    s.line('onsale_reads = 2M / 5 s', 'peak-qps', peak).wait(0.4);
    s.line('onsale_holds = 2M * 3 / 10 min', 'write-qps', holds).wait(0.4);
    s.line('storage = 400K/day * 7 year * 4.5 KB', 'storage', st).wait(0.4);
    s.conclude('400K reads/s at an on-sale: the seat map and queue page must come from the CDN and a cache, not the database', peak).wait(0.4);
    s.conclude('10K hold attempts/s on one event is too many for one row-locking database: admit fans through a waiting room', holds).wait(0.4);
    s.conclude('About 5 TB over 7 years fits one relational database with a replica', st).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'GET /events/{id}/seats -> {bitmap, version}', purpose: 'Seat availability for the map', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'POST /events/{id}/holds {seatIds, admissionToken} -> {holdId, expiresAt} | 409 taken', purpose: 'Hold seats', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'POST /holds/{id}/pay {card, idempotencyKey} -> {orderId}', purpose: 'Pay for a hold', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /orders/{id}/tickets', purpose: 'Mobile tickets of an order', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Seat', fields: 'event_id, seat_id, status, hold_id, version', store: 'relational database', why: 'A hold is a conditional update on the seat rows in one transaction, so two fans cannot get one seat' }).wait(0.5);
    s.note({ list: 'entity', name: 'Order', fields: 'order_id PK, user_id, event_id, seats, amount, status', store: 'relational database', why: 'Money: needs transactions and must never be lost; a few writes a second on a normal day' }).wait(0.5);
    s.note({ list: 'entity', name: 'Availability bitmap', fields: 'event_id, bits, version', store: 'cache', why: '6 KB per stadium, read on every seat-map view' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Fan app'], ['cdn', 'CDN'], ['gw', 'API gateway', 'diamond'], ['wr', 'Waiting room'], ['bk', 'Booking service'], ['db', 'Postgres inventory', 'ellipse'],
      ['rc', 'Redis availability cache', 'ellipse'], ['pp', 'Payment processor'], ['q', 'Kafka'], ['wk', 'Ticket issuer worker']],
    [['c', 'cdn'], ['c', 'gw'], ['gw', 'wr'], ['gw', 'bk'], ['bk', 'db'], ['bk', 'rc'], ['bk', 'pp'], ['bk', 'q'], ['q', 'wk']], 0.5);
    s.note({ list: 'narrative', text: 'Fans load the event and seat map from the CDN and the availability cache. For a hot sale the gateway sends them to the waiting room, which hands out admission tokens. A hold goes through the gateway to the booking service, which updates the seat rows in Postgres in one transaction; paying calls the processor and the order-paid event goes on Kafka to the ticket issuer.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Never selling a seat twice', decision: 'One transaction moves every seat of the order from available to held with UPDATE ... WHERE status = available and checks the row count; holds carry an expiry time so a lapsed hold is free again without a sweeper, because a sweeper that falls behind would block seats' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Payment', decision: 'The processor call carries the order id as idempotency key, so a retried payment never charges twice' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'One stadium on-sale makes its event a hot key: every hold hits the same rows of one shard', remedy: 'Split the event inventory by section so holds on different sections do not contend; costs a cross-section check for orders spanning two sections' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: '400K seat-map reads/s from the crowd at an on-sale', remedy: 'Serve the map geometry from the CDN and keep a local in-memory copy of the bitmap in each booking server, refreshed every second; fans may see a seat that was just taken and retry' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'The card processor takes 1-3 s and sometimes stalls', remedy: 'Call it with a 5 s timeout and extend the hold while paying; put paid orders on a queue so ticket issuing never waits on it; the cost is a refund path when a late payment arrives after the hold lapsed' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Hold attempts at 10K/s per event exceed what the database can lock', remedy: 'The waiting room admits fans at the rate checkout absorbs (back-pressure); fans wait longer in line instead of failing' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Conditional updates in Postgres for holds', gaveUp: 'Holds kept only in Redis', because: 'The database survives failover without selling a seat twice; we accept a lower write ceiling per event' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'A seat map a second stale', gaveUp: 'Exact live availability on every view', because: 'Reads outnumber holds 100 to 1 and the hold itself is the real check' }).wait(0.8);
    s.note({ list: 'risk', text: 'Bots with thousands of accounts: per-account limits and a bot check before the queue, not designed in detail' }).wait(0.6);
    return s.end();
  },
};

/**
 * A solid senior metrics session whose scaling section is written in sentences, each a pressure
 * with its standard remedy and cost: agents buffer and batch samples and ingesters are partitioned
 * by series, an incident's dashboard stampede is coalesced and cached, the paging provider sits
 * behind a queue with timeouts, and growth to 100x series is met with downsampling and tiering.
 */
const metricsPlaybook: CalibrationSource = {
  name: 'metrics-alerting-playbook-remedies-senior',
  prompt: 'metrics-alerting',
  tag: 'r802',
  make(p) {
    const s = solo(p, 'senior');
    askPrompt(s, p, 'How many hosts and services are monitored?', 0);
    askPrompt(s, p, 'How often is each metric collected?', 1);
    askPrompt(s, p, 'Push or pull?', 2);
    askPrompt(s, p, 'How long do we keep metrics?', 4);
    askPrompt(s, p, 'How fresh must data be for alerts?', 5);
    s.note({ list: 'functional', text: 'Collect metrics from every host and service every 10 s' }).wait(0.2);
    s.note({ list: 'functional', text: 'Query them for dashboards over time ranges' }).wait(0.2);
    s.note({ list: 'functional', text: 'Evaluate alert rules and page the on-call' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Logs and traces' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'An alert fires within 1 minute of the condition', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Ingestion 99.9% available; losing a few samples is fine, losing alerts is not', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Dashboard queries over a day under 1 s', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: '15 days raw, 13 months of rollups', quality: 'durability' }).wait(1);
    s.enter('estimate').wait(0.3);
    const ing: string[] = [];
    const st: string[] = [];
    s.line('samples = 50M / 10 s', 'write-qps', ing).wait(0.4);
    s.line('peak = 50M / 10 s * 2', 'peak-qps', ing).wait(0.3);
    s.line('raw = 50M / 10 s * 15 day * 2 B', 'storage', st).wait(0.4);
    s.line('rollups = 50M * (13 month / 5 min) * 10 B', 'storage', st).wait(0.4);
    s.conclude('5M samples/s, 10M at peak: ingest through Kafka into about 50 ingesters at 200K samples/s each', ing).wait(0.4);
    s.conclude('13 TB raw fits the ingesters disks for 15 days; 57 TB of rollups go to object storage', st).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/write {series labels, samples[]} -> 204 | 429 over tenant limit', purpose: 'Agents push batches of samples', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /v1/query?expr&start&end&step -> {series: [[t, v]]}', purpose: 'Dashboard range queries', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'PUT /v1/rules/{id} {expr, for, severity, route}', purpose: 'Create or change an alert rule', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Sample', fields: 'series_id, timestamp, value', store: 'time-series database', why: 'Append-only, written in time order and read as ranges of one series: compressed chunks per series, about 2 B a sample' }).wait(0.5);
    s.note({ list: 'entity', name: 'Series index', fields: 'label -> series_ids', store: 'search index', why: 'Queries select series by labels; an inverted index answers that' }).wait(0.5);
    s.note({ list: 'entity', name: 'Alert rule', fields: 'rule_id PK, expr, for, severity, route', store: 'relational database', why: '200K rules, edited rarely, read by the evaluators at start' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['ag', 'Agents'], ['gw', 'Ingest gateway', 'diamond'], ['k', 'Kafka'], ['in', 'Ingesters'], ['ts', 'TSDB chunks', 'ellipse'], ['s3', 'Object storage', 'ellipse'],
      ['qs', 'Query service'], ['dash', 'Dashboards'], ['ev', 'Rule evaluators'], ['am', 'Alert manager'], ['pg', 'Paging provider']],
    [['ag', 'gw'], ['gw', 'k'], ['k', 'in'], ['in', 'ts'], ['in', 's3'], ['dash', 'qs'], ['qs', 'in'], ['qs', 's3'], ['ev', 'qs'], ['ev', 'am'], ['am', 'pg']], 0.5);
    s.note({ list: 'narrative', text: 'Agents push batches to the ingest gateway, which checks tenant limits and writes to Kafka partitioned by series hash. Ingesters consume their partitions, keep two hours in memory and flush compressed chunks, then compact older blocks to object storage. Dashboards and the rule evaluators query through the query service, which merges recent data from the ingesters with blocks from object storage; firing alerts go to the alert manager, which groups them and pages.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Ingest path', decision: 'Kafka partitioned by a hash of the series labels, so one series always lands on the same ingester and its chunk compresses well; replicated three ways so an ingester crash loses nothing, because the buffer is the only copy of the last two hours' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Alert evaluation', decision: 'Rules are sharded across evaluators by rule id with a lease per shard, so each rule runs once every 30 s; the alert manager dedupes by rule and labels, because a flapping rule must not page ten times' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.jot('At the 10M samples/s peak the ingest path is the first thing to go. Agents buffer samples locally and send one batch every 10 s instead of a request per sample, and the ingesters are partitioned by series hash so each takes its own share; the cost is up to 10 s more delay and losing an agent buffer on a crash.').wait(1.2);
    s.jot('During an incident hundreds of engineers open the same dashboard at once, a stampede on the same queries. The query service coalesces identical queries in flight and caches panel results for 15 s; dashboards are then up to 15 s stale, which is fine while alerts read fresh data.').wait(1.2);
    s.jot('The paging provider is slow or down exactly when an incident pages hundreds of people. The alert manager puts notifications on a queue, calls the provider with a 2 s timeout and fails over to a second provider; the cost is paying for two providers.').wait(1.2);
    s.jot('At 100x the series (5B), rollups and the index outgrow one cluster: downsample to 5 min after 2 days and move old blocks to cheaper object storage tiers; long-range queries lose detail.').wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Kafka in front of the ingesters', gaveUp: 'Agents writing to ingesters directly', because: 'It absorbs the 2x peak and lets an ingester restart without losing samples, at the cost of a second or two of latency' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Push from agents', gaveUp: 'Pull scraping', because: 'Short-lived jobs and hosts behind NAT cannot be scraped, and a push lets the gateway enforce per-tenant limits' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Downsampled rollups after 2 days', gaveUp: 'Raw data for 13 months', because: '57 TB of rollups instead of hundreds of TB raw; nobody needs 10 s points from last year' }).wait(0.8);
    s.note({ list: 'risk', text: 'A team adding a label with user ids explodes cardinality: enforce a series limit per tenant' }).wait(0.6);
    return s.end();
  },
};

/**
 * A strong senior chat session whose scaling section is the playbook for a messaging system:
 * group fan-out through a pub/sub relay between the connection gateways, presence coalesced and
 * pulled when a chat opens instead of pushed to every contact, message writes partitioned by
 * conversation and written in batches, each with its cost. Bottleneck lines are plain sentences.
 */
const chatFanout: CalibrationSource = {
  name: 'chat-fanout-playbook-senior',
  prompt: 'chat',
  tag: 'r807',
  make(p) {
    const s = solo(p, 'senior');
    askPrompt(s, p, 'How many users and messages?', 0);
    askPrompt(s, p, 'How big are groups?', 1);
    askPrompt(s, p, 'What is in scope?', 2);
    askPrompt(s, p, 'What latency do we need?', 4);
    askPrompt(s, p, 'What ordering guarantees?', 5);
    askPrompt(s, p, 'What about offline devices?', 7);
    s.note({ list: 'functional', text: 'Send and receive one-to-one and group messages (up to 500 members)' }).wait(0.2);
    s.note({ list: 'functional', text: 'History synced on every device, offline devices catch up' }).wait(0.2);
    s.note({ list: 'functional', text: 'Delivered and read receipts, presence, push when the app is closed' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Calls, search, end-to-end encryption' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Delivered within 500 ms p99 when both are online', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'An acknowledged message is never lost; same order for everyone in a conversation', quality: 'durability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Sending 99.99% available, presence may lag', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    const msg: string[] = [];
    const conn: string[] = [];
    const st: string[] = [];
    s.line('sends = 100M * 40/day', 'write-qps', msg).wait(0.3);
    s.line('peak_sends = 100M * 40/day * 3', 'peak-qps', msg).wait(0.3);
    s.line('deliveries = 100M * 40/day * 4', 'other', msg).wait(0.3);
    s.line('online = 100M * 30%', 'other', conn).wait(0.3);
    s.line('storage = 100M * 40/day * 5 year * 500 B', 'storage', st).wait(0.4);
    s.conclude('140K sends/s at peak: messages go to a store partitioned by conversation, not one database', msg).wait(0.4);
    s.conclude('30M open connections: about 300 gateway servers at 100K connections each', conn).wait(0.4);
    s.conclude('3.6 PB over 5 years: a wide-column store with old months on cheaper disks', st).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'WS send {conversationId, clientMsgId, body} -> ack {seq}', purpose: 'Send a message; the client id dedupes retries', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'WS push {conversationId, seq, body}', purpose: 'Deliver to an online device', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /v1/conversations/{id}/messages?afterSeq&limit -> {messages, nextSeq}', purpose: 'Catch up after reconnecting', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'POST /v1/conversations/{id}/read {seq}', purpose: 'Read receipt', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Message', fields: 'conversation_id, seq, sender_id, client_msg_id, body, ts', store: 'wide-column store', why: 'Partition by conversation, clustered by seq: writes append and catch-up reads one range; 3.6 PB' }).wait(0.5);
    s.note({ list: 'entity', name: 'Membership', fields: 'conversation_id, user_id, last_read_seq', store: 'relational database', why: 'Small, changed rarely, read when fanning out' }).wait(0.5);
    s.note({ list: 'entity', name: 'Session', fields: 'device_id -> gateway_id', store: 'cache', why: 'Which gateway holds a device connection, looked up on every delivery' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Chat app'], ['lb', 'Load balancer', 'diamond'], ['gw', 'Connection gateways'], ['ms', 'Message service'], ['db', 'Cassandra messages', 'ellipse'], ['ps', 'Pub/sub relay'],
      ['sc', 'Session cache', 'ellipse'], ['pn', 'Push worker'], ['apns', 'APNs / FCM']],
    [['c', 'lb'], ['lb', 'gw'], ['gw', 'ms'], ['ms', 'db'], ['ms', 'ps'], ['ps', 'gw'], ['ms', 'sc'], ['ms', 'pn'], ['pn', 'apns']], 0.5);
    s.note({ list: 'narrative', text: 'A device keeps a WebSocket to a gateway. A send goes to the message service, which assigns the next seq for the conversation, writes it to Cassandra and acks. It then publishes the message on the conversation channel of the pub/sub relay; every gateway with a member connected is subscribed and pushes it down. Members with no device online get a push through the push worker.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Ordering and duplicates', decision: 'One sequencer per conversation (the partition owner in the message service) assigns seq; the client message id is a unique key, so a retried send returns the same seq and nobody sees it twice' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Offline catch-up', decision: 'Each device keeps its last seq per conversation and pulls the range after it on reconnect, paged, because pushing weeks of backlog over the socket would block live messages' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Fan-out: a message to a 500-member group must reach hundreds of devices on many gateways', remedy: 'A separate pub/sub relay tier: the message service publishes once per conversation and each gateway subscribes to its connected users conversations, so a send is not 500 calls; costs one more hop of a few ms' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Presence heartbeats at 1M/s pushed to every contact', remedy: 'Coalesce heartbeats at the gateway and pull presence only when a chat is opened instead of pushing every change; last-seen can be a minute stale' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Message writes at 14M/s', remedy: 'Partition the message store by conversation id and batch writes per partition every few ms; an ack waits a little longer' }).wait(1.2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Pub/sub relay between gateways', gaveUp: 'The message service calling each gateway directly', because: 'One publish per message instead of up to 500 calls keeps the 500 ms target for big groups' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Presence pulled on open', gaveUp: 'Live presence for every contact', because: 'Pushing 1M heartbeats/s to contacts costs more than the feature is worth; presence may lag' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Wide-column store for messages', gaveUp: 'Relational joins', because: '140K writes/s and 3.6 PB need horizontal scale; reads are one conversation range' }).wait(0.8);
    s.note({ list: 'risk', text: 'A gateway crash drops 100K connections at once: reconnect storms need jittered backoff' }).wait(0.6);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [ticketsPlaybook, metricsPlaybook, chatFanout];
