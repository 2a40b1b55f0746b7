import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const pay = {
  scale: 'About 10 million card payments a day, average order around 50 US dollars. Big sale days run at up to ten times the normal average rate, so plan for that peak.',
  retry: 'Mobile clients on bad networks retry, and checkout services retry on timeouts. A retried request must never create a second charge. Every create-payment call carries a client-generated idempotency key; assume retries can arrive up to 24 hours late.',
  correct: 'Correctness beats availability: it is better to fail a checkout than to lose or double a charge. The ledger must balance at all times, and an acknowledged payment must never be lost. Target 99.95% availability for the payment API.',
  hooks: 'Processors answer synchronously for authorisation but report captures, refunds and chargebacks by webhook, at least once and sometimes out of order. They also publish a daily settlement file.',
};

/**
 * A decent payments design whose trade-off list is all choices and losses with no reasons
 * ("because" left empty or a restatement), and whose bottlenecks say little.
 */
const noReasons: CalibrationSource = {
  name: 'payments-tradeoffs-without-reasons-senior',
  prompt: 'payments',
  tag: 'c016',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many payments a day?', pay.scale, 0).wait(0.4);
    s.ask('What happens when a client retries?', pay.retry, 2).wait(0.4);
    s.note({ list: 'functional', text: 'Authorise and capture card payments' }).wait(0.3);
    s.note({ list: 'functional', text: 'Refunds, full and partial' }).wait(0.3);
    s.note({ list: 'functional', text: 'Double-entry ledger' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'No double charges: idempotency keys', quality: 'consistency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Overhead under 100 ms p99', quality: 'latency' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('payments = 10M/day', 'write-qps', l).wait(0.5);
    s.line('peak = payments * 10', 'peak-qps', l).wait(0.5);
    s.line('storage = 10M/day * 7 year * 4 KB', 'storage').wait(0.6);
    s.conclude('1.2K/s at peak fits a single sharded Postgres cluster', l).wait(2.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /payments {idempotencyKey, amount, currency, cardToken} -> {paymentId, status}', purpose: 'Authorise', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'POST /payments/{id}/capture', purpose: 'Capture', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'POST /payments/{id}/refunds {amount}', purpose: 'Refund', main: false }).wait(1.2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Payment', fields: 'id, idempotency_key (unique), amount, state', store: 'relational database', why: 'Transactions and a unique key' }).wait(1.5);
    s.note({ list: 'entity', name: 'Ledger entry', fields: 'id, payment_id, account, debit, credit', store: 'relational database', why: 'Append-only, must balance' }).wait(2);
    s.enter('high-level').wait(0.3);
    diagram(s, [['co', 'Checkout'], ['gw', 'API gateway'], ['ps', 'Payment service'], ['pg', 'Postgres', 'ellipse'], ['proc', 'Processor (Stripe/Adyen)'], ['q', 'Queue'], ['w', 'Webhook + capture workers'], ['led', 'Ledger service']],
      [['co', 'gw'], ['gw', 'ps'], ['ps', 'pg'], ['ps', 'proc'], ['ps', 'q'], ['q', 'w'], ['w', 'led'], ['led', 'pg'], ['proc', 'w']], 0.5);
    s.note({ list: 'narrative', text: 'Checkout calls the payment service, which records the intent, authorises with the processor and returns; capture and ledger writes happen async' }).wait(4);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Idempotency', decision: 'Insert the idempotency key with a unique constraint before calling the processor; a retry returns the stored result' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Payment state machine', decision: 'created -> authorised -> captured -> refunded, transitions checked in one transaction' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Database', remedy: 'Scale it' }).wait(2);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Processor', remedy: 'Use two' }).wait(2.3);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Postgres', gaveUp: 'Cassandra', because: '' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Async capture', gaveUp: 'Sync capture', because: 'It is async' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Consistency', gaveUp: 'Availability', because: 'CAP' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Two processors', gaveUp: 'Simplicity', because: '' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Queue', gaveUp: 'Direct calls', because: 'Best practice' }).wait(0.8);
    return s.end();
  },
};

