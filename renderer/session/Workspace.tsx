import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { fitPanels } from './panelFit';
import { Splitter } from './Splitter';
import { clampWidth, PANEL_LIMITS, usePanelSizes, type PanelSide } from './usePanelSizes';

/**
 * The canvas keeps this much width however wide the panels are dragged: Excalidraw's desktop
 * tools need 730 px (below it they fold into its phone layout), plus the pane's border.
 */
export const CANVAS_MIN = 740;

export const SPLITTER_WIDTH = 12;

/**
 * Three columns: the phase panel, the canvas in the middle taking what is left, and the
 * notes. Each side panel is resized (or folded away) against the canvas with a splitter.
 */
export function Workspace({ side, canvas, notes }: { side: ReactNode; canvas: ReactNode; notes: ReactNode }) {
  const [sizes, update] = usePanelSizes();
  const grid = useRef<HTMLDivElement>(null);
  const [gridWidth, setGridWidth] = useState(0);

  useEffect(() => {
    const element = grid.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setGridWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The widths asked for, given up where the window is too narrow for them and the canvas.
  const { left, right, leftMax, rightMax } = fitPanels(gridWidth, sizes, PANEL_LIMITS, CANVAS_MIN, 2 * SPLITTER_WIDTH);

  const splitter = (which: PanelSide, label: string, width: number, max: number) => (
    <Splitter
      label={label}
      controls={`session-panel-${which}`}
      side={which}
      width={width}
      min={PANEL_LIMITS[which].min}
      max={max}
      collapsed={which === 'left' ? sizes.leftCollapsed : sizes.rightCollapsed}
      onResize={(w) => update((s) => ({ ...s, [which]: clampWidth(which, w), lastResized: which }))}
      onCollapse={(c) => update((s) => ({ ...s, [which === 'left' ? 'leftCollapsed' : 'rightCollapsed']: c }))}
    />
  );

  return (
    <div
      ref={grid}
      className="session-grid"
      style={{ '--left-width': `${left}px`, '--right-width': `${right}px`, '--splitter-width': `${SPLITTER_WIDTH}px` } as CSSProperties}
    >
      <aside id="session-panel-left" className="session-side" aria-label="Phase" hidden={sizes.leftCollapsed}>
        {side}
      </aside>
      {splitter('left', 'Resize the phase panel', left, leftMax)}
      <div className="session-canvas">{canvas}</div>
      {splitter('right', 'Resize the notes panel', right, rightMax)}
      <aside id="session-panel-right" className="session-notes" aria-label="Notes" hidden={sizes.rightCollapsed}>
        {notes}
      </aside>
    </div>
  );
}
