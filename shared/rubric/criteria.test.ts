import { describe, expect, it } from 'vitest';
import type { NoteBody } from '../notes/item';
import type { EventOf, SessionEvent } from '../session/events';
import type { CriterionId } from './report';
import { scoreSession } from './score';
import { arrow, box, SessionBuilder } from './testing/builder';

const arrowFrom = (from: string, to: string) => arrow(`${from}-${to}`, { id: from, x: 300, y: 100 }, { id: to, x: 900, y: 100 });
import { beforeEnd, changed, insertAfter, without } from './testing/edit';
import { urlShortener } from './testing/fixtures';
import { shippedPrompt } from './testing/prompts';
import { strongSession, weakSession } from './testing/sessions';

const strong = strongSession(urlShortener).build();
const weak = weakSession(urlShortener).build();

function criterion(events: SessionEvent[], id: CriterionId) {
  return scoreSession({ prompt: urlShortener, events, level: 'senior' }).criteria.find((c) => c.id === id)!;
}
const scoreOf = (events: SessionEvent[], id: CriterionId) => criterion(events, id).score;

const isNote =
  <L extends NoteBody['list']>(list: L, test: (body: Extract<NoteBody, { list: L }>) => boolean = () => true) =>
  (e: SessionEvent): e is EventOf<'note.added'> =>
    e.type === 'note.added' && e.payload.body.list === list && test(e.payload.body as Extract<NoteBody, { list: L }>);
const lastPad = (events: SessionEvent[]) => events.filter((e): e is EventOf<'scratchpad.changed'> => e.type === 'scratchpad.changed').at(-1)!.payload;
const note = (body: NoteBody): { type: 'note.added'; payload: { id: string; index: number; body: NoteBody } } => ({ type: 'note.added', payload: { id: `extra-${body.list}`, index: 99, body } });

