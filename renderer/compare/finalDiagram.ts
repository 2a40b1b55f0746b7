import type { ExcalidrawElement, NonDeleted } from '@excalidraw/excalidraw/element/types';
import type { BinaryFiles } from '@excalidraw/excalidraw/types';
import type { CanvasState } from '../../shared/canvas/element';
import { visibleElements } from '../../shared/canvas/scene';
import { pointExcalidrawAtBundledAssets } from '../canvas/assetPath';

/**
 * A session's final diagram as an SVG drawn by Excalidraw itself, with the fonts bundled
 * with the app. Undefined when nothing was drawn. Dark mode inverts it as the canvas would.
 */
export async function renderFinalSvg(canvas: CanvasState, dark: boolean): Promise<SVGSVGElement | undefined> {
  const elements = visibleElements(canvas);
  if (elements.length === 0) return undefined;
  pointExcalidrawAtBundledAssets();
  const { exportToSvg } = await import('@excalidraw/excalidraw');
  return exportToSvg({
    elements: elements as unknown as NonDeleted<ExcalidrawElement>[],
    appState: { exportBackground: true, viewBackgroundColor: '#ffffff', exportWithDarkMode: dark },
    files: canvas.files as unknown as BinaryFiles,
    exportPadding: 16,
  });
}
