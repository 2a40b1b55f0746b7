import { describe, expect, it } from 'vitest';
import { arrow, box, SessionBuilder } from '../testing/builder';
import { urlShortener } from '../testing/fixtures';
import { strongSession } from '../testing/sessions';
import type { Claim } from './claim';
import { bodies, claimsOf, insert } from './testing';

const MIN = 60_000;
const at = (id: string, x: number, y: number) => ({ id, x, y });

describe('extractClaims: structured notes', () => {
  const events = strongSession(urlShortener).build();
  const { record, claims } = claimsOf(urlShortener, events);
  const fromNotes = claims.filter((c) => c.source.from === 'note');

  it('reads every list into its claim kind, with the item as the source', () => {
    for (const c of fromNotes) {
      const item = record.items.find((i) => i.id === c.source.ref)!;
      expect(item, c.source.ref).toBeDefined();
      expect(c.source.t).toBe(item.addedT);
      expect(c.source.phase).toBe(item.phase);
    }
    const requirements = bodies(fromNotes, 'requirement');
    expect(requirements.filter((r) => r.type === 'functional' && !r.outOfScope)).toHaveLength(3);
    expect(requirements).toContainEqual({ kind: 'requirement', type: 'functional', text: 'Custom aliases, click analytics and user accounts', outOfScope: true });
    expect(requirements).toContainEqual({ kind: 'requirement', type: 'quality', quality: 'latency', text: 'Redirect p99 under 50 ms at the service', target: 'p99 under 50 ms' });
    expect(requirements).toContainEqual({ kind: 'requirement', type: 'quality', quality: 'availability', text: 'Redirects must essentially never be down: 99.99%', target: '99.99%' });
    // A quality written without a figure has no target: the scorer can tell.
    expect(requirements.find((r) => r.text.startsWith('Codes must not'))).toEqual({ kind: 'requirement', type: 'quality', quality: 'security', text: 'Codes must not be guessable in sequence' });
  });

  it('reads operations, entities, deep dives, bottlenecks, trade-offs, risks and open questions field by field', () => {
    expect(bodies(fromNotes, 'api')).toContainEqual({ kind: 'api', operation: 'GET /{code} -> 302 Location', method: 'GET', path: '/{code}', purpose: 'Redirect a visitor; 404 unknown, 410 expired', main: true });
    expect(bodies(fromNotes, 'entity')).toContainEqual({
      kind: 'entity',
      name: 'Link',
      fields: ['code', 'long_url', 'created_at', 'expires_at'],
      key: 'code',
      store: 'key-value store',
      reason: 'Only exact lookups by code, and random codes spread evenly over partitions',
    });
    expect(bodies(fromNotes, 'deep-dive').map((d) => d.topic)).toEqual(['Code generation', 'Redirect read path']);
    expect(bodies(fromNotes, 'bottleneck')).toContainEqual({ kind: 'bottleneck', what: 'One viral link overloads a single cache shard', atLoad: '100x', remedy: 'An in-process LRU in each redirect instance and replicated hot keys' });
    expect(bodies(fromNotes, 'tradeoff')).toContainEqual({ kind: 'tradeoff', chose: '302 redirects', gaveUp: 'Browser caching of 301s', because: 'Expiry and takedowns keep working' });
    expect(bodies(fromNotes, 'risk')).toEqual([
      { kind: 'risk', text: 'Code space filling faster than planned: alert on use and move to 8 characters early' },
      { kind: 'risk', text: 'Screen links for malware on create or on redirect?', open: true },
    ]);
  });

  it('reads a narrative for the components it names and the flows its arrows write', () => {
    const s = new SessionBuilder(urlShortener).start().enter('high-level').wait(1);
    s.note({ list: 'narrative', text: 'Browser -> load balancer -> redirect service -> Redis' });
    const { claims: c } = claimsOf(urlShortener, s.end().build());
    expect(bodies(c, 'flow')).toEqual([
      { kind: 'flow', from: 'Browser', to: 'load balancer' },
      { kind: 'flow', from: 'load balancer', to: 'redirect service' },
      { kind: 'flow', from: 'redirect service', to: 'Redis' },
    ]);
    expect(bodies(c, 'component').map((x) => x.knowledgeKind)).toEqual(['client', 'load balancer', 'service', 'cache']);
  });

  it('leaves empty items out: an item added and never typed in asserts nothing', () => {
    const s = new SessionBuilder(urlShortener).start();
    s.note({ list: 'functional', text: '  ' }).note({ list: 'tradeoff', chose: '', gaveUp: '', because: '' }).note({ list: 'entity', name: '', fields: '', store: null, why: '' });
    expect(claimsOf(urlShortener, s.end().build()).claims).toEqual([]);
  });
});

