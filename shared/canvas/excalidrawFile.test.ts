import { describe, expect, it } from 'vitest';
import { analyseCanvas, analyseDiagram } from './analyse';
import { diffScene, nothingRecorded } from './delta';
import { emptyCanvas, type CanvasElement, type CanvasFile, type CanvasState } from './element';
import { EXCALIDRAW_FILE_SOURCE, parseExcalidrawFile, phasesOf, toExcalidrawFile } from './excalidrawFile';
import { applyDelta, visibleElements } from './scene';
import { el } from './testing/elements';
import { FIXTURES, type FixtureName } from './testing/fixtures';


/** A canvas folded from a fixture, its elements recorded over two phases: shapes first, then arrows and lines. */
function canvasFrom(name: FixtureName): CanvasState {
  const elements = parseExcalidrawFile(FIXTURES[name]).elements;
  const linear = (e: CanvasElement) => e.type === 'arrow' || e.type === 'line';
  let canvas = applyDelta(emptyCanvas(), diffScene(nothingRecorded(), elements.filter((e) => !linear(e)))!, 'high-level');
  const rest = elements.filter(linear);
  if (rest.length > 0) canvas = applyDelta(canvas, { added: rest, changed: [], deleted: [], files: [] }, 'deep-dive');
  return canvas;
}

describe('toExcalidrawFile', () => {
  it('writes the file excalidraw.com opens: type, version, source, elements, appState, files', () => {
    const file = toExcalidrawFile(canvasFrom('url-shortener.excalidraw'));
    expect(file).toMatchObject({ type: 'excalidraw', version: 2, source: EXCALIDRAW_FILE_SOURCE, appState: { viewBackgroundColor: '#ffffff', gridSize: null }, files: {} });
    expect(parseExcalidrawFile(JSON.stringify(file))).toEqual(file);
  });

  it.each(['url-shortener.excalidraw', 'unbound-arrows.excalidraw', 'messy.excalidraw', 'hand-drawn.excalidraw', 'library-shapes.excalidraw'] as const)(
    'round-trips %s: the same analysis, and each element keeps the phase it was drawn in',
    (name) => {
      const canvas = canvasFrom(name);
      const file = parseExcalidrawFile(JSON.stringify(toExcalidrawFile(canvas)));
      expect(analyseDiagram(file.elements)).toEqual(analyseDiagram(visibleElements(canvas)));
      expect(phasesOf(file)).toEqual(canvas.firstPhase);
      const withPhases = analyseDiagram(file.elements, { firstPhase: phasesOf(file) });
      expect(withPhases).toEqual(analyseCanvas(canvas));
      for (const c of withPhases.connections) expect(c.firstPhase).toBe('deep-dive');
      for (const c of withPhases.components) expect(c.firstPhase).toBe('high-level');
    },
  );

  it('leaves out deleted elements and the images they used, keeps the stacking order', () => {
    const png: CanvasFile = { id: 'f1', mimeType: 'image/png', dataURL: 'data:image/png;base64,AA', created: 1 };
    const jpg: CanvasFile = { id: 'f2', mimeType: 'image/jpeg', dataURL: 'data:image/jpeg;base64,AA', created: 1 };
    let canvas = applyDelta(
      emptyCanvas(),
      { added: [el('top', { index: 'a3' }), el('kept', { type: 'image', fileId: 'f1', index: 'a1' }), el('gone', { type: 'image', fileId: 'f2', index: 'a2' })], changed: [], deleted: [], files: [png, jpg] },
      'design',
    );
    canvas = applyDelta(canvas, { added: [], changed: [], deleted: [{ id: 'gone', version: 2, versionNonce: 3 }], files: [] }, 'design');
    const file = toExcalidrawFile(canvas);
    expect(file.elements.map((e) => e.id)).toEqual(['kept', 'top']);
    expect(file.files).toEqual({ f1: png });
  });

  it('keeps customData it finds, adding the phase beside it, and clears lastCommittedPoint as Excalidraw does', () => {
    const arrow: CanvasElement = el('a', { type: 'arrow', points: [[0, 0], [10, 0]], lastCommittedPoint: [10, 0], customData: { mine: 1 } });
    const file = toExcalidrawFile(applyDelta(emptyCanvas(), { added: [arrow], changed: [], deleted: [], files: [] }, 'api'));
    expect(file.elements[0]).toMatchObject({ customData: { mine: 1, designdrillPhase: 'api' }, lastCommittedPoint: null });
  });

  it('does not change the canvas', () => {
    const canvas = canvasFrom('hand-drawn.excalidraw');
    const copy = structuredClone(canvas);
    toExcalidrawFile(canvas, { theme: 'dark' });
    expect(canvas).toEqual(copy);
  });

  it('keeps the background white in dark mode (Excalidraw darkens it on screen) and notes the theme', () => {
    const file = toExcalidrawFile(emptyCanvas(), { theme: 'dark' });
    expect(file.appState).toEqual({ viewBackgroundColor: '#ffffff', gridSize: null, theme: 'dark' });
  });

  it('refuses what is not an Excalidraw scene', () => {
    expect(() => parseExcalidrawFile('{"type":"excalidrawlib","version":2}')).toThrow();
    expect(() => parseExcalidrawFile('not json')).toThrow();
  });
});
