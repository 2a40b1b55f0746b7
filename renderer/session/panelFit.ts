import type { PanelSide, PanelSizes } from './usePanelSizes';

export type PanelLimits = Record<PanelSide, { min: number; max: number }>;
export type PanelFit = { left: number; right: number; leftMax: number; rightMax: number };

/**
 * The side panels' widths in a grid `gridWidth` wide, so the canvas between them keeps
 * `canvasMin` (see Workspace). Where the widths asked for do not fit, the panel the person
 * resized last keeps its width and the other gives way; with no such panel, both give way
 * in proportion to what they have above their minimum. A window too narrow for both minimums
 * and the canvas gets the minimums (the canvas takes less). `leftMax` and `rightMax` are
 * what each splitter may be dragged to.
 */
export function fitPanels(gridWidth: number, sizes: PanelSizes, limits: PanelLimits, canvasMin: number, splitters: number): PanelFit {
  const room = gridWidth > 0 ? gridWidth - splitters - canvasMin : Infinity;
  const min = { left: sizes.leftCollapsed ? 0 : limits.left.min, right: sizes.rightCollapsed ? 0 : limits.right.min };
  const want = { left: sizes.leftCollapsed ? 0 : sizes.left, right: sizes.rightCollapsed ? 0 : sizes.right };
  const width = { ...want };
  let over = want.left + want.right - room;
  if (over > 0) {
    const spare = { left: Math.max(0, want.left - min.left), right: Math.max(0, want.right - min.right) };
    if (sizes.lastResized) {
      const gives: PanelSide = sizes.lastResized === 'left' ? 'right' : 'left';
      for (const side of [gives, sizes.lastResized]) {
        const cut = Math.min(spare[side], over);
        width[side] -= cut;
        over -= cut;
      }
    } else {
      const total = spare.left + spare.right;
      const share = total === 0 ? 0 : Math.min(1, over / total);
      width.left -= Math.round(spare.left * share);
      width.right -= Math.round(spare.right * share);
    }
  }
  const maxFor = (side: PanelSide, other: PanelSide) => Math.max(limits[side].min, Math.min(limits[side].max, room - min[other]));
  return {
    left: Math.max(min.left, width.left),
    right: Math.max(min.right, width.right),
    leftMax: maxFor('left', 'right'),
    rightMax: maxFor('right', 'left'),
  };
}
