import type { ComponentKind } from '../kinds';
import { Drawing, LIBRARY_TIME, type Colour, type LibraryElement } from './draw';

/**
 * DesignDrill's shape library for Excalidraw's library panel: one labelled shape per
 * building block of a system-design diagram. Every label is bound text (`containerId`),
 * so diagram analysis reads it, and every item is one group, so it moves as one.
 * Pure and deterministic: the same JSON on every call.
 */

export type LibraryItem = {
  readonly id: string;
  readonly status: 'published';
  readonly created: number;
  readonly name: string;
  readonly elements: readonly LibraryElement[];
};

/** Excalidraw's `.excalidrawlib` file, version 2. */
export type ExcalidrawLibrary = {
  readonly type: 'excalidrawlib';
  readonly version: 2;
  readonly source: string;
  readonly libraryItems: readonly LibraryItem[];
};

const LIBRARY_SOURCE = 'https://designdrill.app';

/** Colour families, from Excalidraw's palette: clients blue, network violet, compute green, stores warm. */
const COLOURS = {
  client: { stroke: '#1971c2', fill: '#a5d8ff' },
  network: { stroke: '#6741d9', fill: '#d0bfff' },
  edge: { stroke: '#9c36b5', fill: '#eebefa' },
  service: { stroke: '#2f9e44', fill: '#b2f2bb' },
  worker: { stroke: '#099268', fill: '#96f2d7' },
  cache: { stroke: '#e8590c', fill: '#ffd8a8' },
  relational: { stroke: '#c92a2a', fill: '#ffc9c9' },
  keyValue: { stroke: '#e67700', fill: '#ffec99' },
  document: { stroke: '#0c8599', fill: '#99e9f2' },
  object: { stroke: '#495057', fill: '#dee2e6' },
  queue: { stroke: '#c2255c', fill: '#fcc2d7' },
  search: { stroke: '#3b5bdb', fill: '#bac8ff' },
} satisfies Record<string, Colour>;

const line = (colour: Colour): Colour => ({ stroke: colour.stroke, fill: 'transparent' });

/** A database drum: bottom ellipse, body (which holds the label), sides and top ellipse. */
function cylinder(d: Drawing, colour: Colour, lines: string[], width = 160, height = 120): void {
  const rim = 28;
  d.shape('bottom', 'ellipse', { x: 0, y: height - rim, width, height: rim }, colour);
  const body = d.shape('body', 'rectangle', { x: 0, y: rim / 2, width, height: height - rim }, { stroke: 'transparent', fill: colour.fill });
  d.label(body, lines);
  d.line('left-side', [[0, rim / 2], [0, height - rim / 2]], line(colour));
  d.line('right-side', [[width, rim / 2], [width, height - rim / 2]], line(colour));
  d.shape('top', 'ellipse', { x: 0, y: 0, width, height: rim }, colour);
}

type Definition = { readonly key: string; readonly name: string; readonly kind: Exclude<ComponentKind, 'unknown'>; readonly draw: (d: Drawing) => void };

