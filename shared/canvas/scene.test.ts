import { describe, expect, it } from 'vitest';
import { CanvasDelta, CanvasState, emptyCanvas, type CanvasFile } from './element';
import { applyDelta, sceneElements, visibleElements } from './scene';
import { edited, el } from './testing/elements';

const delta = (fields: Partial<CanvasDelta>): CanvasDelta => CanvasDelta.parse(fields);

describe('applyDelta', () => {
  it('adds elements and remembers the phase each was first drawn in', () => {
    const a = el('a');
    let canvas = applyDelta(emptyCanvas(), delta({ added: [a] }), 'clarify');
    canvas = applyDelta(canvas, delta({ added: [el('b')], changed: [edited(a, { x: 5 })] }), 'design');
    expect(canvas.firstPhase).toEqual({ a: 'clarify', b: 'design' });
    expect(canvas.elements.a!.x).toBe(5);
    expect(canvas.order).toEqual(['a', 'b']);
  });

  it('never lets an older version overwrite a newer one (a late or replayed batch)', () => {
    const a = el('a');
    const newer = edited(edited(a, { x: 50 }));
    let canvas = applyDelta(emptyCanvas(), delta({ added: [a] }), 'clarify');
    canvas = applyDelta(canvas, delta({ changed: [newer] }), 'clarify');
    const stale = edited(a, { x: 10 });
    const after = applyDelta(canvas, delta({ changed: [stale] }), 'design');
    expect(after.elements.a).toEqual(newer);
    // Nor can an older deletion delete it.
    const staleDeletion = applyDelta(canvas, delta({ deleted: [{ id: 'a', version: 2, versionNonce: 9 }] }), 'design');
    expect(staleDeletion.elements.a).toEqual(newer);
  });

  it('is idempotent: the same batch twice changes nothing more', () => {
    const batch = delta({ added: [el('a'), el('b')] });
    const once = applyDelta(emptyCanvas(), batch, 'clarify');
    expect(applyDelta(once, batch, 'design')).toEqual(once);
  });

  it('marks a deletion on the element it holds, keeping the element for undo', () => {
    const a = el('a', { x: 7 });
    let canvas = applyDelta(emptyCanvas(), delta({ added: [a] }), 'clarify');
    canvas = applyDelta(canvas, delta({ deleted: [{ id: 'a', version: 2, versionNonce: 42 }] }), 'clarify');
    expect(canvas.elements.a).toEqual({ ...a, version: 2, versionNonce: 42, isDeleted: true });
    expect(visibleElements(canvas)).toEqual([]);
    expect(sceneElements(canvas)).toHaveLength(1);
  });

  it('ignores the deletion of an element it never held', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ deleted: [{ id: 'ghost', version: 3, versionNonce: 1 }] }), 'clarify');
    expect(canvas).toEqual(emptyCanvas());
  });

  it('keeps files by id', () => {
    const file: CanvasFile = { id: 'f', mimeType: 'image/png', dataURL: 'data:image/png;base64,AA', created: 1 };
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('img', { type: 'image', fileId: 'f' })], files: [file] }), 'clarify');
    expect(canvas.files).toEqual({ f: file });
  });

  it('does not change the canvas it is given', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('a')] }), 'clarify');
    const copy = structuredClone(canvas);
    applyDelta(canvas, delta({ added: [el('b')], changed: [edited(el('a'))], deleted: [{ id: 'a', version: 9, versionNonce: 1 }] }), 'design');
    expect(canvas).toEqual(copy);
  });

  it('folds into something CanvasState accepts (what a snapshot holds)', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('a', { customField: { kept: true } })] }), 'clarify');
    expect(CanvasState.parse(JSON.parse(JSON.stringify(canvas)))).toEqual(canvas);
    expect(CanvasState.parse(canvas).elements.a!.customField).toEqual({ kept: true });
  });
});

describe('sceneElements and visibleElements', () => {
  it('order by fractional index, compared as plain strings', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('top', { index: 'a2' }), el('bottom', { index: 'Zz' }), el('middle', { index: 'a1V' })] }), 'clarify');
    expect(sceneElements(canvas).map((e) => e.id)).toEqual(['bottom', 'middle', 'top']);
  });

  it('follow the order of first appearance when an index is missing', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('one', { index: 'a2' }), el('two', { index: null }), el('three', { index: 'a0' })] }), 'clarify');
    expect(sceneElements(canvas).map((e) => e.id)).toEqual(['one', 'two', 'three']);
  });

  it('moves an element in the stack when a change gives it a new index', () => {
    let canvas = applyDelta(emptyCanvas(), delta({ added: [el('a', { index: 'a0' }), el('b', { index: 'a1' })] }), 'clarify');
    canvas = applyDelta(canvas, delta({ changed: [edited(el('b', { index: 'a1' }), { index: 'Zz' })] }), 'clarify');
    expect(sceneElements(canvas).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('leave deleted elements out of what is visible only', () => {
    const canvas = applyDelta(emptyCanvas(), delta({ added: [el('a', { index: 'a0' }), el('b', { index: 'a1' })], deleted: [{ id: 'a', version: 2, versionNonce: 0 }] }), 'clarify');
    expect(sceneElements(canvas).map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleElements(canvas).map((e) => e.id)).toEqual(['b']);
  });
});
