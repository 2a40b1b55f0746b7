import type { CanvasElement } from '../shared/canvas/element';

/**
 * A stand-in for Excalidraw 0.18's scene in plain Node, faithful where the log's size is
 * concerned: elements carry every field Excalidraw gives them (its `_newElementBase`,
 * `newTextElement` and `newArrowElement`), and every change replaces the element with
 * `version + 1`, a fresh `versionNonce` and `updated`, as its `newElementWith` and
 * `mutateElement` do. Randomness is seeded, so the figures repeat from run to run.
 */

type Mutable = Record<string, unknown> & CanvasElement;

/** What Excalidraw gives a new shape unless told otherwise (colours aside). */
const DEFAULT_STYLE = { angle: 0, fillStyle: 'solid', strokeWidth: 2, strokeStyle: 'solid', roughness: 1, opacity: 100, frameId: null, roundness: null } as const;

export const FRAME_MS = 1000 / 60;

const ID_ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** mulberry32: small, fast, good enough to vary ids, seeds and nonces. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The fractional index Excalidraw gives the n-th element appended at the top, as
 * `fractional-indexing`'s generateKeyBetween(last, null) does: a0…az, b00…bzz, c000….
 */
export function appendIndex(n: number): string {
  let head = 0;
  let span = 62;
  let rest = n;
  while (rest >= span) {
    rest -= span;
    head++;
    span *= 62;
  }
  let digits = '';
  for (let i = 0; i <= head; i++) {
    digits = BASE62[rest % 62]! + digits;
    rest = Math.floor(rest / 62);
  }
  return String.fromCharCode('a'.charCodeAt(0) + head) + digits;
}

/** Excalidraw measures text with the canvas; a fixed advance per character is close enough for sizes. */
function measureLabel(text: string, fontSize = 20): { width: number; height: number } {
  const lines = text.split('\n');
  return { width: Math.round(Math.max(...lines.map((l) => l.length)) * fontSize * 0.55 * 100) / 100, height: lines.length * fontSize * 1.25 };
}

export class SimScene {
  private readonly list: Mutable[] = [];
  private readonly byId = new Map<string, number>();
  private readonly random: () => number;
  /** The scene's wall clock, moved by the script. */
  now: number;
  /** Bumped by every insert and change, so a recorder knows something is waiting. */
  changes = 0;

  constructor(seed: number, now: number) {
    this.random = seededRandom(seed);
    this.now = now;
  }

  /** Every element, deleted ones included, in stacking order: what Excalidraw's onChange hands over. */
  get elements(): readonly CanvasElement[] {
    return this.list;
  }

  get(id: string): Mutable {
    const at = this.byId.get(id);
    if (at === undefined) throw new Error(`no element ${id}`);
    return this.list[at]!;
  }

  private randomInteger(): number {
    return Math.floor(this.random() * 2 ** 31);
  }

  private randomId(): string {
    let id = '';
    for (let i = 0; i < 21; i++) id += ID_ALPHABET[Math.floor(this.random() * 64)];
    return id;
  }

  private base(type: string, props: Record<string, unknown>): Mutable {
    return {
      id: this.randomId(),
      type,
      x: 0,
      y: 0,
      width: 0,
      height: 0,
      ...DEFAULT_STYLE,
      strokeColor: '#1e1e1e',
      backgroundColor: 'transparent',
      groupIds: [],
      index: appendIndex(this.list.length),
      seed: this.randomInteger(),
      version: 1,
      versionNonce: 0,
      isDeleted: false,
      boundElements: null,
      updated: this.now,
      link: null,
      locked: false,
      ...props,
    };
  }

  private insert(element: Mutable): Mutable {
    this.byId.set(element.id, this.list.length);
    this.list.push(element);
    this.changes++;
    return element;
  }

  /** A change, as Excalidraw's newElementWith: the same element, one version on. */
  mutate(id: string, updates: Record<string, unknown>): Mutable {
    const at = this.byId.get(id)!;
    const before = this.list[at]!;
    const next = { ...before, ...updates, version: before.version + 1, versionNonce: this.randomInteger(), updated: this.now } as Mutable;
    this.list[at] = next;
    this.changes++;
    return next;
  }

