import fc from 'fast-check';
import { Quality, StoreKind } from '../../notes/item';
import { EstimateTag } from '../../estimate/pad';
import { SessionEvent, type EventDraft } from '../../session/events';
import type { PromptSnapshot } from '../../session/exportFile';
import { samplePlan } from '../../session/testing/samplePlan';

// Arbitrary session logs for property tests of the rubric: any mix of events the schema allows.

const text = fc.oneof(fc.constantFrom('', 'cache', 'Redis cache', 'key-value store', 'Code generation', 'CDN', '100x'), fc.string({ maxLength: 40 }));
const ids = fc.constantFrom('a', 'b', 'c', 'd');
const padText = fc.oneof(fc.constantFrom('writes = 10M/day', 'reads = writes * 100', 'storage = 18B * 500 B', 'peak = 3 *', 'x = 1/0', '62^7', ''), fc.string({ maxLength: 30 }));

const body = fc.oneof(
  fc.record({ list: fc.constantFrom('question', 'functional', 'out-of-scope', 'assumption', 'narrative', 'risk', 'open-question'), text }),
  fc.record({ list: fc.constant('non-functional'), text, quality: fc.option(fc.constantFrom(...Quality.options)) }),
  fc.record({ list: fc.constant('operation'), signature: text, purpose: text, main: fc.boolean() }),
  fc.record({ list: fc.constant('entity'), name: text, fields: text, store: fc.option(fc.constantFrom(...StoreKind.options)), why: text }),
  fc.record({ list: fc.constant('deep-dive'), component: text, decision: text }),
  fc.record({ list: fc.constant('bottleneck'), scale: fc.constantFrom('10x', '100x'), what: text, remedy: text }),
  fc.record({ list: fc.constant('tradeoff'), chose: text, gaveUp: text, because: text }),
);

/** Shapes, texts bound to them or free, and arrows bound to anything or nothing. */
const element = fc.oneof(
  fc.record({ id: ids, type: fc.constantFrom('rectangle', 'ellipse', 'diamond'), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), width: fc.integer({ min: 0, max: 300 }), height: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ id: fc.constantFrom('t1', 't2'), type: fc.constant('text'), text, containerId: fc.option(ids), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
  fc.record({ id: fc.constantFrom('r1', 'r2'), type: fc.constant('arrow'), x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }), points: fc.constant([[0, 0], [120, 40]]), startBinding: fc.option(fc.record({ elementId: ids })), endBinding: fc.option(fc.record({ elementId: ids })) }),
).chain((e) => fc.record({ version: fc.nat(5), isDeleted: fc.boolean() }).map((v) => ({ ...e, ...v, versionNonce: 1, index: null })));

const draft: fc.Arbitrary<EventDraft> = fc.oneof(
  fc.constantFrom<EventDraft>({ type: 'session.started', payload: {} }, { type: 'session.resumed', payload: {} }, { type: 'session.ended', payload: {} }, { type: 'session.paused', payload: { reason: 'user' } }),
  fc.record({ type: fc.constant('phase.entered' as const), payload: fc.record({ index: fc.nat(4), via: fc.constantFrom('next' as const, 'previous' as const) }) }),
  fc.record({ type: fc.constant('phase.extended' as const), payload: fc.record({ minutes: fc.constantFrom(1 as const, 2 as const) }) }),
  fc.record({ type: fc.constant('notes.changed' as const), payload: fc.record({ phase: fc.constantFrom('clarify', 'design', 'nowhere'), text }) }),
  fc.record({ type: fc.constant('note.added' as const), payload: fc.record({ id: ids, index: fc.nat(5), body }) }),
  fc.record({ type: fc.constant('note.edited' as const), payload: fc.record({ id: ids, body }) }),
  fc.record({ type: fc.constant('note.removed' as const), payload: fc.record({ id: ids }) }),
  fc.record({ type: fc.constant('note.moved' as const), payload: fc.record({ id: ids, index: fc.nat(5) }) }),
  fc.record({ type: fc.constant('interviewer.asked' as const), payload: fc.record({ question: fc.string({ minLength: 1, maxLength: 20 }), reply: text, answer: fc.option(fc.nat(3)), score: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }) }),
  fc.record({
    type: fc.constant('scratchpad.changed' as const),
    payload: fc.record({
      lines: fc.array(fc.record({ id: ids, text: padText, tag: fc.option(fc.constantFrom(...EstimateTag.options)) }), { maxLength: 5 }),
      conclusions: fc.array(fc.record({ id: fc.constantFrom('k1', 'k2'), text, lineIds: fc.array(ids, { maxLength: 2 }) }), { maxLength: 2 }),
    }),
  }),
  fc.record({ type: fc.constant('canvas.changed' as const), payload: fc.record({ added: fc.array(element, { maxLength: 4 }), changed: fc.array(element, { maxLength: 2 }), deleted: fc.constant([]), files: fc.constant([]) }) }),
) as fc.Arbitrary<EventDraft>;

/** A valid log for `prompt`: session.created first, then any events, each checked against the log's own schema. */
export const arbitraryLog = (prompt: Pick<PromptSnapshot, 'id' | 'title'>) => fc.tuple(fc.array(fc.tuple(draft, fc.nat(120_000), fc.constantFrom('clarify', 'design', 'wrap-up')), { maxLength: 60 }), fc.constantFrom('mid' as const, 'senior' as const, 'staff' as const)).map(([drafts, level]) => {
  const created: EventDraft = { type: 'session.created', payload: { prompt: { id: prompt.id, title: prompt.title }, plan: samplePlan, mode: 'solo', level } };
  let t = 0;
  const events = [[created, 0, 'clarify'] as const, ...drafts].map(([d, step, phase], i) => {
    t += step;
    return SessionEvent.parse({ v: 1, seq: i + 1, t, at: 1_000_000 + t, phase, ...d });
  });
  return { events, level };
});

