import { exportToBlob, exportToSvg, serializeAsJSON } from '@excalidraw/excalidraw';
import type { NonDeletedExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type { AppState, BinaryFiles, ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import { localDate, safeFileStem } from '../../shared/fileName';

export type ExportFormat = 'png' | 'svg' | 'excalidraw';

export const EXPORT_LABEL: Record<ExportFormat, string> = {
  png: 'PNG image',
  svg: 'SVG image',
  excalidraw: 'Excalidraw file',
};

const EXTENSION: Record<ExportFormat, string> = { png: 'png', svg: 'svg', excalidraw: 'excalidraw' };
const PADDING = 24;

/**
 * The diagram as a file: PNG and SVG on a white background whatever the app's theme (they
 * go into documents), `.excalidraw` as excalidraw.com writes it. Deleted elements stay out.
 */
export async function renderExport(api: ExcalidrawImperativeAPI, format: ExportFormat): Promise<Blob> {
  return renderScene({ elements: api.getSceneElements(), files: api.getFiles(), appState: api.getAppState() }, format);
}

/** A scene to export without a canvas on screen (the design document draws the session's final diagram). */
export type ExportScene = {
  elements: readonly NonDeletedExcalidrawElement[];
  files: BinaryFiles;
  appState: Partial<AppState>;
};

export async function renderScene(scene: ExportScene, format: ExportFormat): Promise<Blob> {
  const { elements, files } = scene;
  const appState = { ...scene.appState, exportBackground: true, exportWithDarkMode: false, exportEmbedScene: false };
  switch (format) {
    case 'png':
      return exportToBlob({ elements, appState, files, mimeType: 'image/png', exportPadding: PADDING });
    case 'svg': {
      const svg = await exportToSvg({ elements, appState, files, exportPadding: PADDING });
      return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    }
    case 'excalidraw':
      return new Blob([serializeAsJSON(elements, appState, files, 'local')], { type: 'application/vnd.excalidraw+json' });
  }
}

/** "Design a URL shortener 2026-11-22.png", as the desktop app's save dialog proposes. */
export function exportFileName(title: string, createdAt: number, format: ExportFormat): string {
  return `${safeFileStem(title)} ${localDate(createdAt)}.${EXTENSION[format]}`;
}
