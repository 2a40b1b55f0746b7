import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A box-first mid-level job-scheduler session: nine familiar boxes in the first minutes, drawn
 * before any question, then requirements that restate the boxes, one figure, a thin API and data
 * model, a deep dive where every scheduler polls the same table each minute (so two of them fire a
 * job twice and the top-of-the-hour herd is late), read replicas for a write-heavy table, and
 * trade-offs without a reason that names a quality or a number.
 */
const boxFirst: CalibrationSource = {
  name: 'job-scheduler-box-first-mid',
  prompt: 'job-scheduler',
  tag: 'c036',
  make(p) {
    const s = solo(p, 'mid');
    diagram(s, [['cl', 'Client'], ['lb', 'Load balancer', 'diamond'], ['api', 'Job API'], ['db', 'MySQL jobs', 'ellipse'], ['sc', 'Scheduler'],
      ['k', 'Kafka'], ['w', 'Workers'], ['rd', 'Redis', 'ellipse'], ['zk', 'ZooKeeper']],
    [['cl', 'lb'], ['lb', 'api'], ['api', 'db'], ['sc', 'db'], ['sc', 'k'], ['k', 'w'], ['api', 'rd']], 0.3);
    s.ask('How many jobs are there?', 'About 5 million recurring job definitions are active, firing about 20 times a day on average (some every 5 minutes, most hourly or daily). On top of that, teams create about 200 million one-off delayed jobs a day: reminders, retry-later tasks, expiring holds. Plan for 10x within two years.', 0).wait(0.5);
    s.note({ list: 'functional', text: 'Create jobs through the Job API' }).wait(0.3);
    s.note({ list: 'functional', text: 'Scheduler runs the jobs' }).wait(0.3);
    s.note({ list: 'functional', text: 'Workers execute jobs from Kafka' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Jobs run on time', quality: 'latency' }).wait(0.3);
    s.note({ list: 'non-functional', text: 'Highly available', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    const l: string[] = [];
    s.line('jobs = 200M/day', 'write-qps', l).wait(0.5);
    s.conclude('About 2.3K jobs per second, so the system must scale', l).wait(2.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /jobs {cron, payload}', purpose: 'create a job', main: true }).wait(0.8);
    s.note({ list: 'operation', signature: 'GET /jobs/{id}', purpose: 'get a job', main: false }).wait(2);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Job', fields: 'id, cron, payload, next_run, status', store: 'relational database', why: 'MySQL is what we already use' }).wait(3);
    s.enter('high-level').wait(0.3);
    s.note({ list: 'narrative', text: 'The client calls the Job API through the load balancer and the job is saved in MySQL. The scheduler reads due jobs from MySQL and puts them on Kafka, workers run them. ZooKeeper and Redis are for coordination and caching.' }).wait(7);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Scheduler', decision: 'Every scheduler instance runs SELECT * FROM jobs WHERE next_run <= now() once a minute, sends each job to Kafka and sets next_run from the cron expression' }).wait(5);
    s.note({ list: 'deep-dive', component: 'Retries', decision: 'Workers retry a failed job 3 times' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'MySQL gets too many writes', remedy: 'Add read replicas' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Scheduler overloaded', remedy: 'Run more schedulers' }).wait(2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Kafka', gaveUp: 'SQS', because: 'we know it' }).wait(1);
    s.note({ list: 'tradeoff', chose: 'MySQL', gaveUp: 'Cassandra', because: 'simpler' }).wait(1.5);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [boxFirst];
