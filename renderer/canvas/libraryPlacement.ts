import { getCommonBounds, newElementWith } from '@excalidraw/excalidraw';
import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { freeSpot } from '../../shared/canvas/freeSpace';
import type { Box } from '../../shared/canvas/geometry';

/** A click on a library shape inserts it within this long (Excalidraw does it in the same task). */
const INSERT_WITHIN_MS = 1000;

const boxOf = (elements: readonly ExcalidrawElement[]): Box => {
  const [x1, y1, x2, y2] = getCommonBounds(elements);
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
};

/** Back to the canvas once the click is over, so the keys act on the new shape. */
function focusCanvasAfterClick(host: RefObject<HTMLElement | null>): void {
  requestAnimationFrame(() => host.current?.querySelector<HTMLElement>('.excalidraw-container')?.focus({ preventScroll: true }));
}

/**
 * A shape clicked in the library panel lands in free space beside the diagram rather than on
 * top of it, and the keyboard stays with the canvas (arrows nudge it, Delete removes it).
 * Excalidraw inserts a clicked shape at the middle of the view and hands the new scene to
 * `onDuplicate` first; this moves the new elements before they are drawn, so the move is
 * part of the insertion (one undo step, one logged change). A shape dragged from the panel
 * lands where it is dropped, and a paste where it is pasted: only a click is moved.
 */
export function useLibraryPlacement(api: ExcalidrawImperativeAPI | null, host: RefObject<HTMLElement | null>) {
  const clickedAt = useRef(0);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.library-unit__dragger') && !event.shiftKey) clickedAt.current = performance.now();
    };
    // Capture: Excalidraw's own handler inserts the shape during this same click.
    element.addEventListener('click', onClick, true);
    return () => element.removeEventListener('click', onClick, true);
  }, [host]);

  return useCallback(
    (next: readonly ExcalidrawElement[], previous: readonly ExcalidrawElement[]): ExcalidrawElement[] | void => {
      if (!api || performance.now() - clickedAt.current > INSERT_WITHIN_MS) return;
      clickedAt.current = 0;
      const before = new Set(previous.map((e) => e.id));
      const added = next.filter((e) => !before.has(e.id));
      const drawn = previous.filter((e) => !e.isDeleted && !('containerId' in e && e.containerId));
      if (added.length === 0) return;
      const shape = boxOf(added);
      const { scrollX, scrollY, zoom, width, height } = api.getAppState();
      const view = { x: -scrollX, y: -scrollY, width: width / zoom.value, height: height / zoom.value };
      const spot = freeSpot(shape, drawn.map((e) => boxOf([e])), view);
      focusCanvasAfterClick(host);
      const dx = spot.x - shape.x;
      const dy = spot.y - shape.y;
      if (dx === 0 && dy === 0) return;
      const moved = new Set(added.map((e) => e.id));
      return next.map((e) => (moved.has(e.id) ? newElementWith(e, { x: e.x + dx, y: e.y + dy }) : e));
    },
    [api, host],
  );
}
