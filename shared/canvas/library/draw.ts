/**
 * Builders for complete Excalidraw elements, as Excalidraw 0.18 writes them, with ids,
 * seeds and nonces derived from names so the output is the same on every run.
 */

export type Colour = { readonly stroke: string; readonly fill: string };

type Base = {
  id: string;
  type: string;
  x: number;
  y: number;
  width: number;
  height: number;
  angle: number;
  strokeColor: string;
  backgroundColor: string;
  fillStyle: 'solid' | 'hachure' | 'cross-hatch' | 'zigzag';
  strokeWidth: number;
  strokeStyle: 'solid' | 'dashed' | 'dotted';
  roughness: number;
  opacity: number;
  groupIds: string[];
  frameId: string | null;
  roundness: { type: 1 | 2 | 3; value?: number } | null;
  seed: number;
  version: number;
  versionNonce: number;
  isDeleted: boolean;
  boundElements: { id: string; type: 'text' | 'arrow' }[] | null;
  updated: number;
  link: string | null;
  locked: boolean;
  index: string | null;
};

export type ShapeElement = Base & { type: 'rectangle' | 'ellipse' | 'diamond' };
export type TextElement = Base & {
  type: 'text';
  text: string;
  originalText: string;
  fontSize: number;
  fontFamily: number;
  textAlign: 'left' | 'center' | 'right';
  verticalAlign: 'top' | 'middle' | 'bottom';
  containerId: string | null;
  autoResize: boolean;
  lineHeight: number;
};
export type LineElement = Base & {
  type: 'line';
  points: [number, number][];
  lastCommittedPoint: null;
  startBinding: null;
  endBinding: null;
  startArrowhead: null;
  endArrowhead: null;
};
export type LibraryElement = ShapeElement | TextElement | LineElement;

/** Excalidraw's `ROUNDNESS`: rectangles round adaptively, diamonds and lines proportionally. */
const ROUNDNESS = { proportional: 2, adaptive: 3 } as const;
/** Excalifont, Excalidraw 0.18's default hand-drawn font, and its line height. */
const FONT = { family: 5, lineHeight: 1.25 } as const;
/** Excalidraw's `BOUND_TEXT_PADDING`. */
const PADDING = 5;
/**
 * Excalifont's advance per character, as a fraction of the font size, by kind of character.
 * Excalidraw measures text in the browser; a pure generator cannot, so bound text is laid
 * out with this estimate (within about 10% on the library's labels). Centred text renders
 * centred whatever the estimate; only the label's selection box is a little off until it
 * is edited. `scripts/make-canvas-fixtures.mjs` prints estimated against measured widths.
 */
export function estimateTextWidth(line: string, fontSize: number): number {
  let ems = 0;
  for (const ch of line) ems += ch === ' ' ? 0.35 : /[A-Z0-9]/.test(ch) ? 0.65 : /[a-z]/.test(ch) ? 0.52 : 0.55;
  return Math.ceil(ems * fontSize);
}
/** The library's timestamp: fixed, so the file is the same on every run. */
export const LIBRARY_TIME = Date.UTC(2026, 10, 22, 12, 0, 0);

/** A 32-bit FNV-1a hash: stable seeds and nonces from names. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2_147_483_647 || 1;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The i-th valid fractional index in ascending order ("a0", "a1", … "az", "b00", …). */
export function fractionalIndex(i: number): string {
  if (i < 62) return `a${BASE62[i]}`;
  const j = i - 62;
  return `b${BASE62[Math.floor(j / 62) % 62]}${BASE62[j % 62]}`;
}

/** Collects one library item's elements in stacking order, with one group around them all. */
export class Drawing {
  readonly elements: LibraryElement[] = [];
  private readonly group: string;
  constructor(private readonly key: string) {
    this.group = `dd-${key}-group`;
  }