const DEFINITIONS: readonly Definition[] = [
  {
    key: 'web-client',
    name: 'Web client',
    kind: 'client',
    draw: (d) => {
      const c = COLOURS.client;
      const frame = d.shape('window', 'rectangle', { x: 0, y: 0, width: 170, height: 100 }, c, { rounded: true });
      d.label(frame, ['Web client']);
      d.line('address-bar', [[0, 22], [170, 22]], line(c), { strokeWidth: 1 });
      for (const [i, x] of [10, 22, 34].entries()) d.shape(`dot-${i}`, 'ellipse', { x, y: 7, width: 8, height: 8 }, { stroke: c.stroke, fill: c.stroke }, { strokeWidth: 1 });
    },
  },
  {
    key: 'mobile-client',
    name: 'Mobile client',
    kind: 'client',
    draw: (d) => {
      const c = COLOURS.client;
      const phone = d.shape('phone', 'rectangle', { x: 0, y: 0, width: 100, height: 150 }, c, { rounded: true });
      d.label(phone, ['Mobile', 'client'], { fontSize: 16 });
      d.line('speaker', [[38, 12], [62, 12]], line(c), { strokeWidth: 2 });
      d.line('home-bar', [[35, 138], [65, 138]], line(c), { strokeWidth: 2 });
    },
  },
  {
    key: 'dns',
    name: 'DNS',
    kind: 'dns',
    draw: (d) => {
      const ring = d.shape('ring', 'ellipse', { x: 0, y: 0, width: 130, height: 80 }, COLOURS.network);
      d.label(ring, ['DNS']);
    },
  },
  {
    key: 'cdn',
    name: 'CDN',
    kind: 'cdn',
    draw: (d) => {
      // A cloud: two bumps behind a wide body.
      const c = COLOURS.edge;
      d.shape('bump-left', 'ellipse', { x: 25, y: 0, width: 70, height: 55 }, c);
      d.shape('bump-right', 'ellipse', { x: 75, y: 5, width: 80, height: 60 }, c);
      const body = d.shape('cloud', 'ellipse', { x: 0, y: 25, width: 180, height: 80 }, c);
      d.label(body, ['CDN']);
    },
  },
  {
    key: 'load-balancer',
    name: 'Load balancer',
    kind: 'load-balancer',
    draw: (d) => {
      const diamond = d.shape('diamond', 'diamond', { x: 0, y: 0, width: 190, height: 120 }, COLOURS.network, { rounded: true });
      d.label(diamond, ['Load', 'balancer'], { fontSize: 16 });
    },
  },
  {
    key: 'api-gateway',
    name: 'API gateway',
    kind: 'api-gateway',
    draw: (d) => {
      const c = COLOURS.network;
      const outer = d.shape('outer', 'rectangle', { x: 0, y: 0, width: 180, height: 80 }, c);
      d.label(outer, ['API gateway']);
      d.shape('inner', 'rectangle', { x: 7, y: 7, width: 166, height: 66 }, { stroke: c.stroke, fill: 'transparent' }, { strokeWidth: 1 });
    },
  },
  {
    key: 'service',
    name: 'Service',
    kind: 'service',
    draw: (d) => {
      const box = d.shape('box', 'rectangle', { x: 0, y: 0, width: 160, height: 80 }, COLOURS.service, { rounded: true });
      d.label(box, ['Service']);
    },
  },
  {
    key: 'worker',
    name: 'Worker',
    kind: 'worker',
    draw: (d) => {
      // Stacked boxes: a pool of them.
      const c = COLOURS.worker;
      d.shape('back', 'rectangle', { x: 12, y: 12, width: 150, height: 75 }, c, { rounded: true });
      const front = d.shape('front', 'rectangle', { x: 0, y: 0, width: 150, height: 75 }, c, { rounded: true });
      d.label(front, ['Worker']);
    },
  },
  {
    key: 'cache',
    name: 'Cache',
    kind: 'cache',
    draw: (d) => {
      const c = COLOURS.cache;
      const box = d.shape('box', 'rectangle', { x: 0, y: 0, width: 150, height: 80 }, c, { rounded: true, strokeStyle: 'dashed' });
      d.label(box, ['Cache']);
      // A lightning bolt in the corner: fast.
      d.line('bolt', [[130, 8], [121, 24], [131, 24], [122, 40]], line(c), { strokeWidth: 2 });
    },
  },
  { key: 'relational-db', name: 'Relational DB', kind: 'relational-db', draw: (d) => cylinder(d, COLOURS.relational, ['Relational', 'DB']) },
  { key: 'key-value-store', name: 'Key-value store', kind: 'key-value', draw: (d) => cylinder(d, COLOURS.keyValue, ['Key-value', 'store']) },
  { key: 'document-store', name: 'Document store', kind: 'document-store', draw: (d) => cylinder(d, COLOURS.document, ['Document', 'store']) },
  {
    key: 'object-storage',
    name: 'Object storage',
    kind: 'object-storage',
    draw: (d) => {
      // A bucket: a tapered body under an open rim. The label sits in an invisible box over the body.
      const c = COLOURS.object;
      d.line(
        'bucket',
        [
          [0, 15],
          [18, 120],
          [152, 120],
          [170, 15],
          [0, 15],
        ],
        { stroke: c.stroke, fill: c.fill },
      );
      const body = d.shape('body', 'rectangle', { x: 15, y: 25, width: 140, height: 85 }, { stroke: 'transparent', fill: 'transparent' });
      d.label(body, ['Object', 'storage']);
      d.shape('rim', 'ellipse', { x: 0, y: 0, width: 170, height: 30 }, c);
    },
  },
  {
    key: 'message-queue',
    name: 'Message queue',
    kind: 'queue',
    draw: (d) => {
      const c = COLOURS.queue;
      const pipe = d.shape('pipe', 'rectangle', { x: 0, y: 0, width: 250, height: 70 }, c);
      d.label(pipe, ['Message queue']);
      for (const x of [14, 28, 222, 236]) d.line(`divider-${x}`, [[x, 0], [x, 70]], line(c), { strokeWidth: 1 });
    },
  },
  {
    key: 'search-index',
    name: 'Search index',
    kind: 'search',
    draw: (d) => {
      const c = COLOURS.search;
      const box = d.shape('box', 'rectangle', { x: 0, y: 0, width: 180, height: 80 }, c, { rounded: true });
      d.label(box, ['Search index']);
      d.shape('lens', 'ellipse', { x: 150, y: 8, width: 16, height: 16 }, { stroke: c.stroke, fill: '#ffffff' }, { strokeWidth: 2 });
      d.line('handle', [[163, 22], [172, 31]], line(c), { strokeWidth: 2 });
    },
  },
];

/** What each item is, without drawing it: for tests and for anyone listing the library. */
export const LIBRARY_ENTRIES: readonly { readonly key: string; readonly id: string; readonly name: string; readonly kind: ComponentKind }[] = DEFINITIONS.map((d) => ({
  key: d.key,
  id: `designdrill-${d.key}`,
  name: d.name,
  kind: d.kind,
}));

export function systemDesignLibraryItems(): LibraryItem[] {
  return DEFINITIONS.map((definition) => {
    const drawing = new Drawing(definition.key);
    definition.draw(drawing);
    return { id: `designdrill-${definition.key}`, status: 'published' as const, created: LIBRARY_TIME, name: definition.name, elements: drawing.elements };
  });
}

export function systemDesignLibrary(): ExcalidrawLibrary {
  return { type: 'excalidrawlib', version: 2, source: LIBRARY_SOURCE, libraryItems: systemDesignLibraryItems() };
}
