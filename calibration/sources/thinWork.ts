import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';
import { askPrompt } from './playbookRemedies';

/**
 * A weak mid-level news-feed session that starts with boxes: the familiar parts of a feed drawn and
 * wired in the first minutes, before any requirement or number, and never explained: no narrative,
 * no reason for any store, no word on how a post reaches a follower's feed or on the popular
 * accounts the brief warns about. What follows is a few words per phase.
 */
const feedBoxFirst: CalibrationSource = {
  name: 'news-feed-box-first-mid',
  prompt: 'news-feed',
  tag: 'r803',
  make(p) {
    const s = solo(p, 'mid');
    diagram(s, [['u', 'Users'], ['lb', 'Load balancer', 'diamond'], ['api', 'API servers'], ['fs', 'Feed service'], ['ps', 'Post service'], ['rd', 'Redis', 'ellipse'],
      ['db', 'MySQL', 'ellipse'], ['k', 'Kafka'], ['s3', 'S3', 'ellipse'], ['cdn', 'CDN']],
    [['u', 'lb'], ['lb', 'api'], ['api', 'fs'], ['api', 'ps'], ['fs', 'rd'], ['ps', 'db'], ['ps', 'k'], ['k', 'fs'], ['ps', 's3'], ['u', 'cdn']], 0.6);
    askPrompt(s, p, 'How many users?', 0);
    s.note({ list: 'functional', text: 'Users post' }).wait(0.2);
    s.note({ list: 'functional', text: 'Users see a feed' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Low latency', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Highly available', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('users = 300M', 'other', l).wait(0.3);
    s.line('posts = 300M * 1/day', 'write-qps', l).wait(0.4);
    s.conclude('So around 3.5K posts a second', l).wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /post', purpose: 'post', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /feed', purpose: 'get the feed', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Post', fields: 'id, user_id, text', store: 'relational database', why: 'we already use MySQL' }).wait(0.4);
    s.note({ list: 'entity', name: 'Feed', fields: 'user_id, posts', store: 'cache', why: 'Redis' }).wait(1);
    s.enter('high-level').wait(2.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Feed service', decision: 'The feed service builds the feed from Redis' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Feed service', remedy: 'More feed servers behind the load balancer' }).wait(1);
    s.note({ list: 'bottleneck', scale: '100x', what: 'MySQL', remedy: 'Bigger MySQL' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'MySQL', gaveUp: 'Cassandra', because: 'familiar' }).wait(1);
    return s.end();
  },
};

/**
 * A weak senior food-delivery session that fills every list: eight requirements, six calls, a
 * dozen boxes, five bottlenecks and five trade-offs, but almost none of it decides anything.
 * Qualities have no numbers, the estimates restate the figures, calls are bare paths, the deep
 * dive names products, bottlenecks repeat "add more", and the trade-offs are settings ("retry 3
 * times", "TTL of 60 s", "5 replicas") with a number but nothing given up or weighed.
 */
const foodBusyThin: CalibrationSource = {
  name: 'food-delivery-busy-thin-senior',
  prompt: 'food-delivery',
  tag: 'r804',
  make(p) {
    const s = solo(p, 'senior');
    askPrompt(s, p, 'How many orders a day?', 0);
    askPrompt(s, p, 'What is in scope?', 2);
    for (const text of ['Browse restaurants', 'Search restaurants', 'View menus', 'Place orders', 'Pay', 'Track orders', 'Assign couriers', 'Rate orders']) s.note({ list: 'functional', text }).wait(0.15);
    s.note({ list: 'non-functional', text: 'Fast', quality: 'latency' }).wait(0.15);
    s.note({ list: 'non-functional', text: 'Scalable', quality: 'scale' }).wait(0.15);
    s.note({ list: 'non-functional', text: 'Available', quality: 'availability' }).wait(0.15);
    s.note({ list: 'non-functional', text: 'Consistent orders', quality: 'consistency' }).wait(0.15);
    s.note({ list: 'non-functional', text: 'Secure payments', quality: 'security' }).wait(1);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('orders = 5M/day', 'write-qps', l).wait(0.3);
    s.line('peak = 5M/day * 4', 'peak-qps', l).wait(0.3);
    s.line('reads = 5M/day * 20', 'read-qps', l).wait(0.3);
    s.line('storage = 5M/day * 5 year * 3 KB', 'storage', l).wait(0.3);
    s.conclude('Orders are about 58 a second and 230 at peak', l).wait(0.3);
    s.conclude('Storage is 27 TB', l).wait(1.2);
    s.enter('api').wait(0.3);
    for (const [signature, purpose] of [['GET /restaurants', 'restaurants'], ['GET /menu', 'menu'], ['POST /order', 'order'], ['POST /pay', 'pay'], ['GET /order/status', 'status'], ['POST /courier/location', 'location']] as const) {
      s.note({ list: 'operation', signature, purpose, main: signature === 'POST /order' }).wait(0.3);
    }
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Restaurant', fields: 'id, name, menu', store: 'relational database', why: 'standard' }).wait(0.3);
    s.note({ list: 'entity', name: 'Order', fields: 'id, items, status', store: 'relational database', why: 'same DB' }).wait(0.3);
    s.note({ list: 'entity', name: 'Courier', fields: 'id, location', store: 'cache', why: 'fast' }).wait(0.3);
    s.note({ list: 'entity', name: 'Payment', fields: 'id, amount', store: 'relational database', why: 'simple' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['c', 'Customer app'], ['r', 'Restaurant app'], ['co', 'Courier app'], ['gw', 'API gateway', 'diamond'], ['os', 'Order service'], ['rs', 'Restaurant service'],
      ['ds', 'Dispatch service'], ['ps', 'Payment service'], ['db', 'Postgres', 'ellipse'], ['rd', 'Redis', 'ellipse'], ['k', 'Kafka'], ['es', 'Elasticsearch', 'ellipse']],
    [['c', 'gw'], ['r', 'gw'], ['co', 'gw'], ['gw', 'os'], ['gw', 'rs'], ['gw', 'ds'], ['os', 'ps'], ['os', 'db'], ['rs', 'db'], ['ds', 'rd'], ['os', 'k'], ['rs', 'es']], 0.4);
    s.note({ list: 'narrative', text: 'The apps call the gateway, which sends requests to the services; the services use Postgres, Redis, Kafka and Elasticsearch.' }).wait(2.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Dispatch', decision: 'Use Redis for courier locations' }).wait(1.2);
    s.note({ list: 'deep-dive', component: 'Search', decision: 'Use Elasticsearch' }).wait(1.2);
    s.note({ list: 'deep-dive', component: 'Payments', decision: 'Use Stripe' }).wait(1.5);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Order service', remedy: 'Add more order service instances' }).wait(0.6);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Postgres', remedy: 'Add more Postgres' }).wait(0.6);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Redis', remedy: 'Scale Redis' }).wait(0.6);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Kafka', remedy: 'More partitions' }).wait(0.6);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Search', remedy: 'Bigger cluster' }).wait(1);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Retry failed payments 3 times', gaveUp: '', because: '3 retries' }).wait(0.5);
    s.note({ list: 'tradeoff', chose: 'Cache menus with a TTL of 60 s', gaveUp: '', because: '60 s TTL' }).wait(0.5);
    s.note({ list: 'tradeoff', chose: 'Postgres with 5 replicas', gaveUp: 'MongoDB', because: '5 replicas' }).wait(0.5);
    s.note({ list: 'tradeoff', chose: 'Kafka with 12 partitions', gaveUp: 'RabbitMQ', because: '12 partitions' }).wait(0.5);
    s.note({ list: 'tradeoff', chose: 'Microservices', gaveUp: 'Monolith', because: 'better' }).wait(0.5);
    s.note({ list: 'risk', text: 'Outages' }).wait(0.8);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [feedBoxFirst, foodBusyThin];
