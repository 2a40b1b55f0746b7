import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const scale = 'About 100 million daily active users, each sending around 40 messages a day, so roughly 4 billion messages a day. The evening peak runs at about 3 times the daily average.';
const order = 'Within one conversation every participant must see the same order, and a message acknowledged to the sender must never be lost. There is no ordering requirement across different conversations. Networks retry, so duplicates will reach the server; users must never see one twice.';

/** Box-first: eight boxes in the first two minutes, requirements written afterwards to fit them, and little reasoning behind any. */
const boxFirst: CalibrationSource = {
  name: 'chat-box-first-senior',
  prompt: 'chat',
  tag: 'c010',
  make(p) {
    const s = solo(p, 'senior');
    diagram(s, [['app', 'Mobile app'], ['lb', 'LB', 'diamond'], ['ws', 'WebSocket servers'], ['chat', 'Chat service'], ['k', 'Kafka'], ['cas', 'Cassandra', 'ellipse'], ['redis', 'Redis', 'ellipse'], ['push', 'Push service']],
      [['app', 'lb'], ['lb', 'ws'], ['ws', 'chat'], ['chat', 'k'], ['k', 'cas'], ['chat', 'redis'], ['k', 'push']], 0.2);
    s.note({ list: 'functional', text: '1:1 and group messaging' }).wait(0.5);
    s.note({ list: 'functional', text: 'Push when offline' }).wait(0.5);
    s.note({ list: 'non-functional', text: 'Low latency', quality: 'latency' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    s.line('dau = 100M', 'other').wait(0.5);
    s.line('msgs = dau * 40/day', 'write-qps').wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'send(conversationId, text)', purpose: 'send a message', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'getMessages(conversationId)', purpose: 'history', main: false }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Message', fields: 'id, conversation_id, sender, text, ts', store: 'wide-column store', why: 'write heavy' }).wait(3.5);
    s.enter('high-level').wait(0.3);
    s.note({ list: 'narrative', text: 'Phone connects over a websocket, chat service writes to Kafka, Cassandra stores it, push service sends notifications' }).wait(8);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'WebSockets', decision: 'Use WebSockets instead of polling' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Too many connections', remedy: 'Add more WebSocket servers' }).wait(4);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Cassandra', gaveUp: 'MySQL', because: 'It scales' }).wait(3.5);
    return s.end();
  },
};

