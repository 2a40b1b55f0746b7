import { useCallback, useState } from 'react';

/** The widths of the session screen's side panels, kept between visits in this window's storage. */
export type PanelSizes = {
  left: number;
  right: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
  /** The panel the person dragged last: it keeps its width where both do not fit (see fitPanels). */
  lastResized?: PanelSide;
};
export type PanelSide = 'left' | 'right';

export const PANEL_LIMITS = { left: { min: 240, max: 520 }, right: { min: 230, max: 640 } } as const;
const DEFAULTS: PanelSizes = { left: 300, right: 300, leftCollapsed: false, rightCollapsed: false };
const KEY = 'designdrill.session.panels';

function read(): PanelSizes {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<PanelSizes> | null;
    if (!saved || typeof saved !== 'object') return DEFAULTS;
    const width = (side: PanelSide) => {
      const value = saved[side];
      return typeof value === 'number' && Number.isFinite(value) ? clampWidth(side, value) : DEFAULTS[side];
    };
    return {
      left: width('left'),
      right: width('right'),
      leftCollapsed: saved.leftCollapsed === true,
      rightCollapsed: saved.rightCollapsed === true,
      ...(saved.lastResized === 'left' || saved.lastResized === 'right' ? { lastResized: saved.lastResized } : {}),
    };
  } catch {
    return DEFAULTS;
  }
}

export function clampWidth(side: PanelSide, width: number): number {
  const { min, max } = PANEL_LIMITS[side];
  return Math.round(Math.min(max, Math.max(min, width)));
}

export function usePanelSizes() {
  const [sizes, setSizes] = useState(read);
  const update = useCallback((change: (s: PanelSizes) => PanelSizes) => {
    setSizes((current) => {
      const next = change(current);
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage full or refused: the sizes still apply until the window closes.
      }
      return next;
    });
  }, []);
  return [sizes, update] as const;
}
