import { describe, expect, it } from 'vitest';
import { analyseDiagram, componentsOfKind, connectionsOf, NEAR, type DiagramAnalysis, type ElementLike } from './analyse';
import { parseExcalidrawFile } from './excalidrawFile';
import { FIXTURES, type FixtureName } from './testing/fixtures';

/** A real `.excalidraw` file's elements (written by Excalidraw 0.18: scripts/make-canvas-fixtures.mjs). */
function fixture(name: FixtureName): ElementLike[] {
  return parseExcalidrawFile(FIXTURES[name]).elements;
}

/** Connections as "from → to" by label, for readable expectations. */
function edges(a: DiagramAnalysis): string[] {
  const label = (id: string) => a.components.find((c) => c.id === id)!.label || id;
  return a.connections.map((c) => `${label(c.from)} ${c.direction === 'none' ? '—' : c.direction === 'both' ? '↔' : '→'} ${label(c.to)}`);
}
const byLabel = (a: DiagramAnalysis, label: string) => a.components.find((c) => c.label === label)!;

describe('diagram analysis on Excalidraw files', () => {
  it('reads the URL shortener: client → load balancer → service → cache and database, by binding', () => {
    const a = analyseDiagram(fixture('url-shortener.excalidraw'));
    expect(a.components.map((c) => [c.label, c.kind, c.shape, c.labelFrom])).toEqual([
      ['Web client', 'client', 'rectangle', 'bound-text'],
      ['Load balancer', 'load-balancer', 'diamond', 'bound-text'],
      ['URL service', 'service', 'rectangle', 'bound-text'],
      ['Redis cache', 'cache', 'rectangle', 'bound-text'],
      ['Postgres DB', 'relational-db', 'ellipse', 'bound-text'],
    ]);
    expect(edges(a)).toEqual(['Web client → Load balancer', 'Load balancer → URL service', 'URL service → Redis cache', 'URL service → Postgres DB']);
    expect(a.connections.map((c) => c.label)).toEqual(['HTTPS', '', 'read-through', 'on miss']);
    expect(a.connections.every((c) => c.resolvedBy.from === 'binding' && c.resolvedBy.to === 'binding')).toBe(true);
    expect(a.unlabelled).toEqual([]);
    expect(a.dangling).toEqual([]);
    expect(a.annotations.map((n) => n.text)).toEqual(['~1.2k writes/s, ~115k reads/s']);
    // The wrapped label ("Load\nbalancer") reads as written, and its text is part of the component.
    const lb = byLabel(a, 'Load balancer');
    expect(lb.elementIds).toHaveLength(2);
    expect(connectionsOf(a, lb.id)).toHaveLength(2);
  });

  it('resolves unbound arrow ends to the nearest shape, and says so', () => {
    const a = analyseDiagram(fixture('unbound-arrows.excalidraw'));
    expect(a.components.map((c) => [c.label, c.kind])).toEqual([
      ['App server', 'service'],
      ['Cache', 'cache'],
      ['MySQL', 'relational-db'],
      ['Worker', 'worker'],
    ]);
    expect(edges(a)).toEqual([
      'App server → Cache',
      // Drawn downwards with its only head at the start: it points up, from the worker.
      'Worker → App server',
      'App server → MySQL',
      'Cache — MySQL',
      'Worker — MySQL',
    ]);
    expect(a.connections.map((c) => [c.id, c.type, c.resolvedBy.from, c.resolvedBy.to])).toEqual([
      ['near-both', 'arrow', 'nearest', 'nearest'],
      ['reversed', 'arrow', 'nearest', 'nearest'],
      ['inside-to-near', 'arrow', 'nearest', 'nearest'],
      ['line', 'line', 'nearest', 'nearest'],
      ['headless', 'arrow', 'nearest', 'nearest'],
    ]);
    // More than NEAR from everything: dangling at both ends.
    expect(a.dangling).toEqual([expect.objectContaining({ id: 'far', start: null, end: null })]);
  });

  it('finds unlabelled shapes, dangling arrows, free text grouped with or placed on a shape, notes and boxes around others', () => {
    const a = analyseDiagram(fixture('messy.excalidraw'));
    expect(a.components.map((c) => [c.id, c.label, c.kind, c.labelFrom])).toEqual([
      ['zone', '', 'unknown', null],
      ['unlabelled', '', 'unknown', null],
      ['auth', 'Auth service', 'service', 'bound-text'],
      ['users', 'Users DB (Postgres)', 'relational-db', 'grouped-text'],
      ['events', 'Kafka', 'queue', 'text-inside'],
      ['drum-body', 'Cassandra', 'key-value', 'grouped-text'],
      ['service-a', 'Service A', 'service', 'bound-text'],
      ['service-b', 'Service B', 'service', 'bound-text'],
      ['people', 'Users', 'client', 'own-text'],
    ]);
    // The drum's ellipses are parts of it, not shapes of their own.
    expect([...byLabel(a, 'Cassandra').elementIds].sort()).toEqual(['drum-body', 'drum-bottom', 'drum-text', 'drum-top']);
    // The dashed box around the two services holds them; it is not "unlabelled".
    expect(a.components.find((c) => c.id === 'zone')!.contains).toEqual(['service-a', 'service-b']);
    expect(a.unlabelled).toEqual(['unlabelled']);
    expect(a.dangling).toEqual([expect.objectContaining({ id: 'dangling', start: 'auth', end: null })]);
    expect(a.annotations.map((n) => n.text)).toEqual(['p99 < 200 ms']);
    // A free text an arrow is bound to is a component: "Users → Service A".
    expect(edges(a)).toEqual(['Users → Service A', 'Service A → Service B']);
    expect(a.connections[1]!.label).toBe('gRPC');
  });

  it('reads a diagram drawn with the mouse and keyboard', () => {
    const a = analyseDiagram(fixture('hand-drawn.excalidraw'));
    expect(a.components.map((c) => [c.label, c.kind, c.shape])).toEqual([
      ['API server', 'service', 'rectangle'],
      ['Redis', 'cache', 'ellipse'],
      ['Mobile app', 'client', 'rectangle'],
    ]);
    expect(edges(a)).toEqual(['API server → Redis', 'Mobile app → API server']);
    expect(a.connections.map((c) => [c.label, c.resolvedBy.from, c.resolvedBy.to])).toEqual([
      ['GET /:code', 'binding', 'binding'],
      ['', 'binding', 'binding'],
    ]);
    expect(a.annotations.map((n) => n.text)).toEqual(['~40k reads/s']);
  });

  it('reads a diagram made of our library shapes, inserted from Excalidraw\'s library panel', () => {
    const a = analyseDiagram(fixture('library-shapes.excalidraw'));
    expect(a.components.map((c) => [c.label, c.kind])).toEqual([
      ['Web client', 'client'],
      ['Mobile client', 'client'],
      ['DNS', 'dns'],
      ['CDN', 'cdn'],
      ['Load balancer', 'load-balancer'],
      ['Service', 'service'],
      ['Cache', 'cache'],
      ['Relational DB', 'relational-db'],
      ['Search index', 'search'],
      ['Message queue', 'queue'],
      ['Worker', 'worker'],
      ['Object storage', 'object-storage'],
    ]);
    expect(edges(a)).toEqual([
      'Web client → Load balancer',
      'Mobile client → Load balancer',
      'Web client → DNS',
      'Web client → CDN',
      'Load balancer → Service',
      'Service → Cache',
      'Service → Relational DB',
      'Service → Search index',
      'Service → Message queue',
      'Message queue → Worker',
      'Worker → Object storage',
    ]);
    expect(a.unlabelled).toEqual([]);
    expect(a.dangling).toEqual([]);
    expect(componentsOfKind(a, 'client').map((c) => c.label)).toEqual(['Web client', 'Mobile client']);
  });

  it('ignores deleted elements', () => {
    const elements = fixture('url-shortener.excalidraw').map((e) => (e.id === 'cache' || e.id === 'service-cache' ? { ...e, isDeleted: true } : e));
    const a = analyseDiagram(elements);
    expect(a.components.map((c) => c.label)).not.toContain('Redis cache');
    expect(edges(a)).toEqual(['Web client → Load balancer', 'Load balancer → URL service', 'URL service → Postgres DB']);
    // Its label, still there and pointing at a deleted container, becomes a note rather than vanishing.
    expect(a.annotations.map((n) => n.text)).toContain('Redis cache');
  });

  it('falls back to the nearest shape when a binding points at something gone', () => {
    // The load balancer is replaced by a new box in its place, which the arrows are not bound to.
    const elements = fixture('url-shortener.excalidraw').flatMap((e) => {
      if (e.type === 'text' && e.containerId === 'lb') return [];
      return e.id === 'lb' ? [{ ...e, id: 'lb-2', type: 'rectangle', boundElements: [] }] : [e];
    });
    const a = analyseDiagram(elements);
    expect(a.connections.find((c) => c.id === 'client-lb')).toMatchObject({ from: 'client', to: 'lb-2', resolvedBy: { from: 'binding', to: 'nearest' } });
    expect(a.connections.find((c) => c.id === 'lb-service')).toMatchObject({ from: 'lb-2', to: 'service', resolvedBy: { from: 'nearest', to: 'binding' } });
    expect(a.unlabelled).toEqual(['lb-2']);
  });

  it('passes the first phase of each element through', () => {
    const elements = fixture('url-shortener.excalidraw');
    const firstPhase = Object.fromEntries(elements.map((e) => [e.id, e.type === 'arrow' ? 'design' : 'clarify']));
    const a = analyseDiagram(elements, { firstPhase });
    expect(new Set(a.components.map((c) => c.firstPhase))).toEqual(new Set(['clarify']));
    expect(new Set(a.connections.map((c) => c.firstPhase))).toEqual(new Set(['design']));
  });
});

