import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A weak mid-level web-crawler session that looks busy: every list has several items, but each is
 * thin. Qualities without numbers, estimates that decide nothing, API calls without contracts,
 * entities whose reasons say nothing, a deep dive that restates the topics, bottlenecks that add
 * more of the same and trade-offs whose reasons are one word. Politeness is never designed.
 */
const busyWeak: CalibrationSource = {
  name: 'web-crawler-busy-weak-mid',
  prompt: 'web-crawler',
  tag: 'c034',
  make(p) {
    const s = solo(p, 'mid');
    s.ask('How many pages do we crawl?', 'We know of about 10 billion URLs and keep roughly 5 billion pages in the index. The crawler should fetch about 100 million pages a day, around 3 billion a month, including re-crawls.', 0).wait(0.4);
    s.note({ list: 'functional', text: 'Crawl web pages' }).wait(0.2);
    s.note({ list: 'functional', text: 'Store pages' }).wait(0.2);
    s.note({ list: 'functional', text: 'Find links' }).wait(0.2);
    s.note({ list: 'functional', text: 'Recrawl pages' }).wait(0.2);
    s.note({ list: 'functional', text: 'Handle duplicates' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Scalable', quality: 'scale' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Fast', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Reliable', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Polite to websites', quality: null }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Cheap', quality: 'cost' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Secure', quality: 'security' }).wait(1.5);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('pages = 10B', 'other', l).wait(0.3);
    s.line('per_day = 100M/day', 'write-qps', l).wait(0.3);
    s.line('page = 100 KB', 'other', l).wait(0.3);
    s.line('servers = 100', 'other', l).wait(0.4);
    s.conclude('We need a lot of servers', l).wait(0.4);
    s.conclude('The system is very big', l).wait(2.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /crawl', purpose: 'crawl', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /page', purpose: 'get page', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'POST /url', purpose: 'add url', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'DELETE /url', purpose: 'remove url', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /status', purpose: 'status', main: false }).wait(1.5);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Page', fields: 'id, url, html', store: 'relational database', why: 'good' }).wait(0.4);
    s.note({ list: 'entity', name: 'Url', fields: 'id, url', store: 'relational database', why: 'standard' }).wait(0.4);
    s.note({ list: 'entity', name: 'Link', fields: 'from, to', store: 'relational database', why: 'relations' }).wait(0.4);
    s.note({ list: 'entity', name: 'Host', fields: 'name', store: 'cache', why: 'fast' }).wait(1.5);
    s.enter('high-level').wait(0.3);
    diagram(s, [['sd', 'Seed URLs'], ['lb', 'Load balancer', 'diamond'], ['cr', 'Crawler servers'], ['q', 'Kafka'], ['pa', 'Parser'], ['db', 'MySQL', 'ellipse'],
      ['rd', 'Redis', 'ellipse'], ['s3', 'S3', 'ellipse'], ['mon', 'Monitoring'], ['es', 'Elasticsearch', 'ellipse']],
    [['sd', 'lb'], ['lb', 'cr'], ['cr', 'q'], ['q', 'pa'], ['pa', 'db'], ['cr', 'rd'], ['pa', 's3'], ['pa', 'es']], 0.5);
    s.note({ list: 'narrative', text: 'Seeds go through the load balancer to the crawlers, which download pages and send them to Kafka. The parser reads them and saves them.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'URL frontier', decision: 'The frontier holds the URLs to crawl' }).wait(1.5);
    s.note({ list: 'deep-dive', component: 'Deduplication', decision: 'Check if we saw the page before' }).wait(1.5);
    s.note({ list: 'deep-dive', component: 'Politeness', decision: 'Be polite and respect robots.txt' }).wait(1.5);
    s.note({ list: 'deep-dive', component: 'Storage', decision: 'Use S3' }).wait(2);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Crawlers', remedy: 'Add more crawlers' }).wait(0.8);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Database', remedy: 'Add more MySQL servers' }).wait(0.8);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Kafka', remedy: 'Scale Kafka' }).wait(0.8);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Network', remedy: 'More bandwidth' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Kafka', gaveUp: 'RabbitMQ', because: 'popular' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'MySQL', gaveUp: 'MongoDB', because: 'better' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'S3', gaveUp: 'HDFS', because: 'easier' }).wait(0.6);
    s.note({ list: 'risk', text: 'Things might fail' }).wait(1);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [busyWeak];
