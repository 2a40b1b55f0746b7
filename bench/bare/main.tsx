import { Excalidraw } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
    /** What the benchmark reads back: how many elements the scene holds. */
    __bareCanvas?: { elements(): number };
  }
}

// Fonts come from this page's own server, as in the app: nothing leaves 127.0.0.1.
window.EXCALIDRAW_ASSET_PATH = `${window.location.origin}/`;

function Bare() {
  const ready = (api: ExcalidrawImperativeAPI) => {
    window.__bareCanvas = { elements: () => api.getSceneElements().length };
  };
  return (
    <div style={{ position: 'fixed', inset: 0 }}>
      <Excalidraw excalidrawAPI={ready} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
);