/** Strong senior: exactness designed in (idempotency, outbox, reconciliation), the numbers small and said so. */
const strong: CalibrationSource = {
  name: 'payments-strong-senior',
  prompt: 'payments',
  tag: 'c017',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('What volume and peak?', pay.scale, 0).wait(0.3);
    s.ask('How should retries behave?', pay.retry, 2).wait(0.3);
    s.ask('Correctness or availability when they conflict?', pay.correct, 4).wait(0.3);
    s.ask('How do processors report captures and refunds?', pay.hooks, 9).wait(0.3);
    s.note({ list: 'functional', text: 'Authorise at checkout, capture later; full and partial refunds' }).wait(0.3);
    s.note({ list: 'functional', text: 'Double-entry ledger, append-only, corrections by reversing entries' }).wait(0.3);
    s.note({ list: 'functional', text: 'Daily reconciliation against the processors\' settlement files' }).wait(0.3);
    s.note({ list: 'out-of-scope', text: 'Card networks directly, fraud models, payouts to sellers' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Never double-charge or lose an acked payment; fail checkout rather than guess', quality: 'consistency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Our overhead < 100 ms p99 on top of the processor', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: '99.95% for the payment API', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Card numbers never touch our systems (tokens only), small PCI scope', quality: 'security' }).wait(0.4);
    s.enter('estimate').wait(0.3);
    const w: string[] = [];
    const pk: string[] = [];
    const st: string[] = [];
    s.line('pay = 10M/day', 'write-qps', w).wait(0.3);
    s.line('peak = pay * 10', 'peak-qps', pk).wait(0.3);
    s.line('ledger = pay * 4', 'other', pk).wait(0.3);
    s.line('reads = pay * 20', 'read-qps', w).wait(0.3);
    s.line('storage = 10M/day * 7 year * (2 KB + 4 * 500 B)', 'storage', st).wait(0.5);
    s.conclude('1.2K payments/s and ~4.6K ledger rows/s at sale peak: one well-sized Postgres primary per shard is enough, so we keep ACID transactions', pk).wait(0.7);
    s.conclude('2.3K status reads/s: serve from a read replica, not the primary', w).wait(0.5);
    s.conclude('~100 TB over 7 years: partition by month and move old partitions to cheaper storage', st).wait(0.6);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/payments (Idempotency-Key) {orderId, amount, currency, cardToken} -> 200 {paymentId, status: authorised|declined}', purpose: 'Authorise at checkout; same key returns the same result for 24 h', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'POST /v1/payments/{id}/capture {amount}', purpose: 'Capture, async after fulfilment', main: false }).wait(0.7);
    s.note({ list: 'operation', signature: 'POST /v1/payments/{id}/refunds (Idempotency-Key) {amount}', purpose: 'Full or partial refund', main: false }).wait(0.7);
    s.note({ list: 'operation', signature: 'POST /webhooks/{processor}', purpose: 'Processor events, at least once, out of order', main: false }).wait(0.6);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Payment', fields: 'id, idempotency_key UNIQUE, order_id, amount, currency, state, processor_ref, version', store: 'relational database', why: 'State transitions in transactions with the ledger rows' }).wait(1);
    s.note({ list: 'entity', name: 'Ledger entry', fields: 'id, txn_id, account, amount (+/-), created_at', store: 'relational database', why: 'Append-only; each txn sums to zero, checked in the same transaction' }).wait(1);
    s.note({ list: 'entity', name: 'Outbox event', fields: 'id, payment_id, type, payload, sent_at', store: 'relational database', why: 'Written in the payment transaction so events are never lost' }).wait(0.8);
    s.note({ list: 'entity', name: 'Processor event', fields: 'processor_event_id PK, payload, processed_at', store: 'relational database', why: 'Dedups webhooks' }).wait(0.7);
    s.enter('high-level').wait(0.3);
    diagram(s, [['co', 'Checkout service'], ['gw', 'API gateway (auth)'], ['ps', 'Payment service'], ['pg', 'Payments + ledger Postgres', 'ellipse'], ['proc', 'Processors A / B'], ['ob', 'Outbox relay'], ['k', 'Kafka payment events'], ['wh', 'Webhook receiver'], ['rec', 'Reconciliation job'], ['rep', 'Read replica', 'ellipse']],
      [['co', 'gw'], ['gw', 'ps'], ['ps', 'pg'], ['ps', 'proc'], ['pg', 'ob'], ['ob', 'k'], ['proc', 'wh'], ['wh', 'ps'], ['rec', 'pg'], ['pg', 'rep']], 0.45);
    s.note({ list: 'narrative', text: 'Authorise: store the key and a pending payment, call the processor with our payment id as its idempotency key, then record the result with its ledger entries and an outbox row in one transaction' }).wait(2.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Idempotency and timeouts', decision: 'Key row inserted first; on a 30 s processor timeout the payment stays "unknown" and a worker queries the processor by our id before any retry, so a charge is never doubled' }).wait(3.5);
    s.note({ list: 'deep-dive', component: 'Ledger and reconciliation', decision: 'Double entry per txn in the same DB transaction as the state change; nightly job matches settlement files row by row and opens a case for any mismatch' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Out-of-order webhooks', decision: 'State machine ignores transitions that go backwards; dedup on processor_event_id' }).wait(2);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '12K payments/s at sale peak on one primary', remedy: 'Shard payments and their ledger rows by merchant account so a transaction stays on one shard' }).wait(1.6);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Processor A degrades during a sale', remedy: 'Circuit breaker and route new authorisations to processor B' }).wait(1.6);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Status polling 230K reads/s', remedy: 'Push status events from Kafka to callers and cache status in Redis with short TTL' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Relational DB with ACID for payments and ledger', gaveUp: 'Easy horizontal write scale', because: '1.2K/s peak is small and the ledger must balance in one transaction' }).wait(0.7);
    s.note({ list: 'tradeoff', chose: 'Fail the checkout on an unknown state', gaveUp: 'Some availability at checkout', because: 'The business ranks a lost or doubled charge worse than a failed checkout' }).wait(0.7);
    s.note({ list: 'tradeoff', chose: 'Outbox + relay', gaveUp: 'Simple direct publishing', because: 'A publish after commit can be lost; the outbox makes events as durable as the payment' }).wait(0.7);
    s.note({ list: 'risk', text: 'Reconciliation mismatches piling up unseen: alert on unmatched rows older than a day' }).wait(0.5);
    return s.end();
  },
};

