/* global window, document */
// A throwaway page for scripts/make-canvas-fixtures.mjs: Excalidraw 0.18 full-screen, with
// its API and helpers on `window.fixtures` for the script to drive. Never part of the app build.
import { Excalidraw, convertToExcalidrawElements, serializeAsJSON, serializeLibraryAsJSON, restore, restoreElements, restoreLibraryItems, CaptureUpdateAction } from '@excalidraw/excalidraw';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { systemDesignLibrary } from '../../shared/canvas/library/systemDesignLibrary';
import { toExcalidrawFile } from '../../shared/canvas/excalidrawFile';
import { emptyCanvas } from '../../shared/canvas/element';
import { applyDelta } from '../../shared/canvas/scene';

let resolveApi;
const ready = new Promise((resolve) => (resolveApi = resolve));

window.fixtures = {
  ready,
  library: systemDesignLibrary(),
  excalidraw: { convertToExcalidrawElements, serializeAsJSON, serializeLibraryAsJSON, restore, restoreElements, restoreLibraryItems, CaptureUpdateAction },
  designdrill: { toExcalidrawFile, emptyCanvas, applyDelta },
};

function App() {
  return createElement('div', { style: { position: 'fixed', inset: 0 } }, createElement(Excalidraw, { excalidrawAPI: (api) => resolveApi(api) }));
}

createRoot(document.getElementById('root')).render(createElement(StrictMode, null, createElement(App)));