/** A solid mid-level session: correct main path, sensible stores, one real deep dive on ordering; little on presence or groups. */
const solidMid: CalibrationSource = {
  name: 'chat-solid-mid',
  prompt: 'chat',
  tag: 'c011',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many users and messages?', scale, 0).wait(0.4);
    s.ask('Do messages need to be ordered?', order, 5).wait(0.4);
    s.note({ list: 'functional', text: 'Send and receive 1:1 and group messages (groups up to 500)' }).wait(0.3);
    s.note({ list: 'functional', text: 'History on every device, offline devices catch up' }).wait(0.3);
    s.note({ list: 'functional', text: 'Delivered/read receipts' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Voice and video calls' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Delivery under 500 ms p99 when both online', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Acked messages never lost', quality: 'durability' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Same order for everyone in a conversation', quality: 'consistency' }).wait(1);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const st: string[] = [];
    s.line('sends = 100M * 40/day', 'write-qps', w).wait(0.5);
    s.line('peak = sends * 3', 'peak-qps', w).wait(0.4);
    s.line('storage = 100M * 40/day * 5 year * 500 B', 'storage', st).wait(0.7);
    s.conclude('~140K messages/s at peak: needs a store built for heavy writes, partitioned by conversation', w).wait(0.8);
    s.conclude('3.65 PB over five years: wide-column store, not one SQL box', st).wait(1.2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'WS send {clientMsgId, conversationId, text} -> ack {msgId, seq}', purpose: 'Send over the open socket', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /conversations/{id}/messages?after=seq', purpose: 'Catch up after reconnect', main: false }).wait(1.2);
    s.note({ list: 'operation', signature: 'WS deliver {msg} / receipt {msgId, state}', purpose: 'Server pushes to online devices', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Message', fields: 'conversation_id (partition), seq (clustering), sender, text, ts', store: 'wide-column store', why: 'Write heavy, read by conversation in order' }).wait(1.5);
    s.note({ list: 'entity', name: 'Conversation members', fields: 'conversation_id, user_id', store: 'relational database', why: 'Small, changes rarely' }).wait(1);
    s.note({ list: 'entity', name: 'Session', fields: 'user_id -> gateway server', store: 'cache', why: 'Where to deliver, changes on every connect' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Client'], ['lb', 'Load balancer', 'diamond'], ['gw', 'WebSocket gateways'], ['chat', 'Chat service'], ['cas', 'Cassandra messages', 'ellipse'], ['r', 'Redis sessions', 'ellipse'], ['pg', 'Postgres groups', 'ellipse'], ['push', 'Push (APNs/FCM)']],
      [['c', 'lb'], ['lb', 'gw'], ['gw', 'chat'], ['chat', 'cas'], ['chat', 'r'], ['chat', 'pg'], ['chat', 'push']], 0.6);
    s.note({ list: 'narrative', text: 'Sender\'s gateway passes the message to chat service, which assigns seq, stores it, acks, looks up recipients\' gateways in Redis and delivers or pushes' }).wait(3.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Ordering and dedup', decision: 'Per-conversation sequence number assigned by the chat service owning that conversation; clientMsgId dedups retries' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Offline catch-up', decision: 'Each device keeps its last seq per conversation and pulls after reconnect' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Gateways hold 30M+ connections', remedy: 'More gateway servers, ~100K connections each' }).wait(2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Big groups fan out 500 deliveries per message', remedy: 'Fan out asynchronously through a queue' }).wait(2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Cassandra', gaveUp: 'Transactions across tables', because: 'Write heavy and 3.65 PB' }).wait(1.3);
    s.note({ list: 'tradeoff', chose: 'WebSockets', gaveUp: 'Simple stateless HTTP', because: '500 ms delivery needs a push channel' }).wait(1.3);
    return s.end();
  },
};

/** Off-topic: the candidate designs a restaurant table-booking site under the chat prompt, with real component names. */
const offTopic: CalibrationSource = {
  name: 'chat-restaurant-nonsense-mid',
  prompt: 'chat',
  tag: 'c012',
  make(p) {
    const s = solo(p, 'mid');
    s.note({ list: 'functional', text: 'Diners reserve a table for a time slot' }).wait(0.5);
    s.note({ list: 'functional', text: 'Restaurants publish their menus and opening hours' }).wait(0.5);
    s.note({ list: 'non-functional', text: 'Booking confirmed within 1 s', quality: 'latency' }).wait(0.5);
    s.note({ list: 'non-functional', text: 'No table booked twice', quality: 'consistency' }).wait(2);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('restaurants = 50K', 'other', l).wait(0.5);
    s.line('bookings = restaurants * 40/day', 'write-qps', l).wait(0.5);
    s.conclude('About 23 bookings per second: one Postgres is plenty', l).wait(2);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /restaurants/{id}/bookings {slot, party} -> 201', purpose: 'Book a table', main: true }).wait(1.5);
    s.note({ list: 'operation', signature: 'GET /restaurants?city=', purpose: 'Browse', main: false }).wait(1.5);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Booking', fields: 'restaurant_id, slot, table, diner', store: 'relational database', why: 'Unique constraint stops double booking' }).wait(3.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['web', 'Web app'], ['api', 'Booking API'], ['pg', 'Postgres', 'ellipse'], ['es', 'Elasticsearch (menus)', 'ellipse'], ['ws', 'WebSocket (table status)']],
      [['web', 'api'], ['api', 'pg'], ['api', 'es'], ['api', 'ws']], 0.8);
    s.note({ list: 'narrative', text: 'Diner searches menus in Elasticsearch, books through the API, Postgres holds the slot' }).wait(5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Double booking', decision: 'Unique index on (restaurant, table, slot) and SELECT FOR UPDATE' }).wait(8);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Friday 7 pm rush on popular restaurants', remedy: 'Cache availability in Redis' }).wait(4);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Postgres', gaveUp: 'NoSQL scale', because: 'Bookings need transactions' }).wait(3);
    return s.end();
  },
};

export const sessions = [boxFirst, solidMid, offTopic];
