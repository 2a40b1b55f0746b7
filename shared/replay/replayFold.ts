import type { CanvasState } from '../canvas/element';
import { applyDeltaInPlace } from '../canvas/scene';
import type { SessionEvent } from '../session/events';
import { reduce } from '../session/reduce';
import type { SessionState } from '../session/state';

/**
 * Folds events exactly as `fold` does, but keeps the diagram in one copy of its own between
 * `take`s instead of copying every element for every batch, which is most of the cost of a
 * long session's fold. Between takes, `state.canvas` is stale: chapters and marks, which
 * never read the diagram, may look at those states; only `take` hands out a whole one.
 */
export class ReplayFold {
  private canvas: CanvasState | undefined;

  constructor(private state: SessionState | undefined) {}

  /** Folds one event; the state returned has the diagram as of the last `take`. */
  step(event: SessionEvent): SessionState {
    const state = this.state;
    // The same rule as `fold`: an event the state already covers (a repeated seq) is skipped.
    if (state && event.seq <= state.lastSeq) return state;
    if (state && event.type === 'canvas.changed') {
      // reduce's rule for a canvas batch: none after the end; the seq and wall time move on regardless.
      if (state.status !== 'ended') {
        this.canvas ??= copyCanvas(state.canvas);
        applyDeltaInPlace(this.canvas, event.payload, event.phase);
      }
      this.state = { ...state, lastSeq: event.seq, lastAt: Math.max(state.lastAt, event.at) };
    } else {
      this.state = reduce(state, event);
    }
    return this.state;
  }

  /** The state so far, diagram included. It is never changed afterwards: the next batch copies the diagram first. */
  take(): SessionState | undefined {
    if (this.state && this.canvas) {
      this.state = { ...this.state, canvas: this.canvas };
      this.canvas = undefined;
    }
    return this.state;
  }
}

function copyCanvas(canvas: CanvasState): CanvasState {
  return { elements: { ...canvas.elements }, order: [...canvas.order], firstPhase: { ...canvas.firstPhase }, files: canvas.files };
}
