import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * Box-first senior on metrics and alerting: eleven familiar boxes in the first minutes, before a
 * single question; then requirements that restate the boxes, one figure that decides nothing,
 * a thin API and data model, a deep dive that names a product, and remedies that do not fit the
 * cardinality problem the prompt is about. The alert path is drawn but never explained.
 */
const boxFirst: CalibrationSource = {
  name: 'metrics-alerting-box-first-senior',
  prompt: 'metrics-alerting',
  tag: 'c031',
  make(p) {
    const s = solo(p, 'senior');
    diagram(s, [['ag', 'Agents'], ['gw', 'Ingestion gateway'], ['k', 'Kafka'], ['cs', 'Cassandra', 'ellipse'], ['es', 'Elasticsearch', 'ellipse'],
      ['qs', 'Query service'], ['gr', 'Grafana'], ['ru', 'Rule engine'], ['am', 'Alertmanager'], ['pd', 'PagerDuty'], ['rd', 'Redis', 'ellipse']],
    [['ag', 'gw'], ['gw', 'k'], ['k', 'cs'], ['k', 'es'], ['gr', 'qs'], ['qs', 'cs'], ['qs', 'rd'], ['am', 'pd']], 0.25);
    s.ask('How many hosts and services are we monitoring?', 'About 100,000 hosts running a million containers across 3,000 services. Together they expose about 50 million active time series; a series is one metric name plus one combination of label values, such as http_requests_total for service=cart, status=500, pod=cart-7f9.', 0).wait(0.5);
    s.note({ list: 'functional', text: 'Agents send metrics to the gateway' }).wait(0.4);
    s.note({ list: 'functional', text: 'Dashboards in Grafana' }).wait(0.4);
    s.note({ list: 'functional', text: 'Alerts go to PagerDuty' }).wait(0.4);
    s.note({ list: 'non-functional', text: 'Highly available', quality: 'availability' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Handles lots of data', quality: 'scale' }).wait(1.2);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('series = 50M', 'other', l).wait(0.6);
    s.line('hosts = 100K', 'other', l).wait(0.6);
    s.conclude('This is big data so we need Kafka and Cassandra', l).wait(2.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /metrics', purpose: 'send metrics', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /query', purpose: 'Grafana queries', main: false }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Metric', fields: 'name, labels, value, timestamp', store: 'wide-column store', why: 'Cassandra is good for time series' }).wait(2);
    s.note({ list: 'entity', name: 'Alert', fields: 'id, name, query, threshold', store: 'document store', why: 'flexible' }).wait(2);
    s.enter('high-level').wait(0.3);
    s.note({ list: 'narrative', text: 'Agents push to the ingestion gateway, which writes to Kafka. Consumers write metrics to Cassandra and labels to Elasticsearch. Grafana calls the query service which reads Cassandra with Redis as a cache. The rule engine checks the alerts and Alertmanager sends them to PagerDuty.' }).wait(6);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Storage', decision: 'Use Cassandra with the metric name as partition key so it scales horizontally' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Alerting', decision: 'Use Alertmanager, it handles grouping' }).wait(4);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Too many metrics', remedy: 'Add more Kafka partitions and Cassandra nodes' }).wait(2.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Queries are slow', remedy: 'Add an index' }).wait(2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Push', gaveUp: 'Pull', because: 'Simpler for agents' }).wait(1.5);
    s.note({ list: 'tradeoff', chose: 'Cassandra', gaveUp: 'Postgres', because: 'Scales better' }).wait(2);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [boxFirst];
