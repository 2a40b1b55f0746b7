import { describe, expect, it } from 'vitest';
import { analyseDiagram } from '../analyse';
import { COMPONENT_KINDS } from '../kinds';
import { FIXTURES } from '../testing/fixtures';
import { fractionalIndex } from './draw';
import { LIBRARY_ENTRIES, systemDesignLibrary, systemDesignLibraryItems } from './systemDesignLibrary';

const BASE_FIELDS = [
  'id', 'type', 'x', 'y', 'width', 'height', 'angle', 'strokeColor', 'backgroundColor', 'fillStyle', 'strokeWidth', 'strokeStyle', 'roughness',
  'opacity', 'groupIds', 'frameId', 'roundness', 'seed', 'version', 'versionNonce', 'isDeleted', 'boundElements', 'updated', 'link', 'locked', 'index',
];
const TEXT_FIELDS = ['text', 'originalText', 'fontSize', 'fontFamily', 'textAlign', 'verticalAlign', 'containerId', 'autoResize', 'lineHeight'];
const LINE_FIELDS = ['points', 'lastCommittedPoint', 'startBinding', 'endBinding', 'startArrowhead', 'endArrowhead'];

describe('the system-design shape library', () => {
  const library = systemDesignLibrary();

  it('has one item for each building block the brief names', () => {
    expect(library.type).toBe('excalidrawlib');
    expect(library.version).toBe(2);
    expect(library.libraryItems.map((i) => i.name)).toEqual([
      'Web client', 'Mobile client', 'DNS', 'CDN', 'Load balancer', 'API gateway', 'Service', 'Worker', 'Cache',
      'Relational DB', 'Key-value store', 'Document store', 'Object storage', 'Message queue', 'Search index',
    ]);
    const kinds = new Set(LIBRARY_ENTRIES.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(COMPONENT_KINDS.filter((k) => k !== 'unknown').sort());
    for (const item of library.libraryItems) expect(item.status).toBe('published');
  });

  it.each(LIBRARY_ENTRIES.map((e) => [e.name, e.kind] as const))('%s, analysed alone, is exactly one %s', (name, kind) => {
    const item = library.libraryItems.find((i) => i.name === name)!;
    const analysis = analyseDiagram(item.elements);
    expect(analysis.components).toHaveLength(1);
    expect(analysis.components[0]).toMatchObject({ kind, labelFrom: 'bound-text' });
    // "Service" is the one generic word among the labels: any named kind beside it would win.
    expect(analysis.components[0]!.kindMatch.generic).toBe(kind === 'service');
    expect(analysis.connections).toEqual([]);
    expect(analysis.dangling).toEqual([]);
    expect(analysis.unlabelled).toEqual([]);
    expect(analysis.annotations).toEqual([]);
    // Every shape of the item is part of the one component.
    const shapes = item.elements.filter((e) => e.type !== 'line').map((e) => e.id);
    expect([...analysis.components[0]!.elementIds].sort()).toEqual(shapes.sort());
  });

  it('writes complete elements, as Excalidraw restores them', () => {
    for (const item of library.libraryItems) {
      for (const element of item.elements) {
        const fields = [...BASE_FIELDS, ...(element.type === 'text' ? TEXT_FIELDS : []), ...(element.type === 'line' ? LINE_FIELDS : [])];
        for (const field of fields) expect(element, `${element.id}.${field}`).toHaveProperty(field);
      }
      // Bound text and its container point at each other, and share the item's group.
      for (const text of item.elements.filter((e) => e.type === 'text')) {
        const container = item.elements.find((e) => e.id === text.containerId)!;
        expect(container.boundElements).toContainEqual({ id: text.id, type: 'text' });
        expect(text.groupIds).toEqual(container.groupIds);
      }
      expect(new Set(item.elements.flatMap((e) => e.groupIds)).size).toBe(1);
      expect(item.elements.map((e) => e.index)).toEqual(item.elements.map((_, i) => fractionalIndex(i)));
    }
    const ids = library.libraryItems.flatMap((i) => i.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is the same on every call (no randomness, no clock)', () => {
    expect(JSON.stringify(systemDesignLibraryItems())).toBe(JSON.stringify(library.libraryItems));
  });

  it('counts fractional indices in ascending string order', () => {
    const keys = Array.from({ length: 300 }, (_, i) => fractionalIndex(i));
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the library as Excalidraw restores it', () => {
  // scripts/make-canvas-fixtures.mjs passes the library through Excalidraw's own
  // `restoreLibraryItems` in Chromium and commits the result. It must still be what the
  // generator writes: if this fails, the generator changed; rerun the script.
  const restored = JSON.parse(FIXTURES['system-design.excalidrawlib']) as { libraryItems: { id: string; elements: Record<string, unknown>[] }[] };

  it('keeps every item and every field we write (boundElements: null reads as [])', () => {
    const ours = systemDesignLibraryItems();
    expect(restored.libraryItems.map((i) => i.id)).toEqual(ours.map((i) => i.id));
    for (const item of ours) {
      const back = restored.libraryItems.find((i) => i.id === item.id)!;
      expect(back.elements.map((e) => e.id)).toEqual(item.elements.map((e) => e.id));
      for (const element of item.elements) {
        const other = back.elements.find((e) => e.id === element.id)!;
        for (const [key, value] of Object.entries(element)) expect(other[key], `${element.id}.${key}`).toEqual(key === 'boundElements' ? (value ?? []) : value);
      }
    }
  });
});
