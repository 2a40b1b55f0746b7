import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * Off-topic nonsense in every slot: the candidate writes about running an office, with boxes
 * named after real infrastructure ("Kafka", "Redis") that do office chores.
 */
const office: CalibrationSource = {
  name: 'notifications-office-nonsense-senior',
  prompt: 'notifications',
  tag: 'c007',
  make(p) {
    const s = solo(p, 'senior');
    s.note({ list: 'functional', text: 'Staff can book meeting rooms from their desk' }).wait(0.4);
    s.note({ list: 'functional', text: 'The office manager orders stationery every Monday' }).wait(0.4);
    s.note({ list: 'functional', text: 'Visitors sign in at reception and get a badge' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Coffee machine available 99.9% of working hours', quality: 'availability' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Lift wait under 30 seconds at 9 am', quality: 'latency' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Key cards for every floor, lost cards cancelled same day', quality: 'security' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Stationery budget under 2K a month', quality: 'cost' }).wait(0.4);
    s.note({ list: 'out-of-scope', text: 'Car park and the canteen menu' }).wait(1.2);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('staff = 400', 'other', l).wait(0.4);
    s.line('coffee = staff * 3/day', 'read-qps', l).wait(0.4);
    s.line('bookings = staff * 2/day', 'write-qps', l).wait(0.4);
    s.line('paper = staff * 20 KB', 'storage', l).wait(0.4);
    s.conclude('1,200 coffees a day: two machines per floor', l).wait(0.8);
    s.conclude('800 room bookings a day means we need 12 meeting rooms', l).wait(1.3);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /rooms/{id}/book {from, to} -> 201', purpose: 'Book a meeting room', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'POST /visitors {name, host} -> badge', purpose: 'Sign a visitor in', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /stationery/orders?week=', purpose: 'See this week\'s order', main: false }).wait(1.2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Room booking', fields: 'room_id, from, to, booked_by', store: 'relational database', why: 'No double booking of a room' }).wait(1.2);
    s.note({ list: 'entity', name: 'Visitor', fields: 'name, host, badge_no, signed_in_at', store: 'document store', why: 'Forms change often' }).wait(1);
    s.note({ list: 'entity', name: 'Coffee beans', fields: 'bag_id, roast, opened_at', store: 'cache', why: 'Used up quickly' }).wait(1.2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['rec', 'Kafka (reception desk)'], ['mgr', 'Office manager service'], ['redis', 'Redis (coffee machine)', 'ellipse'], ['pg', 'Postgres (room calendar)', 'ellipse'], ['cdn', 'CDN (post room)'], ['lb', 'Load balancer (lifts)', 'diamond']],
      [['lb', 'rec'], ['rec', 'mgr'], ['mgr', 'redis'], ['mgr', 'pg'], ['cdn', 'mgr']], 0.6);
    s.note({ list: 'narrative', text: 'Visitors arrive through the lifts, Kafka at reception queues them, the office manager books a room in Postgres and sends them to Redis for coffee' }).wait(4.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Kafka (reception desk)', decision: 'Partition visitors by floor so each receptionist handles one queue; consumer groups for morning rush' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Redis (coffee machine)', decision: 'Cache ground beans for the day with a TTL of 8 hours, evict LRU' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '4,000 staff overwhelm the lifts at 9 am', remedy: 'Add read replicas: stagger start times across floors' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'The reception queue backs up', remedy: 'Shard reception across buildings and add consumers' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Coffee machine hot key', remedy: 'Replicate the coffee machine on every floor' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Open-plan floors', gaveUp: 'Quiet private offices', because: 'Rent is 30% cheaper and teams sit together' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Postgres for the room calendar', gaveUp: 'A paper sign-up sheet', because: 'Strong consistency stops double bookings' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Weekly stationery orders', gaveUp: 'Same-day delivery', because: 'Lower cost per order' }).wait(0.8);
    s.note({ list: 'risk', text: 'The coffee machine is a single point of failure' }).wait(0.8);
    return s.end();
  },
};

const ask = {
  scale: 'About 300 million registered users, and roughly 1 billion notifications a day across all channels. By channel: about 80% push, 19% email and 1% SMS.',
  burst: 'Transactional traffic follows the day, but marketing campaigns arrive in bursts: a single campaign can target 50 million users and the team wants it out within an hour. Plan for peaks of about 5 times the daily average.',
  priority: 'Three priorities. Critical (login codes, security alerts, fraud warnings): handed to the provider within 2 seconds at p99. Transactional (order shipped, payment received, someone replied): within 30 seconds. Promotional: anywhere within a few hours.',
  dupes: 'Producers retry on timeouts, so the same request may arrive more than once; a user must not get the same notification twice. Losing a login code or security alert is unacceptable; losing an occasional marketing push is tolerable. Providers do go down.',
  limits: 'No user gets more than 3 promotional pushes or 1 promotional email a day, and no more than 10 pushes in any hour from all sources. Providers limit us too: our SMS contract allows 500 messages a second, the email provider 20,000 a second.',
};