/**
 * A thorough start that never finishes: twenty minutes of questions and requirements, a long
 * estimate, and the clock runs out halfway through the diagram.
 */
const outOfTime: CalibrationSource = {
  name: 'ticket-booking-out-of-time-senior',
  prompt: 'ticket-booking',
  tag: 'c018',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many orders on a normal day?', 'On a normal day about 400,000 orders, averaging 2.5 tickets each, so roughly a million tickets. There are around 100,000 upcoming events on sale at any time, most of them small venues of a few thousand seats.', 0).wait(1);
    s.ask('What does a big on-sale look like?', 'A stadium show has about 50,000 seats, and around 2 million fans arrive within the first minutes after sales open at a fixed time. The seats are usually gone in about 10 minutes.', 1).wait(1);
    s.ask('How long are seats held?', 'Seats chosen by a fan are held for 10 minutes. During the hold nobody else can take them; if the fan does not finish paying, the seats go back on sale automatically. At most 8 tickets per order and per account.', 3).wait(1);
    s.ask('What must be consistent?', 'A seat must never be sold to two people, and a paid order must never be lost: that part is strictly consistent. The seat map a fan looks at may be a few seconds stale, as long as the hold itself is checked against the truth.', 4).wait(1);
    s.ask('What about bots?', 'Bots are the main abuse: scalpers script thousands of accounts to grab seats and resell them. We need per-account limits, bot checks before entering the sale, and a fair order for people who arrived before the start.', 8).wait(1);
    s.note({ list: 'functional', text: 'Browse and search events, view the seat map' }).wait(0.8);
    s.note({ list: 'functional', text: 'Hold chosen seats for 10 minutes during checkout' }).wait(0.8);
    s.note({ list: 'functional', text: 'Pay and get mobile tickets; GA and reserved seating' }).wait(0.8);
    s.note({ list: 'functional', text: 'Waiting room for hot on-sales, fair order' }).wait(0.8);
    s.note({ list: 'non-functional', text: 'No seat sold twice, paid orders never lost', quality: 'consistency' }).wait(0.8);
    s.note({ list: 'non-functional', text: 'Seat map p99 200 ms, hold 500 ms', quality: 'latency' }).wait(0.8);
    s.note({ list: 'non-functional', text: '2M fans in minutes for 50K seats', quality: 'scale' }).wait(0.8);
    s.note({ list: 'non-functional', text: 'Bots limited per account, checks before the sale', quality: 'security' }).wait(0.8);
    s.note({ list: 'out-of-scope', text: 'Resale marketplace, venue management' }).wait(3);
    s.enter('estimate').wait(0.5);
    const a: string[] = [];
    const b: string[] = [];
    s.line('orders = 400K/day', 'write-qps', a).wait(1);
    s.line('views = orders * 100', 'read-qps', a).wait(1);
    s.line('onsale = 2M / 5 s', 'peak-qps', b).wait(1.5);
    s.line('storage = 400K/day * 7 year * (2 KB + 2.5 * 1 KB)', 'storage').wait(1.5);
    s.conclude('400K requests/s at the opening of an on-sale: the waiting room must absorb it, the booking path only sees admitted fans', b).wait(2);
    s.conclude('Normal traffic is tiny: 4.6 orders/s, 460 views/s', a).wait(2);
    s.enter('api').wait(0.5);
    s.note({ list: 'operation', signature: 'POST /events/{id}/holds {seatIds} -> 201 {holdId, expiresAt}', purpose: 'Hold seats', main: true }).wait(1.5);
    s.note({ list: 'operation', signature: 'POST /holds/{id}/order {paymentToken} -> 201 {orderId}', purpose: 'Pay and confirm', main: false }).wait(1.5);
    s.enter('data').wait(0.5);
    s.note({ list: 'entity', name: 'Seat', fields: 'event_id, seat_id, state, hold_id, hold_expires_at', store: 'relational database', why: 'Conditional update guarantees one holder' }).wait(3);
    s.enter('high-level').wait(0.5);
    diagram(s, [['c', 'Fan app'], ['cdn', 'CDN'], ['wr', 'Waiting room']], [['c', 'cdn'], ['cdn', 'wr']], 1.5);
    // Still arranging boxes when the 45 minutes run out.
    s.wait(9);
    return s.end();
  },
};

export const sessions = [noReasons, strong, outOfTime];
