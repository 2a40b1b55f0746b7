import type { Box } from './geometry';

/** The room kept between a placed shape and what is already drawn, in scene units. */
export const FREE_SPACE_GAP = 40;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

const inside = (a: Box, view: Box) => a.x >= view.x && a.y >= view.y && a.x + a.width <= view.x + view.width && a.y + a.height <= view.y + view.height;

/**
 * Where to put a shape of `shape`'s size so it covers nothing in `taken` (keeping `gap`
 * clear around it): the free spot nearest to `shape`'s own place, preferring spots that
 * stay inside `view` (what the canvas shows). The candidates are `shape`'s place and the
 * spots beside each drawn box (right of, left of, below, above it, and the corners), which
 * is where a free spot nearest to any point begins. Returns the top-left corner.
 */
export function freeSpot(shape: Box, taken: readonly Box[], view: Box, gap = FREE_SPACE_GAP): { x: number; y: number } {
  if (!taken.some((t) => overlaps(shape, t, gap))) return { x: shape.x, y: shape.y };
  const xs = new Set([shape.x]);
  const ys = new Set([shape.y]);
  for (const t of taken) {
    xs.add(t.x + t.width + gap);
    xs.add(t.x - gap - shape.width);
    ys.add(t.y + t.height + gap);
    ys.add(t.y - gap - shape.height);
  }
  let best: { x: number; y: number; score: number } | undefined;
  for (const x of xs) {
    for (const y of ys) {
      const spot = { x, y, width: shape.width, height: shape.height };
      if (taken.some((t) => overlaps(spot, t, gap))) continue;
      // Off the screen counts as far away: a shape the person cannot see has not arrived.
      const score = Math.hypot(x - shape.x, y - shape.y) + (inside(spot, view) ? 0 : 1e7);
      if (!best || score < best.score) best = { x, y, score };
    }
  }
  // Some spot right of everything is always free; the loop found at least that one.
  return best ? { x: best.x, y: best.y } : { x: shape.x, y: shape.y };
}
