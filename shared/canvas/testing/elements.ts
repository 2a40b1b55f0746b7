import type { CanvasElement } from '../element';

/** A minimal Excalidraw-like element for tests: the fields the log relies on, and a position. */
export function el(id: string, fields: Partial<CanvasElement> & { x?: number; y?: number } = {}): CanvasElement {
  return { id, type: 'rectangle', x: 0, y: 0, width: 100, height: 60, version: 1, versionNonce: 1, isDeleted: false, index: null, ...fields };
}

/** The element after one Excalidraw edit: version bumped, a new nonce. */
export function edited(element: CanvasElement, fields: Partial<CanvasElement> = {}): CanvasElement {
  return { ...element, ...fields, version: element.version + 1, versionNonce: element.versionNonce + 7919 };
}