  newShape(type: 'rectangle' | 'ellipse' | 'diamond', x: number, y: number): Mutable {
    return this.insert(this.base(type, { x, y, roundness: type === 'rectangle' ? { type: 3 } : type === 'diamond' ? { type: 2 } : null }));
  }

  /** A label typed into a shape: a text element bound to it, and the shape told so. */
  newBoundText(containerId: string): Mutable {
    const container = this.get(containerId);
    const text = this.insert(
      this.base('text', {
        x: (container.x as number) + (container.width as number) / 2,
        y: (container.y as number) + (container.height as number) / 2 - 12.5,
        width: 0,
        height: 25,
        text: '',
        fontSize: 20,
        fontFamily: 5,
        textAlign: 'center',
        verticalAlign: 'middle',
        containerId,
        originalText: '',
        autoResize: true,
        lineHeight: 1.25,
      }),
    );
    this.mutate(containerId, { boundElements: [...((container.boundElements as unknown[] | null) ?? []), { type: 'text', id: text.id }] });
    return text;
  }

  /** One keystroke into a label: the text, its size and its centred place change. */
  typeInto(textId: string, text: string): void {
    const element = this.get(textId);
    const container = this.get(element.containerId as string);
    const { width, height } = measureLabel(text);
    this.mutate(textId, {
      text,
      originalText: text,
      width,
      height,
      x: (container.x as number) + ((container.width as number) - width) / 2,
      y: (container.y as number) + ((container.height as number) - height) / 2,
    });
  }

  newArrow(x: number, y: number): Mutable {
    return this.insert(
      this.base('arrow', {
        x,
        y,
        roundness: { type: 2 },
        points: [[0, 0]],
        lastCommittedPoint: null,
        startBinding: null,
        endBinding: null,
        startArrowhead: null,
        endArrowhead: 'arrow',
        elbowed: false,
      }),
    );
  }

  /** Binds both ends on pointer up: the arrow gets its bindings, each shape the arrow in boundElements. */
  bindArrow(arrowId: string, startId: string, endId: string): void {
    this.mutate(arrowId, {
      startBinding: { elementId: startId, focus: 0, gap: 5 },
      endBinding: { elementId: endId, focus: 0, gap: 5 },
    });
    for (const id of [startId, endId]) {
      const shape = this.get(id);
      this.mutate(id, { boundElements: [...((shape.boundElements as unknown[] | null) ?? []), { type: 'arrow', id: arrowId }] });
    }
  }

  /** Moves an element by (dx, dy), with its bound text and the ends of arrows bound to it, as a drag does. */
  moveWithBindings(id: string, dx: number, dy: number): void {
    const shape = this.get(id);
    this.mutate(id, { x: (shape.x as number) + dx, y: (shape.y as number) + dy });
    for (const bound of (shape.boundElements as { type: string; id: string }[] | null) ?? []) {
      const other = this.get(bound.id);
      if (bound.type === 'text') {
        this.mutate(bound.id, { x: (other.x as number) + dx, y: (other.y as number) + dy });
        continue;
      }
      const points = (other.points as [number, number][]).map((p) => [...p] as [number, number]);
      const startBinding = other.startBinding as { elementId: string } | null;
      if (startBinding?.elementId === id) {
        // The start point moves: Excalidraw keeps the first point at 0,0 and moves the others back.
        const rest = points.map(([px, py], i) => (i === 0 ? [0, 0] : [px - dx, py - dy]) as [number, number]);
        this.mutate(bound.id, { x: (other.x as number) + dx, y: (other.y as number) + dy, points: rest, ...box(rest) });
      } else {
        const last = points.length - 1;
        points[last] = [points[last]![0] + dx, points[last]![1] + dy];
        this.mutate(bound.id, { points, ...box(points) });
      }
    }
  }
}

function box(points: [number, number][]): { width: number; height: number } {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}
