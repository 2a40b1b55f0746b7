import { describe, expect, it } from 'vitest';
import { shippedPrompt } from '../testing/prompts';
import type { Draft } from './draft';
import type { Section } from './sections';
import { readFreeText } from './shorthand';
import { targetOf } from './target';
import { flowsIn } from './flow';
import { estimateFromText, sizeOfAPart } from './estimate';

// A design document in the free notes (headings, bullets, whole sentences, code spans) holds the
// same claims as the shorthand and the structured lists: the same content earns the same credit.

const chat = shippedPrompt('ai-chat-assistant');
const read = (text: string, start?: Section): Draft[] => readFreeText(text, { start, prompt: chat }).flatMap((r) => r.drafts);

describe('a design doc in prose', () => {
  it('a bottleneck sentence, then a sentence with its remedy, is one bottleneck with that remedy', () => {
    const [b, ...rest] = read('- At 10x we need about 21M output tokens per second at peak, roughly 2,100 GPU nodes. I would quantise weights and KV cache to 8 bits and spread the fleet over every region.', 'bottleneck');
    expect(rest).toEqual([]);
    expect(b).toMatchObject({ kind: 'bottleneck', atLoad: '10x', remedy: expect.stringMatching(/^I would quantise weights/) });
  });

  it('"what breaks: what to do" after a colon is the bottleneck and its remedy', () => {
    expect(read('- The gateway holds 420K open streams at 10x: more gateway instances behind a connection-aware load balancer.', 'bottleneck')).toEqual([
      { kind: 'bottleneck', what: 'The gateway holds 420K open streams', atLoad: '10x', remedy: 'more gateway instances behind a connection-aware load balancer' },
    ]);
  });

  it('HTTP calls in code spans inside a sentence are operations, each with the sentence as its purpose', () => {
    const ops = read('- The hot path is `POST /v1/conversations/{id}/messages` with `{clientMessageId, content}`: it answers `200 text/event-stream`.', 'api');
    expect(ops).toEqual([expect.objectContaining({ kind: 'api', method: 'POST', path: '/v1/conversations/{id}/messages', main: true })]);
    const two = read('- `GET /v1/conversations?cursor=` lists conversations newest first; `GET /v1/conversations/{id}/messages?cursor=` pages through one.', 'api');
    expect(two.map((d) => d.kind === 'api' && d.path)).toEqual(['/v1/conversations?cursor=', '/v1/conversations/{id}/messages?cursor=']);
    // "`POST`, `PATCH` and `DELETE /v1/conversations/{id}`": three verbs on one path.
    expect(read('- `POST`, `PATCH` and `DELETE /v1/conversations/{id}` create, rename and delete.', 'api')).toEqual([expect.objectContaining({ kind: 'api', path: '/v1/conversations/{id}' })]);
  });
});

describe('targets stated as none lost', () => {
  it('"0 lost clicks" and "zero data loss" are measurable durability targets', () => {
    expect(targetOf('billing exactly-once, 0 lost clicks')).toBe('0 lost clicks');
    expect(targetOf('zero data loss once acknowledged')).toBe('zero data loss');
    expect(read('SLO: 0 lost clicks once acknowledged')).toContainEqual(expect.objectContaining({ kind: 'requirement', type: 'quality', quality: 'durability', target: '0 lost clicks' }));
    expect(read('SLO: billing exactly-once, 0 lost clicks')).toContainEqual(expect.objectContaining({ kind: 'requirement', type: 'quality', target: '0 lost clicks' }));
    // A zero that counts nothing lost is no target: "0 downtime deploys" says how, not what is kept.
    expect(targetOf('add 0 new services')).toBeUndefined();
  });
});

describe('chains of arrows in free notes', () => {
  const pairs = (text: string) => flowsIn(text).map((f) => `${f.from}>${f.to}`);
  it('a label before the chain names the flow and is no part of it', () => {
    expect(pairs('upload: client -> api -> s3')).toEqual(['client>api', 'api>s3']);
  });

  it('";" ends one chain and starts another, and a step that is no name ends the chain it is in', () => {
    expect(pairs('client -> api; worker -> db')).toEqual(['client>api', 'worker>db']);
    expect(pairs('click: sdk → LB → collector → kafka (acks=all) → 302; flink reads kafka → dedupe')).toEqual(['sdk>LB', 'LB>collector', 'collector>kafka', 'flink reads kafka>dedupe']);
  });
});

describe('entities told in sentences, where the data model is written', () => {
  it('"X live in <store>, partitioned by K, with a, b and c. Why." is an entity with its key, fields, store and reason', () => {
    const [e, ...rest] = read('- Messages live in Cassandra, partitioned by conversation_id and clustered by seq, with message_id, parent_id, role and content. Loading a conversation is one partition read.', 'data');
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'entity', name: 'Messages', key: 'conversation_id', store: 'wide-column store', reason: expect.stringMatching(/^Loading a conversation is one partition read/) });
    expect((e as { fields: string[] }).fields).toEqual(expect.arrayContaining(['conversation_id', 'message_id', 'parent_id', 'role', 'content']));
  });

  it('"X are <store> keys per K, holding a and b, because …" and "Each X has a <store> keyed by K" read the same way', () => {
    expect(read('- Quota counters are Redis keys per user_id and window, holding used and reserved, because every message checks and reserves atomically.', 'data')).toEqual([
      expect.objectContaining({ kind: 'entity', name: 'Quota counters', store: 'cache', reason: 'every message checks and reserves atomically' }),
    ]);
    expect(read('- Each reply has a Redis stream keyed by reply_id with its tokens for 10 minutes; that is what a reconnecting client replays from.', 'data')).toEqual([
      expect.objectContaining({ kind: 'entity', name: 'reply', key: 'reply_id', store: 'cache', reason: expect.stringMatching(/reconnecting client/) }),
    ]);
    // A sentence that names a store but no thing kept in it is no entity.
    expect(read('We will probably use Cassandra here.', 'data')).toEqual([]);
  });
});

describe('what a size is the size of', () => {
  it('an index, a cache or in-memory state is not the storage of the data', () => {
    expect(estimateFromText('geo index ~ 6.4GB', true)?.estimate.tag).toBeUndefined();
    expect(estimateFromText('bloom filter storage = 10B * 10 bit', true)?.estimate.tag).toBeUndefined();
    expect(estimateFromText('storage 10M/day*500B*5y = 9TB', true)?.estimate.tag).toBe('storage');
    expect(sizeOfAPart('dedup_state')).toBe(true);
  });
});
