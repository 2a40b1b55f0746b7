import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import { useEffect, type RefObject } from 'react';

/** Room left around the diagram: 8% of the view. */
const MARGIN = 0.92;

/**
 * An ended session's canvas is there to be read back: the whole diagram in view, never
 * zoomed past 100 %, fitted again when the canvas changes size (the pad or a panel opening).
 */
export function useFitEndedView(api: ExcalidrawImperativeAPI | null, host: RefObject<HTMLElement | null>, active: boolean) {
  useEffect(() => {
    const element = host.current;
    if (!api || !active || !element) return;
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      // A frame later: Excalidraw takes its new size from the same resize first.
      frame = requestAnimationFrame(() => {
        if (api.getSceneElements().length === 0) return;
        api.scrollToContent(undefined, { fitToViewport: true, viewportZoomFactor: MARGIN, maxZoom: 1, animate: false });
      });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [api, host, active]);
}
