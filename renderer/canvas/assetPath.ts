/**
 * Where Excalidraw finds its fonts: the copy the build puts beside the app (see
 * vite.config.ts), as an absolute URL on our own origin (`app://designdrill/excalidraw/`
 * in Electron, `http://127.0.0.1:<port>/excalidraw/` in the browser host). Set before
 * Excalidraw's module loads; without it Excalidraw would fetch them from a CDN.
 */
export const EXCALIDRAW_ASSET_DIR = 'excalidraw';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

export function pointExcalidrawAtBundledAssets(): void {
  window.EXCALIDRAW_ASSET_PATH = new URL(`/${EXCALIDRAW_ASSET_DIR}/`, window.location.href).href;
}