describe('extractClaims: the pad', () => {
  const s = new SessionBuilder(urlShortener).start().enter('estimate').wait(1);
  const writes: string[] = [];
  const storage: string[] = [];
  s.line('writes = 10M/day', undefined, writes).wait(0.5);
  s.line('10M/day * 100 # read qps').wait(0.5);
  s.line('storage = 10M/day * 5 yr * 500 B', 'storage', storage).wait(0.5);
  s.line('# so the read path matters most').wait(0.5);
  s.line('oops = 3 +').wait(0.5);
  s.conclude('9 TB fits a partitioned KV store', storage);
  const events = s.end().build();
  const { claims } = claimsOf(urlShortener, events);

  it('makes every line that evaluates an estimate, tagged from the menu, the name or a comment', () => {
    const estimates = claims.filter((c): c is Extract<Claim, { kind: 'estimate' }> => c.kind === 'estimate');
    expect(estimates.map((e) => [e.name, e.tag, e.display, e.line])).toEqual([
      ['writes', 'write-qps', '116 /s', writes[0]],
      ['read qps', 'read-qps', '11.6 K /s', expect.any(String)],
      ['storage', 'storage', '9.13 TB', storage[0]],
    ]);
    expect(estimates[0]!.value).toBeCloseTo(115.74, 1);
    expect(estimates[0]!.source).toMatchObject({ from: 'pad-line', t: 60_000, ref: writes[0], phase: 'estimate', text: 'writes = 10M/day' });
  });

  it('makes each conclusion a decision resting on its lines, and reads comment lines as notes', () => {
    expect(bodies(claims, 'decision')).toContainEqual({ kind: 'decision', text: '9 TB fits a partitioned KV store', restsOn: storage });
    const decision = claims.find((c) => c.kind === 'decision' && c.source.from === 'conclusion')!;
    expect(decision.source).toMatchObject({ t: 210_000, phase: 'estimate' });
    // "so …" after the pad's lines is a decision written as a comment; the erroring line asserts nothing.
    expect(bodies(claims.filter((c) => c.source.from === 'pad-line'), 'decision')).toEqual([{ kind: 'decision', text: 'the read path matters most', restsOn: [storage[0]!] }]);
    expect(claims.some((c) => c.source.text.startsWith('oops'))).toBe(false);
  });
});

describe('extractClaims: the canvas', () => {
  const s = new SessionBuilder(urlShortener).start().enter('high-level').wait(1);
  s.draw(...box('kafka', 'Kafka', 0, 0)).wait(0.2);
  s.draw(...box('trial', 'Kafka: The Trial', 0, 200)).wait(0.2);
  s.draw(...box('meta', 'Metamorphosis by Kafka', 0, 400)).wait(0.2);
  s.draw(...box('app', 'Shortener service', 300, 0), arrow('a1', at('app', 300, 0), at('kafka', 0, 0))).wait(0.2);
  s.draw(...box('blank', '', 600, 0), arrow('a2', at('app', 300, 0), at('blank', 600, 0))).wait(0.2);
  const events = s.end().build();
  const { claims } = claimsOf(urlShortener, events);

  it('reads labelled shapes as components, with a kind only where the label means one', () => {
    expect(bodies(claims, 'component')).toEqual([
      { kind: 'component', label: 'Kafka', knowledgeKind: 'message queue' },
      { kind: 'component', label: 'Kafka: The Trial' },
      { kind: 'component', label: 'Metamorphosis by Kafka' },
      { kind: 'component', label: 'Shortener service', knowledgeKind: 'service' },
    ]);
    expect(claims.find((c) => c.kind === 'component')!.source).toMatchObject({ from: 'canvas', ref: 'kafka', t: 60_000, phase: 'high-level', text: 'Kafka' });
  });

  it('reads an arrow between labelled shapes as a flow, and none to an unlabelled shape', () => {
    expect(bodies(claims, 'flow')).toEqual([{ kind: 'flow', from: 'Shortener service', to: 'Kafka' }]);
    expect(claims.find((c) => c.kind === 'flow')!.source).toMatchObject({ from: 'canvas', ref: 'a1', t: 96_000 });
  });
});