/** Staff-level: hard parts found early (priority isolation, dedup, provider limits), options weighed with numbers, evolution raised unasked. */
const staff: CalibrationSource = {
  name: 'notifications-strong-staff',
  prompt: 'notifications',
  tag: 'c008',
  make(p) {
    const s = solo(p, 'staff');
    s.ask('What scale are we talking about?', ask.scale, 0).wait(0.3);
    s.ask('Are there bursts, like campaigns?', ask.burst, 1).wait(0.3);
    s.ask('Do notifications have priorities and delivery deadlines?', ask.priority, 3).wait(0.3);
    s.ask('Can the same request arrive twice, and what may be lost?', ask.dupes, 6).wait(0.3);
    s.ask('Are there per-user or provider rate limits?', ask.limits, 5).wait(0.3);
    s.note({ list: 'functional', text: 'Internal teams send a notification by template + user; we pick channels from preferences' }).wait(0.3);
    s.note({ list: 'functional', text: 'Push (APNs/FCM), email, SMS; per-category/channel preferences, quiet hours, frequency caps' }).wait(0.3);
    s.note({ list: 'functional', text: 'Delivery status tracked: sent, delivered, opened, bounced, failed' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Critical handed to provider within 2 s p99, transactional 30 s, promotional hours', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'No duplicate sends to a user despite producer retries', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Zero loss for critical; marketing loss tolerable', quality: 'durability' }).wait(0.2);
    s.note({ list: 'non-functional', text: '1B/day, peaks 5x (58K/s); 50M-user campaign within an hour', quality: 'scale' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'SMS spend bounded by the 500/s contract', quality: 'cost' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Campaign authoring UI, the content of messages' }).wait(0.3);
    s.enter('estimate').wait(0.2);
    const avg: string[] = [];
    const pk: string[] = [];
    const camp: string[] = [];
    const sms: string[] = [];
    const logb: string[] = [];
    s.line('avg = 1B/day', 'write-qps', avg).wait(0.3);
    s.line('peak = avg * 5', 'peak-qps', pk).wait(0.3);
    s.line('campaign = 50M / 1 h', 'other', camp).wait(0.3);
    s.line('sms_peak = 1B/day * 1% * 5', 'other', sms).wait(0.3);
    s.line('log = 1B/day * 90 day * 500 B', 'storage', logb).wait(0.4);
    s.conclude('58K/s peak: a partitioned queue per priority, and critical must never sit behind a 14K/s campaign', [...pk, ...camp]).wait(0.5);
    s.conclude('SMS peaks near 580/s against a 500/s contract: per-provider token bucket and spill-over to a second SMS vendor', sms).wait(0.5);
    s.conclude('45 TB of status log over 90 days: wide-column store with TTL, not the relational DB', logb).wait(0.5);
    s.enter('api').wait(0.2);
    s.note({ list: 'operation', signature: 'POST /v1/notifications {idempotencyKey, userId, template, params, priority} -> 202 {id}', purpose: 'Producers enqueue; dedup on idempotencyKey for 24h', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /v1/notifications/{id} -> {status history}', purpose: 'Support and producers check delivery', main: false }).wait(0.8);
    s.note({ list: 'operation', signature: 'PUT /v1/users/{id}/preferences {category, channel, optIn}', purpose: 'Preferences and unsubscribe', main: false }).wait(1);
    s.enter('data').wait(0.2);
    s.note({ list: 'entity', name: 'Notification log', fields: 'id, user_id, channel, template, status[], ts', store: 'wide-column store', why: '12K writes/s, 45 TB, read by id or user, 90-day TTL' }).wait(0.9);
    s.note({ list: 'entity', name: 'Preference', fields: 'user_id, category, channel, opt_in, quiet_hours', store: 'relational database', why: 'Small, consent must be exact; cached per user' }).wait(0.8);
    s.note({ list: 'entity', name: 'Device token', fields: 'user_id, token, platform, valid', store: 'key-value store', why: 'Looked up by user on every push; invalidated by provider feedback' }).wait(0.7);
    s.note({ list: 'entity', name: 'Dedup key / frequency counter', fields: 'idempotency key (24h TTL), user:day counters', store: 'cache', why: 'Checked on every send, short-lived' }).wait(0.8);
    s.enter('high-level').wait(0.2);
    diagram(s, [
      ['prod', 'Producer services'], ['api', 'Notification API'], ['q', 'Kafka: critical / transactional / promo topics'], ['router', 'Router (prefs, caps, quiet hours, templates)'], ['cache', 'Redis: dedup + caps', 'ellipse'],
      ['pref', 'Preferences DB (Postgres)', 'ellipse'], ['push', 'Push workers -> APNs/FCM'], ['mail', 'Email workers -> provider'], ['sms', 'SMS workers -> 2 vendors'], ['log', 'Status log (Cassandra)', 'ellipse'], ['sched', 'Scheduler (quiet hours, campaigns)'],
    ], [['prod', 'api'], ['api', 'cache'], ['api', 'q'], ['q', 'router'], ['router', 'pref'], ['router', 'cache'], ['router', 'push'], ['router', 'mail'], ['router', 'sms'], ['push', 'log'], ['mail', 'log'], ['sms', 'log'], ['sched', 'q']], 0.4);
    s.note({ list: 'narrative', text: 'API dedups on the idempotency key and writes to the priority topic; routers apply preferences, caps and quiet hours, render, and hand to per-channel workers that respect provider limits and record status' }).wait(2);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Priority isolation', decision: 'Separate topics and worker pools per priority; critical pool sized for its peak with headroom and never shared, so a 50M campaign (14K/s) cannot delay a login code past 2 s' }).wait(2.8);
    s.note({ list: 'deep-dive', component: 'Exactly-once to the user', decision: 'At-least-once queue plus dedup key (notification id + channel) set-if-absent in Redis before the provider call; a crash between call and mark can still double-send, accepted for promo, for critical we check provider message id on retry' }).wait(2.8);
    s.note({ list: 'deep-dive', component: 'Provider failure', decision: 'Circuit breaker per provider, retries with backoff on a delay topic, SMS fails over to the second vendor; options compared: retry in place (blocks partition) vs delay topic (chosen)' }).wait(2.5);
    s.enter('bottlenecks').wait(0.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Campaign fan-out of 500M users in an hour: 140K/s through routers and preference lookups', remedy: 'Cache preferences per user in the router, scale promo consumers on lag, and pace campaigns with a token bucket' }).wait(1.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'SMS contract 500/s exceeded', remedy: 'Per-vendor token buckets, spill to the second vendor, delay promo SMS' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Status log writes 1.2M/s', remedy: 'Batch status updates per worker and partition the wide-column table by user and day' }).wait(1.3);
    s.enter('tradeoffs').wait(0.2);
    s.note({ list: 'tradeoff', chose: 'Topics per priority', gaveUp: 'One simple queue', because: 'Critical p99 of 2 s cannot share a partition with 14K/s campaigns' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'At-least-once + dedup store', gaveUp: 'Rare double sends in a crash window', because: 'Exactly-once across a provider call is impossible; dedup keeps it to a crash window' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Wide-column status log', gaveUp: 'Joins and ad-hoc support queries', because: '45 TB and 12K writes/s with a 90-day TTL' }).wait(0.6);
    s.note({ list: 'risk', text: 'Evolution: multi-region later, keep preferences single-writer and route by user home region; in-app inbox would be a fourth channel on the same router' }).wait(0.5);
    s.note({ list: 'open-question', text: 'Do quiet hours delay transactional messages or only promotional?' }).wait(0.4);
    return s.end();
  },
};

/** Mid-level and weak: the right words (a queue, workers) with no numbers behind them and channels half handled. */
const weakMid: CalibrationSource = {
  name: 'notifications-weak-mid',
  prompt: 'notifications',
  tag: 'c009',
  make(p) {
    const s = solo(p, 'mid');
    s.note({ list: 'functional', text: 'Send push, email and SMS' }).wait(0.5);
    s.note({ list: 'functional', text: 'Users can turn notifications off' }).wait(0.5);
    s.note({ list: 'non-functional', text: 'Scalable and reliable', quality: 'scale' }).wait(2.5);
    s.enter('estimate').wait(0.3);
    s.line('notifications = 1B/day', 'write-qps').wait(1.5);
    s.conclude('That is a lot, so we need a queue').wait(2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /send {userId, message}', purpose: 'send a notification', main: true }).wait(3);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Notification', fields: 'id, userId, message, status', store: 'relational database', why: 'easy to query' }).wait(1.5);
    s.note({ list: 'entity', name: 'User', fields: 'id, email, phone', store: 'relational database', why: '' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['svc', 'Service'], ['api', 'Notification service'], ['q', 'Queue'], ['w', 'Workers'], ['db', 'MySQL', 'ellipse'], ['ext', 'APNs / Twilio / SendGrid']],
      [['svc', 'api'], ['api', 'q'], ['q', 'w'], ['w', 'ext'], ['api', 'db']], 0.8);
    s.note({ list: 'narrative', text: 'Service calls us, we put it on the queue, workers send it' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Workers', decision: 'Retry three times if sending fails' }).wait(7);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'MySQL too slow', remedy: 'Add an index' }).wait(3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Queue', gaveUp: 'Synchronous sending', because: 'Better' }).wait(2.5);
    return s.end();
  },
};

export const sessions = [office, staff, weakMid];
