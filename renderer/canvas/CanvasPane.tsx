import { Component, lazy, memo, Suspense, type ReactNode } from 'react';
import type { CanvasProps } from './ExcalidrawCanvas';
import { loadExcalidrawCanvas } from './loadCanvas';
import { messageOf } from '../../shared/errors';

/** Excalidraw is big: its chunk loads when a session screen is first opened, not before. */
const ExcalidrawCanvas = lazy(loadExcalidrawCanvas);

/**
 * The session's diagram: Excalidraw, loaded on demand, with a placeholder meanwhile.
 * Memoised: the session screen re-renders every second for its clock, the canvas must not.
 */
export const CanvasPane = memo(function CanvasPane(props: CanvasProps) {
  return (
    <section className="canvas-frame" aria-label="Diagram">
      <CanvasFailure>
        <Suspense fallback={<CanvasLoading />}>
          <ExcalidrawCanvas {...props} />
        </Suspense>
      </CanvasFailure>
    </section>
  );
});

export function CanvasLoading() {
  return (
    <div className="canvas-pane">
      <div className="canvas-bar">
        <h2 className="canvas-title">Diagram</h2>
        <span className="canvas-status">Loading the canvas…</span>
      </div>
      <div className="canvas-host canvas-host-loading" />
    </div>
  );
}

/** A canvas that cannot load (a damaged install) says so instead of taking the screen down. */
export class CanvasFailure extends Component<{ children: ReactNode }, { error: string | undefined }> {
  override state = { error: undefined as string | undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: messageOf(error) };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <div className="canvas-pane">
        <div className="canvas-bar">
          <h2 className="canvas-title">Diagram</h2>
        </div>
        <div className="canvas-host canvas-host-failed" role="alert">
          <p>
            <strong>The canvas could not be opened.</strong>
          </p>
          <p className="muted">{this.state.error}</p>
          <button type="button" className="btn" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
