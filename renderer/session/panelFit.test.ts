import { describe, expect, it } from 'vitest';
import { fitPanels } from './panelFit';
import type { PanelSizes } from './usePanelSizes';

const LIMITS = { left: { min: 240, max: 520 }, right: { min: 230, max: 640 } };
const CANVAS = 740;
const SPLITTERS = 24;
const sizes = (s: Partial<PanelSizes> = {}): PanelSizes => ({ left: 300, right: 300, leftCollapsed: false, rightCollapsed: false, ...s });
const canvasWidth = (grid: number, fit: { left: number; right: number }) => grid - SPLITTERS - fit.left - fit.right;

describe('fitPanels', () => {
  it('gives the panels what they ask for where the canvas keeps its minimum', () => {
    expect(fitPanels(1408, sizes(), LIMITS, CANVAS, SPLITTERS)).toMatchObject({ left: 300, right: 300 });
  });

  it('in a window too narrow for both, narrows both in proportion so the canvas keeps its minimum', () => {
    // 1280 px wide, less the screen's padding.
    const fit = fitPanels(1248, sizes(), LIMITS, CANVAS, SPLITTERS);
    expect(canvasWidth(1248, fit)).toBeGreaterThanOrEqual(CANVAS);
    expect(canvasWidth(1248, fit)).toBeLessThanOrEqual(CANVAS + 1);
    expect(Math.abs(fit.left - fit.right)).toBeLessThan(15);
    expect(fit.left).toBeGreaterThanOrEqual(240);
    expect(fit.right).toBeGreaterThanOrEqual(230);
  });

  it('keeps the width of the panel resized last; the other gives way', () => {
    const fit = fitPanels(1408, sizes({ left: 380, lastResized: 'left' }), LIMITS, CANVAS, SPLITTERS);
    expect(fit.left).toBe(380);
    expect(canvasWidth(1408, fit)).toBe(CANVAS);
    expect(fitPanels(1408, sizes({ right: 400, lastResized: 'right' }), LIMITS, CANVAS, SPLITTERS)).toMatchObject({ right: 400, left: 244 });
  });

  it('a folded panel gives its room to the other and the canvas', () => {
    const fit = fitPanels(1248, sizes({ rightCollapsed: true }), LIMITS, CANVAS, SPLITTERS);
    expect(fit).toMatchObject({ left: 300, right: 0 });
    expect(fit.leftMax).toBe(1248 - SPLITTERS - CANVAS);
  });

  it('a window too narrow for the minimums keeps the minimums', () => {
    expect(fitPanels(900, sizes(), LIMITS, CANVAS, SPLITTERS)).toMatchObject({ left: 240, right: 230, leftMax: 240, rightMax: 230 });
  });

  it('before the grid is measured, asks nothing of the panels', () => {
    expect(fitPanels(0, sizes({ left: 500 }), LIMITS, CANVAS, SPLITTERS)).toMatchObject({ left: 500, right: 300, leftMax: 520, rightMax: 640 });
  });
});