// Each pair: the strong session, and the same session with one piece of evidence changed.
describe('each criterion moves with one piece of evidence', () => {
  it('Scope: a box drawn before any requirement costs a point', () => {
    const early = insertAfter(strong, (e) => e.type === 'session.started', { type: 'canvas.changed', payload: { added: box('early', 'Server', 0, 0), changed: [], deleted: [], files: [] } });
    expect(scoreOf(strong, 'scope')).toBe(4);
    expect(scoreOf(early, 'scope')).toBe(3);
    expect(criterion(early, 'scope').evidence).toContainEqual(expect.objectContaining({ kind: 'moment', positive: false, ref: 'early', t: 0 }));
  });

  it('Estimation: conclusions tied to lines earn more than the same numbers alone', () => {
    const pad = lastPad(strong);
    const untied = beforeEnd(strong, { type: 'scratchpad.changed', payload: { ...pad, conclusions: pad.conclusions.map((c) => ({ ...c, lineIds: [] })) } });
    expect(scoreOf(strong, 'estimation')).toBe(4);
    // v1 gave the untied numbers 2; numbers that decide nothing stop at 1 (the ladder's own words).
    expect(scoreOf(untied, 'estimation')).toBe(1);
    expect(criterion(untied, 'estimation').notCounted).toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^rests on no estimate/) }));
  });

  it('Estimation: the top needs the key numbers each to decide something, not two conclusions among five figures', () => {
    const pad = lastPad(strong);
    const two = beforeEnd(strong, { type: 'scratchpad.changed', payload: { ...pad, conclusions: pad.conclusions.slice(0, 2) } });
    expect(scoreOf(strong, 'estimation')).toBe(4);
    expect(scoreOf(two, 'estimation')).toBe(3);
    expect(criterion(two, 'estimation').tip).toMatch(/third conclusion/);
    // One conclusion may hold two decisions, each a clause of its own; "use" decides as well.
    const packed = beforeEnd(strong, {
      type: 'scratchpad.changed',
      payload: { ...pad, conclusions: [pad.conclusions[0]!, { ...pad.conclusions[2]!, text: 'About 9 TB over five years: use a partitioned key-value store; 7 base62 characters are enough' }] },
    });
    expect(scoreOf(packed, 'estimation')).toBe(4);
  });

  it('Estimation: a named estimate more than 10x off the reference is flagged', () => {
    const pad = lastPad(strong);
    const off = beforeEnd(strong, { type: 'scratchpad.changed', payload: { ...pad, lines: pad.lines.map((l) => (l.text.startsWith('storage') ? { ...l, text: 'storage = links * 500 KB' } : l)) } });
    // A point for the flag, and the storage conclusion resting on it no longer counts, so the top rung goes too.
    expect(scoreOf(off, 'estimation')).toBe(2);
    const flagged = criterion(off, 'estimation').evidence.filter((e) => !e.positive && e.kind === 'estimate');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]!.text).toMatch(/1000× above the reference storage/);
  });

  it('API: marking the main path', () => {
    const unmarked = changed(strong, isNote('operation', (b) => b.main), (p) => ({ ...p, body: { ...p.body, main: false } as NoteBody }));
    expect(scoreOf(strong, 'api')).toBe(4);
    expect(scoreOf(unmarked, 'api')).toBe(3);
    expect(criterion(unmarked, 'api').tip).toMatch(/main path/);
  });

  it('API: a call on the same resource as one the design needs stands for it, whatever its verb', () => {
    const feed = shippedPrompt('news-feed');
    const session = (follow: string) =>
      new SessionBuilder(feed, 'mid')
        .start()
        .enter('api')
        .note({ list: 'operation', signature: 'GET /feed?cursor= -> {posts[], nextCursor}', purpose: 'Read the home feed', main: true })
        .note({ list: 'operation', signature: 'POST /posts {text} -> 201 {postId}', purpose: 'Create a post', main: false })
        .note({ list: 'operation', signature: follow, purpose: 'Follow', main: false })
        .end()
        .build();
    const apiOf = (events: SessionEvent[]) => scoreSession({ prompt: feed, events, level: 'mid' }).criteria.find((c) => c.id === 'api')!;
    expect(apiOf(session('POST /follows/{userId}')).descriptor).toMatch(/3 of the 5 operations/);
    expect(apiOf(session('POST /subscriptions/{userId}')).descriptor).toMatch(/2 of the 5 operations/);
  });

  it('Data model: an entity without a store', () => {
    const storeless = beforeEnd(strong, note({ list: 'entity', name: 'Click', fields: 'code, at', store: null, why: '' }));
    expect(scoreOf(strong, 'data-model')).toBe(4);
    expect(scoreOf(storeless, 'data-model')).toBe(3);
    expect(criterion(storeless, 'data-model').tip).toBe('Give Click a store and a reason.');
  });

  it('Data model: a store that does not fit the access pattern', () => {
    const relational = strong.map((e) =>
      e.type === 'note.added' && e.payload.body.list === 'entity' ? { ...e, payload: { ...e.payload, body: { ...e.payload.body, store: 'relational database' as const } } } : e,
    );
    expect(scoreOf(relational, 'data-model')).toBe(3);
  });

  it('Data model: a reason that only says the store is familiar is no reason', () => {
    const habit = changed(strong, isNote('entity', (b) => b.name === 'Link'), (p) => ({ ...p, body: { ...p.body, why: 'Familiar, same DB as the rest' } as NoteBody }));
    // The main entity chosen by habit: what is argued (the cache entry) covers a third of the model, so no top rung either.
    expect(scoreOf(habit, 'data-model')).toBe(2);
    expect(criterion(habit, 'data-model').evidence).toContainEqual(expect.objectContaining({ positive: false, text: expect.stringContaining('the reason says nothing about how the data is used') }));
  });

  it('Data model: stores that fit by luck, with no key and no access pattern, miss the top point', () => {
    const bare = strong.map((e) =>
      e.type === 'note.added' && e.payload.body.list === 'entity' ? { ...e, payload: { ...e.payload, body: { ...e.payload.body, fields: 'long_url, created_at', why: 'Scales well' } as NoteBody } } : e,
    );
    expect(scoreOf(bare, 'data-model')).toBeLessThan(4);
    expect(criterion(bare, 'data-model').tip).toMatch(/key of Link/);
  });

  it('Data model: one entity of the three this design stores stops at 2, however well its store is chosen', () => {
    const one = without(strong, isNote('entity', (b) => b.name === 'Hot link'));
    expect(scoreOf(one, 'data-model')).toBe(2);
    expect(criterion(one, 'data-model').tip).toMatch(/Model the rest of what this design stores, such as (Hot link|ID range)/);
  });

  it('High-level design: the narrative', () => {
    const silent = without(strong, isNote('narrative'));
    expect(scoreOf(strong, 'high-level')).toBe(4);
    expect(scoreOf(silent, 'high-level')).toBe(3);
  });

  it('High-level design: familiar parts count only when the flow joins them', () => {
    // The same boxes with only the store's arrows left: the browser, CDN, load balancer and cache sit apart.
    const cut = new Set(['a1', 'a2', 'a3', 'a4', 'a5', 'a7']);
    const apart = strong.map((e) => (e.type === 'canvas.changed' ? { ...e, payload: { ...e.payload, added: e.payload.added.filter((x) => !cut.has(x.id)) } } : e));
    expect(scoreOf(strong, 'high-level')).toBe(4);
    expect(scoreOf(apart, 'high-level')).toBeLessThanOrEqual(2);
    expect(criterion(apart, 'high-level').evidence).toContainEqual(expect.objectContaining({ positive: false, ref: 'cache', text: expect.stringMatching(/joined to nothing/) }));
  });

  it('High-level design: an arrow straight from a queue into a store is a flow that cannot happen', () => {
    // Nothing reads the queue to write the store: the design's path is broken at that step.
    const queued = insertAfter(strong, (e) => e.type === 'canvas.changed' && e.payload.added.some((x) => x.id === 'a8'), {
      type: 'canvas.changed',
      payload: { added: [...box('q', 'Kafka', 1250, 500), arrow('q1', { id: 'create', x: 750, y: 320 }, { id: 'q', x: 1250, y: 500 }), arrow('q2', { id: 'q', x: 1250, y: 500 }, { id: 'kv', x: 1000, y: 320 })], changed: [], deleted: [], files: [] },
    });
    expect(scoreOf(strong, 'high-level')).toBe(4);
    expect(scoreOf(queued, 'high-level')).toBe(3);
    expect(criterion(queued, 'high-level').evidence).toContainEqual(expect.objectContaining({ positive: false, ref: 'q2', text: expect.stringMatching(/nothing reads/) }));
    // A topic archived to object storage by its sink connector (Kafka Connect, Firehose) is a step that happens.
    const archived = insertAfter(strong, (e) => e.type === 'canvas.changed' && e.payload.added.some((x) => x.id === 'a8'), {
      type: 'canvas.changed',
      payload: { added: [...box('q', 'Kafka', 1250, 500), ...box('s3', 'S3 archive', 1500, 500, 'ellipse'), arrow('q1', { id: 'create', x: 750, y: 320 }, { id: 'q', x: 1250, y: 500 }), arrow('q3', { id: 'q', x: 1250, y: 500 }, { id: 's3', x: 1500, y: 500 })], changed: [], deleted: [], files: [] },
    });
    expect(scoreOf(archived, 'high-level')).toBe(4);
  });

  it('High-level design: a request goes through the parts it needs, in an order their kinds allow', () => {
    const withArrow = (id: string, from: { id: string; x: number; y: number }, to: { id: string; x: number; y: number }) =>
      insertAfter(strong, (e) => e.type === 'canvas.changed' && e.payload.added.some((x) => x.id === 'a8'), { type: 'canvas.changed', payload: { added: [arrow(id, from, to)], changed: [], deleted: [], files: [] } });
    // The browser reading the key-value store itself: no service checks or shapes the request.
    const direct = withArrow('x1', { id: 'client', x: 0, y: 200 }, { id: 'kv', x: 1000, y: 320 });
    expect(scoreOf(direct, 'high-level')).toBe(3);
    expect(criterion(direct, 'high-level').evidence).toContainEqual(expect.objectContaining({ positive: false, ref: 'x1', text: expect.stringMatching(/"Browser" → "KV store \(DynamoDB\)": .*directly/) }));
    // A load balancer spreads requests over servers; it does not write a store.
    expect(scoreOf(withArrow('x2', { id: 'lb', x: 500, y: 200 }, { id: 'kv', x: 1000, y: 320 }), 'high-level')).toBe(3);
    // A cache in front of the store, as the strong session draws it, is a sound step.
    expect(scoreOf(withArrow('x3', { id: 'cache', x: 1000, y: 100 }, { id: 'kv', x: 1000, y: 320 }), 'high-level')).toBe(4);
  });

  it('High-level design: boxes drawn before any requirement or estimate are not a strong design, and a broken flow on top costs another point', () => {
    const first = (events: SessionEvent[]) => {
      const started = events.find((e) => e.type === 'session.started')!;
      const canvas = events.filter((e) => e.type === 'canvas.changed').map((e) => ({ ...e, t: started.t, at: started.at, phase: started.phase }));
      const rest = events.filter((e) => e.type !== 'canvas.changed');
      const i = rest.indexOf(started);
      return [...rest.slice(0, i + 1), ...canvas, ...rest.slice(i + 1)].map((e, n) => ({ ...e, seq: n + 1 }));
    };
    const boxFirst = first(strong);
    expect(scoreOf(boxFirst, 'high-level')).toBe(3);
    expect(criterion(boxFirst, 'high-level').evidence).toContainEqual(expect.objectContaining({ kind: 'moment', positive: false, text: expect.stringMatching(/before any requirement or estimate/) }));
    const broken = first(insertAfter(strong, (e) => e.type === 'canvas.changed' && e.payload.added.some((x) => x.id === 'a8'), { type: 'canvas.changed', payload: { added: [arrow('x1', { id: 'client', x: 0, y: 200 }, { id: 'kv', x: 1000, y: 320 })], changed: [], deleted: [], files: [] } }));
    expect(scoreOf(broken, 'high-level')).toBe(2);
  });

  it('High-level design: expected components missing from the diagram and the notes are named', () => {
    const missing = criterion(weak, 'high-level').evidence.filter((e) => e.kind === 'missing').map((e) => e.text);
    expect(missing).toEqual(expect.arrayContaining([expect.stringMatching(/^No cache,/), expect.stringMatching(/^No load balancer,/), expect.stringMatching(/^No key-value store,/)]));
    const cached = beforeEnd(weak, { type: 'canvas.changed', payload: { added: box('c', 'Redis', 900, 100), changed: [], deleted: [], files: [] } });
    expect(criterion(cached, 'high-level').evidence.filter((e) => e.kind === 'missing').map((e) => e.text)).not.toContainEqual(expect.stringMatching(/^No cache,/));
  });

  it('High-level design: a component only named in the notes still counts, with that note as evidence', () => {
    const noted = beforeEnd(weak, note({ list: 'narrative', text: 'Put a Redis cache in front of the database' }));
    expect(criterion(noted, 'high-level').evidence).toContainEqual(expect.objectContaining({ kind: 'note', text: 'cache: named in the notes, not drawn', ref: 'extra-narrative' }));
  });

  it('High-level design: one box stands for one expected component, however many its label names', () => {
    // The weak session's Server -> Database, plus one box whose label names four parts of the design.
    const crammed = beforeEnd(weak, { type: 'canvas.changed', payload: { added: [...box('all', 'Load balancer, redirect service, Redis cache and KV store', 900, 100), { ...arrowFrom('server', 'all') }], changed: [], deleted: [], files: [] } });
    const covering = criterion(crammed, 'high-level').evidence.filter((e) => e.kind === 'diagram' && e.positive && e.ref === 'all' && /: "/.test(e.text));
    expect(covering).toHaveLength(1);
    expect(scoreOf(crammed, 'high-level')).toBeLessThanOrEqual(2);
  });

  it('High-level design: a narrative over a diagram that covers under half of the design earns nothing more', () => {
    const told = beforeEnd(weak, note({ list: 'narrative', text: 'A redirect goes from the server to the database, which looks up the short code and returns the long URL' }));
    expect(criterion(told, 'high-level').evidence).toContainEqual(expect.objectContaining({ kind: 'note', positive: true, ref: 'extra-narrative' }));
    // At mid, where no level expectation can hide the difference.
    const atMid = (events: SessionEvent[]) => scoreSession({ prompt: urlShortener, events, level: 'mid' }).criteria.find((c) => c.id === 'high-level')!.score;
    expect(atMid(told)).toBe(atMid(weak));
  });

  it('Deep dive: a second topic of the prompt', () => {
    const one = without(strong, isNote('deep-dive', (b) => b.component === 'Redirect read path'));
    expect(scoreOf(strong, 'deep-dive')).toBe(4);
    expect(scoreOf(one, 'deep-dive')).toBe(3);
    expect(criterion(one, 'deep-dive').tip).toMatch(/The redirect read path|Expiry and takedown/);
  });

  it('Deep dive: a dive on nothing the prompt asks about earns less than one on its topic', () => {
    const offTopic = changed(strong, isNote('deep-dive', (b) => b.component === 'Redirect read path'), (p) => ({ ...p, body: { list: 'deep-dive', component: 'Logging', decision: 'Ship logs to a central store' } }));
    expect(scoreOf(offTopic, 'deep-dive')).toBe(3);
  });

  it('Deep dive: a decision earns its points with its mechanism and reason; a few words, a product name or the topic restated earn nothing more', () => {
    const dives = (a: string, b: string) =>
      changed(
        changed(strong, isNote('deep-dive', (x) => x.component === 'Code generation'), (p) => ({ ...p, body: { list: 'deep-dive', component: 'Code generation', decision: a } })),
        isNote('deep-dive', (x) => x.component === 'Redirect read path'),
        (p) => ({ ...p, body: { list: 'deep-dive', component: 'Redirect read path', decision: b } }),
      );
    // Restating the topic and naming a product are no decisions: the dives were looked at, nothing more.
    const bare = dives('Generate the codes', 'Use Redis');
    expect(scoreOf(bare, 'deep-dive')).toBe(1);
    expect(criterion(bare, 'deep-dive').evidence).toContainEqual(expect.objectContaining({ positive: false, text: expect.stringMatching(/Use Redis.*no mechanism and reason/) }));
    // A mechanism without why: on the topic, but not yet a decision an interviewer can weigh.
    expect(scoreOf(dives('Base62 of a counter', 'Cache-aside in Redis'), 'deep-dive')).toBe(2);
    // With its reason or its numbers, each is a decision on a topic this problem turns on.
    expect(scoreOf(dives('Base62 of a leased counter range, 7 characters', 'Cache-aside in Redis because mappings never change'), 'deep-dive')).toBe(4);
  });

  it('Bottlenecks: a bottleneck without a remedy does not count', () => {
    const unfixed = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, remedy: '' } as NoteBody }));
    expect(scoreOf(strong, 'bottlenecks')).toBe(4);
    expect(scoreOf(unfixed, 'bottlenecks')).toBe(3);
    // Listed once, under Not counted, with the techniques that would fit (not also as a line against).
    expect(criterion(unfixed, 'bottlenecks').notCounted).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^Storage reaches hundreds of TB/), reason: expect.stringMatching(/^no remedy: .*sharding/) }));
    expect(criterion(unfixed, 'bottlenecks').evidence.filter((e) => e.text.includes('Storage reaches hundreds of TB'))).toEqual([]);
  });

  it('Bottlenecks: a remedy that does not answer the problem is not counted as a fitting one', () => {
    const misfit = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, what: 'The links no longer fit in one node\'s memory', remedy: 'Add read replicas' } as NoteBody }));
    expect(scoreOf(misfit, 'bottlenecks')).toBe(3);
    expect(criterion(misfit, 'bottlenecks').notCounted).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('does not answer storage growth') }));
  });

  // A remedy of the wrong family fixes nothing: the problem was seen, not solved (judged 0 in the calibration set).
  it('Bottlenecks: only misfitting remedies score 0', () => {
    const misfits = strong.map((e) =>
      e.type === 'note.added' && e.payload.body.list === 'bottleneck' ? { ...e, payload: { ...e.payload, body: { ...e.payload.body, what: 'Link writes at 1,200/s hit one partition', remedy: 'Add read replicas' } as NoteBody } } : e,
    );
    expect(scoreOf(misfits, 'bottlenecks')).toBe(0);
    const more = changed(misfits, isNote('bottleneck', () => true), (p) => ({ ...p, body: { ...p.body, what: 'Redis gets 40K checks/s', remedy: 'Add more Redis' } as NoteBody }));
    expect(scoreOf(more, 'bottlenecks')).toBe(1);
  });

  it('Bottlenecks: one that names no load earns nothing; a number is a load', () => {
    const vague = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '', what: 'The service', remedy: 'Shard it' } as unknown as NoteBody }));
    expect(scoreOf(vague, 'bottlenecks')).toBe(3);
    expect(criterion(vague, 'bottlenecks').tip).toMatch(/names no load/);
    const loaded = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '', what: '40K/s peak', remedy: 'Shard the store by code' } as unknown as NoteBody }));
    expect(scoreOf(loaded, 'bottlenecks')).toBe(4);
  });

  it('Bottlenecks: a bare multiplier is no load, a figure of this design is', () => {
    // "10x" says nothing about which traffic or data: an interviewer would still ask what breaks.
    const bare = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '10x', what: 'The service is too slow', remedy: 'Add an index' } as unknown as NoteBody }));
    expect(scoreOf(bare, 'bottlenecks')).toBe(3);
    expect(criterion(bare, 'bottlenecks').tip).toMatch(/names no load/);
    const inWords = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '', what: 'At 10x the service is too slow', remedy: 'Add an index' } as unknown as NoteBody }));
    expect(scoreOf(inWords, 'bottlenecks')).toBe(3);
    const figure = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '10x', what: 'Lookups at 40K/s are too slow', remedy: 'Add an index' } as unknown as NoteBody }));
    expect(scoreOf(figure, 'bottlenecks')).toBe(4);
    const inTraffic = changed(strong, isNote('bottleneck', (b) => b.what.startsWith('Storage')), (p) => ({ ...p, body: { ...p.body, scale: '10x', what: 'Lookups slow down at the evening peak', remedy: 'Add an index' } as unknown as NoteBody }));
    expect(scoreOf(inTraffic, 'bottlenecks')).toBe(4);
  });

  it('Trade-offs: a trade-off without what was given up does not count', () => {
    const partial = changed(strong, isNote('tradeoff', (b) => b.chose === '302 redirects'), (p) => ({ ...p, body: { ...p.body, gaveUp: '' } as NoteBody }));
    expect(scoreOf(strong, 'tradeoffs')).toBe(4);
    expect(scoreOf(partial, 'tradeoffs')).toBe(3);
  });

  it('Trade-offs: two weighed trade-offs are solid at mid; a senior target also expects the risks named', () => {
    const twoNoRisk = without(without(strong, isNote('tradeoff', (b) => b.chose === '302 redirects')), (e) => isNote('risk')(e) || isNote('open-question')(e));
    const at = (events: SessionEvent[], level: 'mid' | 'senior') => scoreSession({ prompt: urlShortener, events, level }).criteria.find((c) => c.id === 'tradeoffs')!;
    expect(at(twoNoRisk, 'mid').score).toBe(3);
    expect(at(twoNoRisk, 'senior').score).toBe(2);
    expect(at(twoNoRisk, 'senior').descriptor).toMatch(/no risk or open question/);
    const twoWithRisk = without(strong, isNote('tradeoff', (b) => b.chose === '302 redirects'));
    expect(at(twoWithRisk, 'senior').score).toBe(3);
    expect(at(strong, 'senior').score).toBe(4);
  });

  it('Trade-offs: a choice between two ways of doing this design is about it, even in general words', () => {
    const food = shippedPrompt('food-delivery');
    const s = new SessionBuilder(food, 'mid').start().enter('tradeoffs');
    s.note({ list: 'tradeoff', chose: 'Greedy pick of the nearest courier', gaveUp: 'Globally optimal batching', because: 'Simple and good enough at launch' }).wait(1);
    const report = scoreSession({ prompt: food, events: s.end().build(), level: 'mid' });
    expect(report.criteria.find((c) => c.id === 'tradeoffs')!.notCounted).not.toContainEqual(expect.objectContaining({ reason: expect.stringMatching(/^off topic/) }));
  });

  it('Trade-offs: a one-word reason counts only when it names a quality', () => {
    const reason = (because: string) => changed(strong, isNote('tradeoff', (b) => b.chose === '302 redirects'), (p) => ({ ...p, body: { list: 'tradeoff', chose: '302 redirects', gaveUp: 'Browser caching of 301s', because } }));
    expect(criterion(reason('Simpler'), 'tradeoffs').evidence).toContainEqual(expect.objectContaining({ positive: false, text: expect.stringMatching(/because Simpler \(the reason names no quality/) }));
    expect(criterion(reason('Faster'), 'tradeoffs').evidence).toContainEqual(expect.objectContaining({ positive: true, text: expect.stringMatching(/because Faster$/) }));
  });

  it('Time management: staying in a phase far past its plan', () => {
    const late = without(strong, (e) => e.type === 'phase.entered' && e.payload.index === 7);
    expect(scoreOf(strong, 'time')).toBe(4);
    expect(scoreOf(late, 'time')).toBe(3);
    expect(criterion(late, 'time').evidence).toContainEqual(expect.objectContaining({ kind: 'missing', text: expect.stringMatching(/^Trade-offs and wrap-up was never reached/) }));
  });
});

