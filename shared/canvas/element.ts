import { z } from 'zod';
import { bounded } from '../schemas/bounded';

/**
 * An Excalidraw element as the log keeps it. Only the fields the session relies on are
 * checked; the rest pass through untouched, so a newer Excalidraw's fields survive a
 * round trip through the log, within a depth and size bound (schemas/bounded.ts).
 */
export const CanvasElement = bounded(z.looseObject({
  id: z.string().min(1).max(200),
  type: z.string().min(1),
  version: z.number().int().nonnegative(),
  versionNonce: z.number().int(),
  isDeleted: z.boolean(),
  /** Excalidraw's fractional index: the stacking order, compared as plain strings. */
  index: z.string().nullable().optional(),
}));
export type CanvasElement = z.infer<typeof CanvasElement>;

/** A pasted or dropped image, as Excalidraw's `BinaryFileData`. */
export const CanvasFile = bounded(z.looseObject({
  id: z.string().min(1).max(200),
  mimeType: z.string().min(1),
  dataURL: z.string().startsWith('data:').max(8_000_000),
  created: z.number(),
}));
export type CanvasFile = z.infer<typeof CanvasFile>;

/** What changed on the canvas since the last batch: new elements, newer versions, deletions. */
export const CanvasDelta = z.object({
  added: z.array(CanvasElement).default([]),
  changed: z.array(CanvasElement).default([]),
  deleted: z.array(z.object({ id: z.string().min(1), version: z.number().int().nonnegative(), versionNonce: z.number().int() })).default([]),
  files: z.array(CanvasFile).default([]),
});
export type CanvasDelta = z.output<typeof CanvasDelta>;

/** The scene as folded from the log, plus the phase each element was first drawn in. */
export const CanvasState = z.object({
  elements: z.record(z.string(), CanvasElement),
  /** Ids in the order they first appeared: the stacking order when indices are missing. */
  order: z.array(z.string()),
  firstPhase: z.record(z.string(), z.string()),
  files: z.record(z.string(), CanvasFile),
});
export type CanvasState = z.infer<typeof CanvasState>;

export const emptyCanvas = (): CanvasState => ({ elements: {}, order: [], firstPhase: {}, files: {} });
