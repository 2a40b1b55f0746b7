import { SessionBuilder } from '../../shared/rubric/testing/builder';
import type { CalibrationSource } from './kit';
import { diagram } from './kit';

/**
 * A paired session: a partner interviews, answers the candidate's questions, sends a hint when
 * the design stalls and springs the timer curveball; their private notes and scores travel in
 * the export. The candidate is solid senior: a sound time-bucketed design, one hint needed.
 */
const paired: CalibrationSource = {
  name: 'job-scheduler-paired-senior',
  prompt: 'job-scheduler',
  tag: 'c022',
  make(p) {
    const s = new SessionBuilder(p, 'senior', undefined, 'paired').start().wait(0.3);
    const q1: string[] = [];
    const q2: string[] = [];
    const q3: string[] = [];
    s.note({ list: 'question', text: 'How many jobs, recurring and one-off?' }, q1).wait(0.3);
    s.answered('How many jobs, recurring and one-off?', 'About 5 million recurring definitions firing about 20 times a day, plus 200 million one-off delayed jobs a day. Plan for 10x in two years.', 0, q1[0]).wait(0.4);
    s.note({ list: 'question', text: 'How late may a run be?' }, q2).wait(0.3);
    s.answered('How late may a run be?', 'Within 1 second of the due time normally, never more than 60 seconds late, even at the top of the hour.', 3, q2[0]).wait(0.4);
    s.note({ list: 'question', text: 'Is running twice worse than skipping?' }, q3).wait(0.3);
    s.answered('Is running twice worse than skipping?', 'Never silently skip. Duplicates should be rare and carry the same run ID so handlers can deduplicate.', 4, q3[0]).wait(0.4);
    s.inote('Good opening questions, went straight for lateness and duplicates', ['strength']);
    s.note({ list: 'functional', text: 'Create, update, pause, delete recurring (cron + time zone) and one-off jobs' }).wait(0.3);
    s.note({ list: 'functional', text: 'At due time, deliver the payload to the team\'s target queue; retries with backoff' }).wait(0.3);
    s.note({ list: 'functional', text: 'Run history 30 days' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Dispatch within 1 s, never > 60 s late', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Never skip; duplicates carry the run id', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Created job is durable; losing a node loses no job', quality: 'durability' }).wait(0.6);
    s.enter('estimate').wait(0.3);
    const a: string[] = [];
    const b: string[] = [];
    s.line('recurring = 5M * 20/day', 'other', a).wait(0.4);
    s.line('oneoff = 200M/day', 'write-qps', a).wait(0.4);
    s.line('dispatch = recurring + oneoff', 'read-qps', a).wait(0.4);
    s.line('topofhour = 2M / 60 s', 'peak-qps', b).wait(0.5);
    s.conclude('3.5K dispatches/s on average but 2M jobs at minute 0 is 33K/s for a minute: pre-load due buckets ahead and spread over many dispatchers', b).wait(0.8);
    s.conclude('200M one-offs a day dominate writes (2.3K/s): the job store must partition', a).wait(1);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /jobs {schedule|runAt, tz, target, payload, retry} -> 201 {jobId, nextRun}', purpose: 'Create', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'PATCH /jobs/{id} {paused|schedule}; DELETE /jobs/{id}', purpose: 'Change or remove', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /jobs/{id}/runs?cursor=', purpose: 'History', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Job', fields: 'job_id, team, schedule, tz, target, payload, next_run', store: 'relational database', why: 'Definitions, edited rarely, per-team queries' }).wait(1.2);
    s.note({ list: 'entity', name: 'Due bucket', fields: '(minute, shard) -> job ids due', store: 'key-value store', why: 'Dispatchers read one minute at a time' }).wait(1.3);
    s.note({ list: 'entity', name: 'Run', fields: 'run_id, job_id, attempt, status, error', store: 'wide-column store', why: '30-day TTL, append-heavy' }).wait(1);
    s.enter('high-level').wait(0.3);
    const first = diagram(s, [['cli', 'Team services / CLI'], ['api', 'Job API'], ['db', 'Jobs DB (sharded Postgres)', 'ellipse'], ['kv', 'Due buckets (KV)', 'ellipse']], [['cli', 'api'], ['api', 'db'], ['api', 'kv']], 0.6);
    s.wait(2);
    s.hint('Who takes a job out of its bucket when it is due, and what happens if that machine dies?').wait(0.5);
    s.inote('Stalled on the dispatch side; needed a hint to draw dispatchers and ownership', ['concern']);
    diagram(s, [['zk', 'Coordinator (etcd leases per shard)'], ['disp', 'Dispatchers (one owner per shard)'], ['tq', 'Target queues (SQS/Kafka)'], ['runs', 'Run history (Cassandra)', 'ellipse']],
      [['zk', 'disp'], ['kv', 'disp'], ['disp', 'tq'], ['disp', 'runs']], 0.5, first);
    s.note({ list: 'narrative', text: 'Dispatchers hold an etcd lease per shard, read the next minute\'s bucket ahead, deliver each run with its run id to the target queue, record the run, and compute next_run for recurring jobs' }).wait(2.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Shard ownership and failover', decision: 'Lease per shard with a 10 s TTL; a new owner resumes from the last checkpointed bucket and re-delivers anything unacked with the same run id, so at-least-once with dedupable duplicates' }).wait(3.5);
    s.note({ list: 'deep-dive', component: 'Top-of-hour spike', decision: 'Buckets loaded into memory one minute ahead; 33K/s spread over 64 shards is ~500/s each' }).wait(2.5);
    s.curveball(1).wait(0.5);
    s.jot('curveball: 10M auction timers/day, fire within 100 ms -> minute buckets are too coarse; add a second-granularity in-memory timing wheel in each dispatcher for jobs due in the next minute, loaded from the bucket; 10M/day is only ~116/s extra').wait(2);
    s.inote('Handled the 100 ms curveball well: timing wheel, checked the rate', ['strength']);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '330K/s at the top of the hour', remedy: 'More shards and dispatchers; jitter for jobs that allow it' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '10x', what: 'One team schedules millions of jobs at minute 0', remedy: 'Per-team quotas on runs per minute' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Jobs DB writes from 2B one-offs a day', remedy: 'Store one-offs only in the bucket store, not in Postgres' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'At-least-once with run ids', gaveUp: 'Exactly-once delivery', because: 'Skipping is worse than a duplicate, and handlers can dedup on run id' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Minute buckets plus an in-memory wheel', gaveUp: 'A single sorted index by due time', because: 'Reading one bucket per minute per shard is cheap at 33K/s' }).wait(0.8);
    s.note({ list: 'risk', text: 'Clock skew between dispatchers near the minute boundary' }).wait(0.5);
    s.end();
    s.iscore('scope', 3).iscore('estimation', 3).iscore('api', 3).iscore('data-model', 3).iscore('high-level', 3).iscore('deep-dive', 3).iscore('bottlenecks', 3).iscore('tradeoffs', 3).iscore('time', 3);
    s.inote('Hire at senior: sound design, estimates that decided things; needed one hint on dispatch', ['strength']);
    return s;
  },
};

export const sessions = [paired];