describe('time management counts phases worked through', () => {
  const phaseIds = strongSession(urlShortener).plan.phases.map((p) => p.id);

  it('clicking Next through every phase in no time scores 1, well below a paced session', () => {
    const s = new SessionBuilder(urlShortener).start();
    for (const id of phaseIds.slice(1)) s.enter(id);
    const rushed = s.end().build();
    expect(scoreOf(rushed, 'time')).toBe(1);
    expect(scoreOf(strong, 'time')).toBe(4);
    expect(criterion(rushed, 'time').descriptor).toMatch(/no phase worked through/);
    expect(criterion(rushed, 'time').evidence.filter((e) => !e.positive)).toHaveLength(phaseIds.length);
  });

  it('sitting out every phase on the clock with nothing written in any scores 1 too', () => {
    const s = new SessionBuilder(urlShortener).start();
    for (const [i, phase] of s.plan.phases.entries()) {
      if (i > 0) s.enter(phase.id);
      s.wait(phase.minutes);
    }
    const idle = s.end().build();
    expect(scoreOf(idle, 'time')).toBe(1);
    expect(criterion(idle, 'time').evidence).toContainEqual(expect.objectContaining({ positive: false, text: 'Estimate: 5:00 of 5:00 planned (nothing written, drawn or asked in it)' }));
  });
});

