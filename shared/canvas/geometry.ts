/** Plane geometry for Excalidraw elements, enough for diagram analysis. Scene coordinates. */

export type Point = { readonly x: number; readonly y: number };
export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };

/** The fields geometry reads; anything else on an element is ignored. */
export type Geometric = {
  readonly type: string;
  readonly x?: unknown;
  readonly y?: unknown;
  readonly width?: unknown;
  readonly height?: unknown;
  readonly angle?: unknown;
  readonly points?: unknown;
};

const num = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** A linear element's points, relative to its x, y (Excalidraw's `[x, y][]`). */
function pointsOf(element: Geometric): Point[] {
  if (!Array.isArray(element.points)) return [];
  return element.points.filter((p): p is [number, number] => Array.isArray(p) && p.length >= 2).map(([x, y]) => ({ x: num(x), y: num(y) }));
}

/** The element's box before rotation, with a positive width and height. */
export function boxOf(element: Geometric): Box {
  const x = num(element.x);
  const y = num(element.y);
  const points = pointsOf(element);
  if (points.length > 0) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    return { x: x + minX, y: y + minY, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY };
  }
  const width = num(element.width);
  const height = num(element.height);
  return { x: Math.min(x, x + width), y: Math.min(y, y + height), width: Math.abs(width), height: Math.abs(height) };
}

export const centreOf = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
export const areaOf = (box: Box): number => box.width * box.height;

function rotate(point: Point, centre: Point, angle: number): Point {
  if (angle === 0) return point;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = point.x - centre.x;
  const dy = point.y - centre.y;
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
}

/**
 * A linear element's first and last points in scene coordinates. Excalidraw rotates a
 * linear element about the centre of its points' box.
 */
export function endpointsOf(element: Geometric): { start: Point; end: Point } | null {
  const points = pointsOf(element);
  if (points.length < 2) return null;
  const box = boxOf(element);
  const centre = centreOf(box);
  const angle = num(element.angle);
  const absolute = (p: Point) => rotate({ x: num(element.x) + p.x, y: num(element.y) + p.y }, centre, angle);
  return { start: absolute(points[0]!), end: absolute(points[points.length - 1]!) };
}

/**
 * How far a point is from a closed shape: 0 inside or on it. Rectangles (and images,
 * text, frames) exactly; ellipses and diamonds along the ray from their centre, which is
 * exact on the axes and close enough elsewhere for "is this arrow end near this shape".
 */
export function distanceToShape(element: Geometric, point: Point, box: Box = boxOf(element)): number {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const angle = num(element.angle);
  let dx = point.x - cx;
  let dy = point.y - cy;
  if (angle !== 0) {
    const cos = Math.cos(-angle);
    const sin = Math.sin(-angle);
    [dx, dy] = [dx * cos - dy * sin, dx * sin + dy * cos];
  }
  const a = box.width / 2;
  const b = box.height / 2;
  if (element.type === 'ellipse' || element.type === 'diamond') {
    if (a <= 0 || b <= 0) return Math.hypot(dx, dy);
    const r = element.type === 'ellipse' ? Math.hypot(dx / a, dy / b) : Math.abs(dx) / a + Math.abs(dy) / b;
    return r <= 1 ? 0 : Math.hypot(dx, dy) * (1 - 1 / r);
  }
  const ox = Math.max(Math.abs(dx) - a, 0);
  const oy = Math.max(Math.abs(dy) - b, 0);
  return Math.hypot(ox, oy);
}

/** The gap between two boxes: 0 when they touch or overlap. */
export function boxGap(a: Box, b: Box): number {
  const ox = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width), 0);
  const oy = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height), 0);
  return Math.hypot(ox, oy);
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Whether `inner` lies entirely within `outer`. */
export function boxContains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The box around a rotated element, for containment tests. */
export function rotatedBoxOf(element: Geometric): Box {
  const box = boxOf(element);
  const angle = num(element.angle);
  if (angle === 0 || pointsOf(element).length > 0) return box;
  const centre = centreOf(box);
  const corners = [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x, y: box.y + box.height },
    { x: box.x + box.width, y: box.y + box.height },
  ].map((p) => rotate(p, centre, angle));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}
