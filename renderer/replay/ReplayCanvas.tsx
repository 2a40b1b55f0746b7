import { lazy, memo, Suspense, useMemo, useState } from 'react';
import type { CanvasState } from '../../shared/canvas/element';
import { visibleElements } from '../../shared/canvas/scene';
import { pointExcalidrawAtBundledAssets } from '../canvas/assetPath';
import { CanvasFailure, CanvasLoading } from '../canvas/CanvasPane';

const ReplayExcalidraw = lazy(() => {
  pointExcalidrawAtBundledAssets();
  return import('./ReplayExcalidraw');
});

/**
 * The diagram at the moment shown, with what Excalidraw holds counted in its bar and the
 * words written on it listed for screen readers (a canvas has no text of its own).
 */
export const ReplayCanvas = memo(function ReplayCanvas({ canvas, frame }: { canvas: CanvasState; frame: CanvasState }) {
  const [shown, setShown] = useState<number>();
  const words = useMemo(
    () =>
      visibleElements(canvas)
        .filter((e) => e.type === 'text' && typeof e.text === 'string' && e.text.trim() !== '')
        .map((e) => ({ id: e.id, text: String(e.text) })),
    [canvas],
  );
  return (
    <section className="canvas-frame" aria-label="Diagram">
      <CanvasFailure>
        <Suspense fallback={<CanvasLoading />}>
          <div className="canvas-pane">
            <div className="canvas-bar">
              <h2 className="canvas-title">Diagram</h2>
              <span className="canvas-status replay-canvas-count">
                {shown === undefined ? 'Loading the canvas…' : shown === 0 ? 'Nothing drawn yet' : `${shown} element${shown === 1 ? '' : 's'} at this moment`}
              </span>
            </div>
            <div className="canvas-host">
              {shown === 0 && <p className="canvas-empty">Nothing was drawn by this moment.</p>}
              <ReplayExcalidraw canvas={canvas} frame={frame} onShown={setShown} />
            </div>
            <ul className="visually-hidden" aria-label="Text on the diagram">
              {words.map((w) => (
                <li key={w.id}>{w.text}</li>
              ))}
            </ul>
          </div>
        </Suspense>
      </CanvasFailure>
    </section>
  );
});
