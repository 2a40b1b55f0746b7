import type { CanvasDelta, CanvasElement, CanvasState } from './element';

/**
 * Applies one recorded delta. A change only wins over a newer version already held, so
 * a batch replayed twice, or arriving late from a second window, cannot undo newer work.
 */
export function applyDelta(canvas: CanvasState, delta: CanvasDelta, phase: string): CanvasState {
  const next = { elements: { ...canvas.elements }, order: [...canvas.order], firstPhase: { ...canvas.firstPhase }, files: canvas.files };
  applyDeltaInPlace(next, delta, phase);
  return next;
}

/**
 * `applyDelta` on a canvas the caller owns and nobody else holds. Copying 500 elements for
 * each of thousands of batches is what makes a long fold slow; replay folds many batches
 * into one copy (shared/replay).
 */
export function applyDeltaInPlace(canvas: CanvasState, delta: CanvasDelta, phase: string): void {
  const { elements, order, firstPhase } = canvas;
  const take = (element: CanvasElement) => {
    const held = elements[element.id];
    if (held && held.version > element.version) return;
    if (!held) order.push(element.id);
    elements[element.id] = element;
    firstPhase[element.id] ??= phase;
  };
  delta.added.forEach(take);
  delta.changed.forEach(take);
  for (const { id, version, versionNonce } of delta.deleted) {
    const held = elements[id];
    if (held && held.version <= version) elements[id] = { ...held, version, versionNonce, isDeleted: true };
  }
  if (delta.files.length > 0) canvas.files = { ...canvas.files, ...Object.fromEntries(delta.files.map((f) => [f.id, f])) };
}

/**
 * The elements in stacking order, deleted ones included (Excalidraw keeps them too, so
 * undo works across a reload). Fractional indices decide when every element has one.
 */
export function sceneElements(canvas: CanvasState): CanvasElement[] {
  const list = canvas.order.map((id) => canvas.elements[id]!);
  if (!list.every((e) => typeof e.index === 'string')) return list;
  return list.sort((a, b) => (a.index! < b.index! ? -1 : a.index! > b.index! ? 1 : 0));
}

/** The elements someone can see: what analysis, export and the rubric read. */
export function visibleElements(canvas: CanvasState): CanvasElement[] {
  return sceneElements(canvas).filter((e) => !e.isDeleted);
}