describe('diagram analysis, case by case', () => {
  const rect = (id: string, x: number, y: number, extra: Record<string, unknown> = {}): ElementLike => ({ id, type: 'rectangle', x, y, width: 100, height: 60, angle: 0, groupIds: [], isDeleted: false, ...extra });
  const text = (id: string, x: number, y: number, value: string, extra: Record<string, unknown> = {}): ElementLike => ({
    id,
    type: 'text',
    x,
    y,
    width: value.length * 10,
    height: 25,
    text: value,
    originalText: value,
    containerId: null,
    groupIds: [],
    isDeleted: false,
    ...extra,
  });
  const arrow = (id: string, from: [number, number], to: [number, number], extra: Record<string, unknown> = {}): ElementLike => ({
    id,
    type: 'arrow',
    x: from[0],
    y: from[1],
    points: [
      [0, 0],
      [to[0] - from[0], to[1] - from[1]],
    ],
    startBinding: null,
    endBinding: null,
    startArrowhead: null,
    endArrowhead: 'arrow',
    groupIds: [],
    isDeleted: false,
    ...extra,
  });

  it(`reaches a shape within ${NEAR} px of an arrow end, and not beyond`, () => {
    const shapes = [rect('a', 0, 0), rect('b', 300, 0)];
    const near = analyseDiagram([...shapes, arrow('x', [100 + NEAR - 1, 30], [300 - NEAR + 1, 30])]);
    expect(near.connections).toHaveLength(1);
    const far = analyseDiagram([...shapes, arrow('x', [100 + NEAR + 1, 30], [300 - 10, 30])]);
    expect(far.dangling).toEqual([expect.objectContaining({ start: null, end: 'b' })]);
  });

  it('prefers the smallest shape containing an arrow end (a box inside a region)', () => {
    const region = rect('region', -50, -50, { width: 600, height: 300 });
    const a = analyseDiagram([region, rect('a', 0, 0), rect('b', 300, 0), arrow('x', [50, 30], [350, 30])]);
    expect(a.connections.map((c) => [c.from, c.to])).toEqual([['a', 'b']]);
    expect(a.components.find((c) => c.id === 'region')!.contains).toEqual(['a', 'b']);
  });

  it('follows rotation: an end beside a rotated shape\'s box but outside the shape is not in it', () => {
    // A long thin box turned 90°: it now stands upright around its centre (150, 30).
    const turned = rect('turned', 0, 20, { width: 300, height: 20, angle: Math.PI / 2 });
    const a = analyseDiagram([turned, text('t', 140, 18, 'Queue', { width: 20, height: 25 }), arrow('x', [0, 30], [-100, 30])]);
    // (0, 30) is inside the unrotated box but 140 px from the upright one.
    expect(a.dangling).toEqual([expect.objectContaining({ start: null })]);
  });

  it('reads an arrow label from free text grouped with the arrow', () => {
    const a = analyseDiagram([rect('a', 0, 0), rect('b', 300, 0), arrow('x', [100, 30], [300, 30], { groupIds: ['g'] }), text('t', 180, 0, 'writes', { groupIds: ['g'] })]);
    expect(a.connections[0]!.label).toBe('writes');
    expect(a.annotations).toEqual([]);
  });

  it('treats a line inside one shape as drawing, not as a connection', () => {
    const line: ElementLike = { id: 'l', type: 'line', x: 10, y: 0, points: [[0, 0], [0, 60]], groupIds: [], isDeleted: false };
    const a = analyseDiagram([rect('a', 0, 0), line]);
    expect(a.connections).toEqual([]);
    expect(a.dangling).toEqual([]);
  });

  it('gives arrows with heads at both ends, or none, their direction', () => {
    const shapes = [rect('a', 0, 0), rect('b', 300, 0)];
    const both = analyseDiagram([...shapes, arrow('x', [100, 30], [300, 30], { startArrowhead: 'arrow' })]);
    expect(both.connections[0]).toMatchObject({ from: 'a', to: 'b', direction: 'both' });
    const none = analyseDiagram([...shapes, arrow('x', [100, 30], [300, 30], { endArrowhead: null })]);
    expect(none.connections[0]).toMatchObject({ direction: 'none' });
  });

  it('takes text on top of a shape (not bound, not grouped) as its label, the smallest shape first', () => {
    const a = analyseDiagram([rect('big', 0, 0, { width: 400, height: 200 }), rect('small', 20, 20), text('t', 30, 30, 'Redis')]);
    expect(a.components.map((c) => [c.id, c.label])).toEqual([
      ['big', ''],
      ['small', 'Redis'],
    ]);
  });

  it('uses originalText, so a label wrapped mid-word still reads whole', () => {
    const box = rect('box', 0, 0, { width: 60, boundElements: [{ id: 't', type: 'text' }] });
    const a = analyseDiagram([box, text('t', 5, 5, 'Elasticsea\nrch', { originalText: 'Elasticsearch', containerId: 'box' })]);
    expect(a.components[0]).toMatchObject({ label: 'Elasticsearch', kind: 'search' });
  });

  it('tolerates odd elements: missing fields, unknown types, empty text', () => {
    const odd: ElementLike[] = [
      { id: 'x', type: 'freedraw' },
      { id: 'y', type: 'rectangle' },
      { id: 'z', type: 'arrow', points: 'nope' },
      { id: 'w', type: 'text', text: '' },
      { id: 'f', type: 'frame', x: 0, y: 0, width: 10, height: 10, name: 'Frame' },
    ];
    const a = analyseDiagram(odd);
    expect(a.components.map((c) => c.id)).toEqual(['y']);
    expect(a.dangling.map((d) => d.id)).toEqual(['z']);
  });
});
