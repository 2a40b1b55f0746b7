import { describe, expect, it } from 'vitest';
import { FREE_SPACE_GAP, freeSpot } from './freeSpace';
import type { Box } from './geometry';

const VIEW: Box = { x: -400, y: -300, width: 1200, height: 800 };
const box = (x: number, y: number, width = 160, height = 80): Box => ({ x, y, width, height });
const clear = (a: Box, b: Box) =>
  a.x >= b.x + b.width + FREE_SPACE_GAP || b.x >= a.x + a.width + FREE_SPACE_GAP || a.y >= b.y + b.height + FREE_SPACE_GAP || b.y >= a.y + a.height + FREE_SPACE_GAP;

describe('freeSpot', () => {
  it('leaves a shape where it is when nothing is under it', () => {
    expect(freeSpot(box(100, 100), [box(600, 400)], VIEW)).toEqual({ x: 100, y: 100 });
  });

  it('moves a shape off the diagram it would cover, to the nearest clear spot on screen', () => {
    const taken = [box(0, 0), box(200, 0), box(0, 120), box(200, 120)];
    const spot = freeSpot(box(100, 60), taken, VIEW);
    const placed = { ...spot, width: 160, height: 80 };
    for (const t of taken) expect(clear(placed, t), JSON.stringify({ placed, t })).toBe(true);
    expect(placed.x >= VIEW.x && placed.x + placed.width <= VIEW.x + VIEW.width).toBe(true);
    expect(placed.y >= VIEW.y && placed.y + placed.height <= VIEW.y + VIEW.height).toBe(true);
    // Beside the diagram, not across the screen.
    expect(Math.hypot(spot.x - 100, spot.y - 60)).toBeLessThan(400);
  });

  it('goes off screen only when the screen is full', () => {
    const full = [box(VIEW.x, VIEW.y, VIEW.width, VIEW.height)];
    const spot = freeSpot(box(0, 0), full, VIEW);
    expect(clear({ ...spot, width: 160, height: 80 }, full[0]!)).toBe(true);
  });
});
