import type { CanvasElement, CanvasState } from '../../shared/canvas/element';
import { sceneElements } from '../../shared/canvas/scene';

/**
 * Elements the log holds in a newer version than this window shows, in stacking order:
 * what another window drew. Our own batches come back no newer than what is shown (the
 * person has usually moved on since), so they are left alone. A deletion of something
 * this window never showed needs no applying.
 */
export function newerThanShown(canvas: CanvasState, shown: readonly Pick<CanvasElement, 'id' | 'version'>[]): CanvasElement[] {
  const versions = new Map(shown.map((e) => [e.id, e.version]));
  return sceneElements(canvas).filter((e) => {
    const version = versions.get(e.id);
    return version === undefined ? !e.isDeleted : e.version > version;
  });
}