describe('extractClaims: questions, answers and curveballs', () => {
  it('reads questions to the scripted interviewer, answered when a scripted answer matched', () => {
    const s = new SessionBuilder(urlShortener).start().wait(0.5);
    s.ask('How many links a day?', 'About 10 million.', 0).wait(0.5).ask('Do we need sign-in?', 'Make an assumption.', null);
    const { claims } = claimsOf(urlShortener, s.end().build());
    expect(claims.map((c) => [c.kind, (c as { text: string }).text, (c as { answered: boolean }).answered, c.source.from, c.source.t, c.source.phase])).toEqual([
      ['question', 'How many links a day?', true, 'question', 30_000, 'clarify'],
      ['question', 'Do we need sign-in?', false, 'question', 60_000, 'clarify'],
    ]);
  });

  it('marks a question item the partner answered, and reads a question the partner wrote down', () => {
    const ids: string[] = [];
    const s = new SessionBuilder(urlShortener).start().wait(0.5);
    s.note({ list: 'question', text: 'Do links expire?' }, ids).note({ list: 'question', text: 'Custom aliases?' });
    const events = insert(s.end().build(), [
      { t: 40_000, phase: 'clarify', type: 'interviewer.answered', payload: { question: '', text: 'Yes, optionally.', answer: null, note: ids[0]! } },
      { t: 50_000, phase: 'clarify', type: 'interviewer.answered', payload: { question: 'How many reads per write?', text: 'About 100.', answer: 1 } },
    ]);
    const { claims } = claimsOf(urlShortener, events);
    expect(bodies(claims, 'question')).toEqual([
      { kind: 'question', text: 'Do links expire?', answered: true },
      { kind: 'question', text: 'Custom aliases?', answered: false },
      { kind: 'question', text: 'How many reads per write?', answered: true },
    ]);
    expect(claims[2]!.source).toMatchObject({ from: 'answer', t: 50_000 });
  });

  it('marks what is written in reply to a curveball as prompted, and what came before as not', () => {
    const s = new SessionBuilder(urlShortener).start().enter('deep-dive').wait(1);
    s.note({ list: 'deep-dive', component: 'Cache', decision: 'Cache-aside with long TTLs' }).wait(2);
    s.note({ list: 'risk', text: 'A region outage loses the cache' }).wait(10);
    s.note({ list: 'risk', text: 'Late idea, long after' });
    const events = insert(s.end().build(), [
      { t: 100_000, phase: 'deep-dive', type: 'curveball.sprung', payload: { index: 0, text: 'Now links must work across two regions.' } },
      { t: 150_000, phase: 'deep-dive', type: 'notes.changed', payload: { phase: 'deep-dive', text: 'replicate the KV store to both regions -> async, last write wins' } },
    ]);
    const { claims } = claimsOf(urlShortener, events);
    const by = (text: string) => claims.find((c) => c.source.text.includes(text))!.source;
    expect(by('Cache-aside')).toEqual({ from: 'note', t: 60_000, ref: expect.any(String), phase: 'deep-dive', text: 'Cache: Cache-aside with long TTLs' });
    expect(by('region outage')).toMatchObject({ from: 'curveball-response', t: 180_000, prompted: true });
    expect(by('replicate the KV')).toMatchObject({ from: 'curveball-response', t: 150_000, prompted: true, ref: 'notes:deep-dive:1' });
    expect(by('Late idea').prompted).toBeUndefined();
  });
});

describe('extractClaims: free notes', () => {
  it('times each line by when it first read as it does at the end, in the phase whose notes hold it', () => {
    const s = new SessionBuilder(urlShortener).start().wait(0.5);
    const events = insert(s.end().build(), [
      { t: 10_000, phase: 'clarify', type: 'notes.changed', payload: { phase: 'clarify', text: 'FR: shorten a URL' } },
      { t: 20_000, phase: 'clarify', type: 'notes.changed', payload: { phase: 'clarify', text: 'FR: shorten a URL\nNFR: p99 < 5' } },
      { t: 25_000, phase: 'clarify', type: 'notes.changed', payload: { phase: 'clarify', text: 'FR: shorten a URL\nNFR: p99 < 50ms' } },
    ]);
    const { claims } = claimsOf(urlShortener, events);
    expect(claims.map((c) => [c.kind, c.source.from, c.source.t, c.source.ref, c.source.phase, c.source.text])).toEqual([
      ['requirement', 'free-notes', 10_000, 'notes:clarify:1', 'clarify', 'FR: shorten a URL'],
      ['requirement', 'free-notes', 25_000, 'notes:clarify:2', 'clarify', 'NFR: p99 < 50ms'],
    ]);
  });

  it('reads a text written on the canvas beside the diagram like a line of notes', () => {
    const s = new SessionBuilder(urlShortener).start().enter('estimate').wait(2);
    s.draw({ id: 'note1', type: 'text', version: 1, versionNonce: 1, isDeleted: false, index: null, angle: 0, groupIds: [], x: 900, y: 900, width: 200, height: 20, text: 'write qps ~ 115/s', originalText: 'write qps ~ 115/s', containerId: null });
    const { claims } = claimsOf(urlShortener, s.end().build());
    expect(claims).toEqual([{ kind: 'estimate', name: 'write qps', tag: 'write-qps', value: 115, display: '115 /s', source: { from: 'canvas', t: 2 * MIN, ref: 'note1', phase: 'estimate', text: 'write qps ~ 115/s' } }]);
  });
});

