import { describe, expect, it } from 'vitest';
import { PromptFrontMatter, type PromptReference } from '../schemas/prompt';
import { checkReference, numbersIn } from './check';

const reference: PromptReference = {
  functional: [
    { text: 'Producers send a notification from a template', core: true },
    { text: 'Users choose channels per category', core: true },
    { text: 'Quiet hours hold non-urgent sends', core: true },
    { text: 'Digests group social pushes', core: false },
  ],
  qualities: [
    { quality: 'latency', target: 'login codes reach the provider within 2 s at p99' },
    { quality: 'availability', target: 'the send API accepts 99.95% of requests' },
    { quality: 'durability', target: 'no security alert is lost once accepted; 3 replicas' },
  ],
  api: [
    { signature: 'POST /v1/notifications -> 202', does: 'queues one notification', main: true },
    { signature: 'POST /v1/campaigns -> 202', does: 'queues a campaign', main: false },
    { signature: 'PUT /v1/users/{id}/preferences', does: 'saves preferences', main: false },
  ],
  entities: [
    { name: 'Send record', fields: ['notification_id', 'status'], store: 'wide-column store', why: 'many writes, by id' },
    { name: 'Preference', fields: ['user_id', 'category'], store: 'relational database', why: 'small and must be right' },
    { name: 'Device token', fields: ['user_id', 'token'], store: 'key-value store', why: 'read per send by user' },
  ],
  bottlenecks: [
    { what: 'SMS at campaign peaks', breaks: 'SMS provider', figure: '580/s at peak against a 500/s contract', remedies: ['a token bucket per provider account', 'failover to a second provider'] },
    { what: 'Campaign fan-out', breaks: 'the expansion workers', remedies: ['split the user list into batches'] },
    { what: 'Send log writes', breaks: 'database writes', figure: '58K/s at peak', remedies: ['shard the log by notification id'] },
  ],
  terms: ['push', 'apns', 'fcm', 'template', 'preference', 'quiet hours', 'opt-out', 'device token', 'campaign', 'provider', 'channel', 'priority', 'digest', 'unsubscribe', 'delivery status'],
};

const prompt = (r: PromptReference | undefined) =>
  PromptFrontMatter.parse({
    id: 'n',
    title: 'Design notifications',
    difficulty: 'medium',
    tags: ['fan-out'],
    summary: 'Notifications.',
    brief: 'Design it.',
    answers: [{ asks: ['Provider limits?'], answer: 'Our SMS contract allows 500 messages a second.' }],
    figures: [
      { name: 'Notifications per second', value: '1B/day', stated: '11.6K/s' },
      { name: 'Peak SMS per second', value: '1B/day * 1% * 5', stated: '580/s' },
    ],
    ...(r ? { reference: r } : {}),
  });

const fields = (r: PromptReference) => checkReference(prompt(r)).map((i) => i.path.join('.'));

describe('checkReference', () => {
  it('accepts a reference that meets every minimum, and a prompt without one', () => {
    expect(checkReference(prompt(reference))).toEqual([]);
    expect(checkReference(prompt(undefined))).toEqual([]);
  });

  it('names each list below its minimum', () => {
    const short = { ...reference, functional: reference.functional.slice(0, 3), api: reference.api.slice(0, 2), entities: [], bottlenecks: reference.bottlenecks.slice(0, 2), terms: reference.terms.slice(0, 14) };
    const issues = checkReference(prompt(short));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['reference.functional', 'reference.api', 'reference.entities', 'reference.bottlenecks', 'reference.terms']);
    expect(issues[4]!.message).toBe('14 terms; give at least 15');
  });

  it('asks for 3-6 core features, a main operation and a number in every quality target', () => {
    expect(fields({ ...reference, functional: reference.functional.map((f) => ({ ...f, core: false })) })).toEqual(['reference.functional']);
    expect(fields({ ...reference, api: reference.api.map((o) => ({ ...o, main: false })) })).toEqual(['reference.api']);
    expect(fields({ ...reference, qualities: [...reference.qualities.slice(0, 2), { quality: 'durability', target: 'never lose an alert' }] })).toEqual(['reference.qualities.2.target']);
  });

  it('refuses a remedy that names no known technique or component', () => {
    const bottlenecks = reference.bottlenecks.map((b, i) => (i === 1 ? { ...b, remedies: ['split the user list into batches', 'hope for the best'] } : b));
    const issues = checkReference(prompt({ ...reference, bottlenecks }));
    expect(issues).toEqual([{ path: ['reference', 'bottlenecks', 1, 'remedies', 1], message: '"hope for the best" names no known technique or component (docs/knowledge.md lists them)' }]);
  });

  it("checks that a bottleneck's figure cites a number the prompt holds", () => {
    const at = (figure: string) => fields({ ...reference, bottlenecks: reference.bottlenecks.map((b, i) => (i === 0 ? { ...b, figure } : b)) });
    expect(at('580/s at peak')).toEqual([]);
    expect(at('about 600 a second at peak')).toEqual([]); // within 10% of 580/s
    expect(at('116K/s after 10x growth')).toEqual([]); // 10x the 11.6K/s figure
    expect(at('the 500/s contract')).toEqual([]); // a number the answers state
    expect(at('3,000/s at peak')).toEqual(['reference.bottlenecks.0.figure']);
    expect(at('when campaigns peak')).toEqual(['reference.bottlenecks.0.figure']);
  });

  it('refuses a term given twice', () => {
    expect(fields({ ...reference, terms: [...reference.terms, 'Push'] })).toEqual(['reference.terms.15']);
  });
});

describe('numbersIn', () => {
  it('reads numbers with their scale as prose and the estimation language write them', () => {
    expect(numbersIn('11.6K/s, 50 million users, 45 TB, 1B/day, 500 B, 1,200 rows, 2 s')).toEqual([11_600, 50_000_000, 45e12, 1e9, 500, 1200, 2]);
  });
});
