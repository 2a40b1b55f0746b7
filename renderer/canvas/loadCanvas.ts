import { pointExcalidrawAtBundledAssets } from './assetPath';

/**
 * Excalidraw's chunk (the canvas and Excalidraw itself). The session screen asks for it as its
 * own chunk is fetched, so the two downloads run side by side rather than one after the other;
 * the canvas pane then finds it loaded or on its way.
 */
export function loadExcalidrawCanvas() {
  pointExcalidrawAtBundledAssets();
  return import('./ExcalidrawCanvas');
}