  private base(name: string, type: string, x: number, y: number, width: number, height: number, colour: Colour): Base {
    const id = `dd-${this.key}-${name}`;
    return {
      id,
      type,
      x,
      y,
      width,
      height,
      angle: 0,
      strokeColor: colour.stroke,
      backgroundColor: colour.fill,
      fillStyle: 'solid',
      strokeWidth: 2,
      strokeStyle: 'solid',
      roughness: 1,
      opacity: 100,
      groupIds: [this.group],
      frameId: null,
      roundness: null,
      seed: hash(`${id}:seed`),
      version: 1,
      versionNonce: hash(`${id}:nonce`),
      isDeleted: false,
      boundElements: null,
      updated: LIBRARY_TIME,
      link: null,
      locked: false,
      index: fractionalIndex(this.elements.length),
    };
  }

  private push<T extends LibraryElement>(element: T): T {
    this.elements.push(element);
    return element;
  }

  shape(
    name: string,
    type: ShapeElement['type'],
    box: { x: number; y: number; width: number; height: number },
    colour: Colour,
    style: Partial<Pick<Base, 'strokeWidth' | 'strokeStyle' | 'fillStyle'>> & { rounded?: boolean } = {},
  ): ShapeElement {
    const { rounded = false, ...rest } = style;
    const roundness = !rounded ? null : type === 'rectangle' ? { type: ROUNDNESS.adaptive } : type === 'diamond' ? { type: ROUNDNESS.proportional } : null;
    return this.push({ ...this.base(name, type, box.x, box.y, box.width, box.height, colour), type, roundness, ...rest });
  }

  /** A text bound to `container`, centred in it the way Excalidraw lays out a label. `lines` as wrapped. */
  label(container: ShapeElement, lines: readonly string[], options: { fontSize?: number; colour?: string } = {}): TextElement {
    const fontSize = options.fontSize ?? 20;
    const width = Math.max(...lines.map((l) => estimateTextWidth(l, fontSize)));
    const height = lines.length * fontSize * FONT.lineHeight;
    const maxWidth = boundTextMaxWidth(container);
    if (width > maxWidth) throw new Error(`label "${lines.join(' ')}" is wider (${width}) than ${container.id} allows (${maxWidth})`);
    const colour = { stroke: options.colour ?? '#1e1e1e', fill: 'transparent' };
    const text = this.push({
      ...this.base('label', 'text', container.x + (container.width - width) / 2, container.y + (container.height - height) / 2, width, height, colour),
      type: 'text',
      strokeWidth: 2,
      text: lines.join('\n'),
      originalText: lines.join(' '),
      fontSize,
      fontFamily: FONT.family,
      textAlign: 'center',
      verticalAlign: 'middle',
      containerId: container.id,
      autoResize: true,
      lineHeight: FONT.lineHeight,
    });
    container.boundElements = [...(container.boundElements ?? []), { id: text.id, type: 'text' }];
    return text;
  }

  /** An open polyline (or a closed one when the last point repeats the first). Points are absolute. */
  line(name: string, points: readonly [number, number][], colour: Colour, style: Partial<Pick<Base, 'strokeWidth' | 'strokeStyle'>> & { rounded?: boolean } = {}): LineElement {
    const [x0, y0] = points[0]!;
    const relative = points.map(([x, y]) => [x - x0, y - y0] as [number, number]);
    const xs = relative.map((p) => p[0]);
    const ys = relative.map((p) => p[1]);
    const { rounded = false, ...rest } = style;
    return this.push({
      ...this.base(name, 'line', x0, y0, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), colour),
      type: 'line',
      roundness: rounded ? { type: ROUNDNESS.proportional } : null,
      points: relative,
      lastCommittedPoint: null,
      startBinding: null,
      endBinding: null,
      startArrowhead: null,
      endArrowhead: null,
      ...rest,
    });
  }
}

/** Excalidraw's `getBoundTextMaxWidth` for shapes. */
function boundTextMaxWidth(container: Pick<ShapeElement, 'type' | 'width'>): number {
  if (container.type === 'ellipse') return Math.round((container.width / 2) * Math.sqrt(2)) - PADDING * 2;
  if (container.type === 'diamond') return Math.round(container.width / 2) - PADDING * 2;
  return container.width - PADDING * 2;
}
