import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { diffScene, nothingRecorded } from '../shared/canvas/delta';
import { useTempDirs } from '../node/services/testing/tempDir';
import { benchCanvasBrowser } from './canvasBrowser';
import { benchCanvasBytes } from './canvasBytes';
import { appendIndex, SimScene } from './canvasSim';

const tempDir = useTempDirs();

describe('the simulated Excalidraw scene', () => {
  it('bumps the version of every element a change touches, as Excalidraw does', () => {
    const scene = new SimScene(1, 0);
    const box = scene.newShape('rectangle', 0, 0);
    const text = scene.newBoundText(box.id);
    scene.typeInto(text.id, 'Cache');
    expect(scene.get(box.id).version).toBe(2);
    expect(scene.get(box.id).boundElements).toEqual([{ type: 'text', id: text.id }]);
    expect(scene.get(text.id)).toMatchObject({ version: 2, text: 'Cache', containerId: box.id });
    const other = scene.newShape('ellipse', 300, 0);
    const arrow = scene.newArrow(170, 40);
    scene.bindArrow(arrow.id, box.id, other.id);
    const before = new Map(scene.elements.map((e) => [e.id, e.version]));
    scene.moveWithBindings(box.id, 10, 5);
    // The shape, its label and the arrow move; the far shape does not.
    expect(scene.elements.filter((e) => e.version !== before.get(e.id)).map((e) => e.id)).toEqual([box.id, text.id, arrow.id]);
    expect(scene.get(arrow.id).x).toBe(180);
    // Versions are what the recorder compares: a new scene diffs as all added.
    expect(diffScene(nothingRecorded(), scene.elements)!.added).toHaveLength(4);
  });

  it('gives appended elements the fractional indices Excalidraw would', () => {
    expect([0, 1, 10, 61, 62, 63, 62 + 62 * 62].map(appendIndex)).toEqual(['a0', 'a1', 'aA', 'az', 'b00', 'b01', 'c000']);
  });
});

describe('canvas figures for npm run bench', () => {
  it('count the log bytes of a small drawing and drag, far below saving the whole scene each time', async () => {
    const result = await benchCanvasBytes(await tempDir(), { shapes: 8, dragSeconds: 2 });
    expect(result.canvasSceneElements).toBe(24);
    expect(result.canvasBytes200Shapes200Arrows).toBeGreaterThan(8 * 3 * 300);
    expect(result.canvasFlushes200Shapes200Arrows).toBeGreaterThan(8);
    expect(result.canvasWholeSceneBytes200Shapes200Arrows).toBeGreaterThan(result.canvasBytes200Shapes200Arrows);
    // Two seconds of dragging: two batches (and the one on blur at most), each the moved shape, label and arrows.
    expect(result.canvasFlushesDrag10s).toBeGreaterThanOrEqual(2);
    expect(result.canvasFlushesDrag10s).toBeLessThanOrEqual(3);
    expect(result.canvasBytesDrag10s).toBeGreaterThan(0);
    expect(result.canvasWholeSceneBytesDrag10s).toBeGreaterThan(result.canvasBytesDrag10s);
  });

  it('report why the browser figures are missing instead of failing', async () => {
    const root = await tempDir();
    const result = await benchCanvasBrowser({ root, tempRoot: root });
    expect(result).toEqual({ canvasRecordSkipped: expect.stringMatching(/dist\/renderer\/index\.html is missing/) });
    expect(await readdir(root)).toEqual([]);
  });
});