describe('extractClaims: a session written all in free notes', () => {
  // Each phase's notes, in shorthand, with no headings: the phase says what plain lines are.
  const notes: Record<string, string> = {
    clarify: 'users can shorten a long URL\nopening a short link redirects\nlinks may expire\np99 redirect < 50 ms\navailability 99.99%\nno custom aliases in v1?',
    estimate: 'writes ~ 10M/day\nreads = 100 x writes ≈ 11.6K/s\nstorage 10M/day*500 B*5y = 9TB\n=> a partitioned KV store holds it',
    api: 'POST /v1/links {url} -> 201 {code}\nGET /{code} -> 302 (main)',
    data: 'link: code PK, long_url, expires_at (DynamoDB)',
    'high-level': 'client -> CDN -> LB -> redirect svc -> Redis -> KV',
    'deep-dive': '## Code generation\n- lease ID ranges per server\n- base62, 7 chars',
    bottlenecks: 'hot link at 100x -> replicate hot keys + CDN\nKV storage at 10x -> add partitions',
    tradeoffs: 'KV store over Postgres because every read is by key\n302 vs 301: chose 302, gave up browser caching, because expiry must work\nrisk: code space runs out',
  };
  const s = new SessionBuilder(urlShortener).start();
  let t = 0;
  const extra = Object.entries(notes).map(([phase, text]) => ({ t: (t += MIN), phase, type: 'notes.changed' as const, payload: { phase, text } }));
  const { claims } = claimsOf(urlShortener, insert(s.end().build(), extra));
  const kinds = (phase: string) => claims.filter((c) => c.source.phase === phase).map((c) => c.kind);

  it('reads each phase for what that phase produces', () => {
    expect(kinds('clarify')).toEqual(['requirement', 'requirement', 'requirement', 'requirement', 'requirement', 'question']);
    expect(kinds('estimate')).toEqual(['estimate', 'estimate', 'estimate', 'decision']);
    expect(kinds('api')).toEqual(['api', 'api']);
    expect(kinds('data')).toEqual(['entity']);
    expect(kinds('high-level').filter((k) => k === 'flow')).toHaveLength(5);
    expect(kinds('deep-dive')).toEqual(['deep-dive', 'deep-dive']);
    expect(kinds('bottlenecks')).toEqual(['bottleneck', 'bottleneck']);
    expect(kinds('tradeoffs')).toEqual(['tradeoff', 'tradeoff', 'risk']);
  });

  it('reads the figures with their units and what they decide', () => {
    const estimates = bodies(claims, 'estimate');
    expect(estimates.map((e) => [e.name, e.tag, e.display])).toEqual([
      ['writes', 'write-qps', '116 /s'],
      ['reads', 'read-qps', '11.6 K /s'],
      ['storage', 'storage', '9 TB'],
    ]);
    expect(bodies(claims, 'decision')).toEqual([{ kind: 'decision', text: 'a partitioned KV store holds it', restsOn: ['storage'] }]);
  });
});

describe('extractClaims: the same claim in two artifacts counts once', () => {
  const events = strongSession(urlShortener).build();
  const before = claimsOf(urlShortener, events).claims;
  const requirement = before.find((c) => c.kind === 'requirement' && c.type === 'functional' && !c.outOfScope && c.source.from === 'note') as Extract<Claim, { kind: 'requirement' }>;
  const api = before.find((c) => c.kind === 'api' && c.main) as Extract<Claim, { kind: 'api' }>;
  const copied = insert(events, [{ t: 30_000, phase: 'clarify', type: 'notes.changed', payload: { phase: 'clarify', text: `FR: ${requirement.text}.\n${api.method} ${api.path}` } }]);
  const after = claimsOf(urlShortener, copied).claims;

  it('a requirement written in the structured notes and again in the free notes is one requirement', () => {
    const same = (c: Claim) => c.kind === 'requirement' && c.text.replace(/\W+$/, '').toLowerCase() === requirement.text.replace(/\W+$/, '').toLowerCase();
    expect(before.filter(same)).toHaveLength(1);
    expect(after.filter(same)).toHaveLength(1);
    expect(after.filter((c) => c.kind === 'requirement')).toHaveLength(before.filter((c) => c.kind === 'requirement').length);
  });

  it('an operation in the API list and again in shorthand is one operation, the one that says more (its purpose) kept', () => {
    const ops = after.filter((c): c is Extract<Claim, { kind: 'api' }> => c.kind === 'api' && c.method === api.method && c.path === api.path);
    expect(ops).toHaveLength(1);
    expect(ops[0]!.purpose).toBe(api.purpose);
  });
});
