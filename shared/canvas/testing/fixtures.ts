import handDrawn from '../fixtures/hand-drawn.excalidraw?raw';
import libraryShapes from '../fixtures/library-shapes.excalidraw?raw';
import messy from '../fixtures/messy.excalidraw?raw';
import systemDesignLibrary from '../fixtures/system-design.excalidrawlib?raw';
import unboundArrows from '../fixtures/unbound-arrows.excalidraw?raw';
import urlShortener from '../fixtures/url-shortener.excalidraw?raw';

/**
 * The fixtures' text, for tests: real files written by Excalidraw 0.18
 * (`node scripts/make-canvas-fixtures.mjs` makes them again).
 */
export const FIXTURES = {
  'url-shortener.excalidraw': urlShortener,
  'unbound-arrows.excalidraw': unboundArrows,
  'messy.excalidraw': messy,
  'hand-drawn.excalidraw': handDrawn,
  'library-shapes.excalidraw': libraryShapes,
  'system-design.excalidrawlib': systemDesignLibrary,
} as const;

export type FixtureName = keyof typeof FIXTURES;