describe('rules that read the whole record', () => {
  it('Scope: quality requirements across more qualities score higher, and an untagged one counts when its words name its quality', () => {
    const qualities = (events: SessionEvent[]) => scoreOf(events, 'scope');
    const two = without(strong, isNote('non-functional', (b) => b.quality === 'durability' || b.quality === 'scale' || b.quality === 'security'));
    // v1 gave two qualities 3 at senior; v2 asks four of a senior target, so two is 2 (3 at mid).
    expect(qualities(two)).toBe(2);
    expect(scoreSession({ prompt: urlShortener, events: two, level: 'mid' }).criteria.find((c) => c.id === 'scope')!.score).toBe(3);
    // v1 ignored untagged requirements; the same content earns the same credit however it was written.
    const untagged = strong.map((e) => (isNote('non-functional')(e) ? { ...e, payload: { ...e.payload, body: { ...e.payload.body, quality: null } } } : e));
    expect(qualities(untagged)).toBeGreaterThanOrEqual(qualities(two));
  });

  it('Scope: free notes in the Clarify phase count as written requirements', () => {
    const s = weakSession(urlShortener).build();
    const freeFirst = insertAfter(without(s, isNote('functional')), (e) => e.type === 'session.started', { type: 'notes.changed', payload: { phase: 'clarify', text: 'Shorten links; redirect' } });
    expect(criterion(freeFirst, 'scope').evidence.some((e) => e.kind === 'moment')).toBe(false);
  });

  it('Scope: in a paired session, a question the interviewer answered and wrote down counts as asked', () => {
    const noBoundary = without(strong, (e) => isNote('question')(e) || isNote('out-of-scope')(e) || e.type === 'interviewer.asked');
    const answered = insertAfter(noBoundary, (e) => e.type === 'session.started', {
      type: 'interviewer.answered',
      payload: { question: 'Do links expire?', text: 'Only when the user sets an expiry.', answer: null },
    });
    expect(scoreOf(answered, 'scope')).toBe(scoreOf(noBoundary, 'scope') + 1);
    expect(criterion(answered, 'scope').evidence).toContainEqual(expect.objectContaining({ kind: 'question', text: expect.stringContaining('Do links expire?') }));
  });

  it('Estimation: a figure the prompt holds that the pad never named is listed as missing, with the reference', () => {
    const missing = criterion(strong, 'estimation').evidence.filter((e) => e.kind === 'missing');
    expect(missing).toEqual([expect.objectContaining({ text: expect.stringMatching(/^Not estimated: no line was marked as bandwidth; the reference is 5.79 MB\/s/) })]);
  });

  it('Estimation: no pad at all scores 0 and says the estimates are missing', () => {
    expect(scoreOf(weak, 'estimation')).toBe(0);
    expect(criterion(weak, 'estimation').evidence).toEqual([expect.objectContaining({ kind: 'missing' })]);
  });

  it('the tip is empty at 4 and concrete below', () => {
    const report = scoreSession({ prompt: urlShortener, events: strong, level: 'senior' });
    for (const c of report.criteria) expect(c.tip).toBe('');
    for (const c of scoreSession({ prompt: urlShortener, events: weak, level: 'senior' }).criteria) expect(c.tip.length).toBeGreaterThan(10);
  });
});
