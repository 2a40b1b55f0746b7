import type { CanvasState } from '../../shared/canvas/element';
import { toExcalidrawFile } from '../../shared/canvas/excalidrawFile';
import { renderScene, type ExportScene } from '../canvas/exportDiagram';

/**
 * The session's final diagram as the two images that go beside the design document, drawn
 * from the log's scene without a canvas on screen. Loaded on demand: it pulls in Excalidraw.
 */
export async function diagramImages(canvas: CanvasState): Promise<{ svg: string; png: Uint8Array }> {
  const file = toExcalidrawFile(canvas);
  // The log keeps Excalidraw's own elements and files, checked only in the fields it relies on.
  const scene: ExportScene = {
    elements: file.elements as unknown as ExportScene['elements'],
    files: (file.files ?? {}) as unknown as ExportScene['files'],
    appState: { viewBackgroundColor: file.appState?.viewBackgroundColor ?? '#ffffff' },
  };
  const [svg, png] = await Promise.all([renderScene(scene, 'svg'), renderScene(scene, 'png')]);
  return { svg: await svg.text(), png: new Uint8Array(await png.arrayBuffer()) };
}
