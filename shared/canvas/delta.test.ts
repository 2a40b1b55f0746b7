import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterRecording, diffScene, nothingRecorded, recordedFrom, type Recorded } from './delta';
import { emptyCanvas, type CanvasDelta, type CanvasElement, type CanvasFile, type CanvasState } from './element';
import { applyDelta, sceneElements, visibleElements } from './scene';
import { edited, el } from './testing/elements';

const png: CanvasFile = { id: 'file-1', mimeType: 'image/png', dataURL: 'data:image/png;base64,AAAA', created: 1 };

/** Records a batch the way the window does: diff, then remember what was sent. */
function record(recorded: Recorded, scene: CanvasElement[], files: Record<string, CanvasFile> = {}): [CanvasDelta | null, Recorded] {
  const delta = diffScene(recorded, scene, files);
  return [delta, delta ? afterRecording(recorded, delta) : recorded];
}

describe('diffScene', () => {
  it('sends a new element as added', () => {
    const a = el('a');
    expect(diffScene(nothingRecorded(), [a])).toEqual({ added: [a], changed: [], deleted: [], files: [] });
  });

  it('sends an element whose version went up as changed, and nothing for the others', () => {
    const a = el('a');
    const b = el('b');
    const [, recorded] = record(nothingRecorded(), [a, b]);
    const moved = edited(a, { x: 40 });
    expect(diffScene(recorded, [moved, b])).toEqual({ added: [], changed: [moved], deleted: [], files: [] });
  });

  it('compares versions, not contents: Excalidraw bumps the version on every edit', () => {
    const a = el('a');
    const [, recorded] = record(nothingRecorded(), [a]);
    expect(diffScene(recorded, [{ ...a, x: 999 }])).toBeNull();
  });

  it('sends a deletion as id, version and nonce only', () => {
    const a = el('a');
    const [, recorded] = record(nothingRecorded(), [a]);
    const gone = edited(a, { isDeleted: true });
    expect(diffScene(recorded, [gone])).toEqual({ added: [], changed: [], deleted: [{ id: 'a', version: 2, versionNonce: gone.versionNonce }], files: [] });
  });

  it('sends the undo of a deletion as a change that brings the element back', () => {
    const a = el('a', { x: 10 });
    let [, recorded] = record(nothingRecorded(), [a]);
    const gone = edited(a, { isDeleted: true });
    let canvas = applyDelta(emptyCanvas(), diffScene(nothingRecorded(), [a])!, 'clarify');
    const [deletion, afterDelete] = record(recorded, [gone]);
    recorded = afterDelete;
    canvas = applyDelta(canvas, deletion!, 'clarify');
    expect(visibleElements(canvas)).toEqual([]);
    expect(recorded.deleted.has('a')).toBe(true);

    const back = edited(gone, { isDeleted: false });
    const [undo, afterUndo] = record(recorded, [back]);
    expect(undo).toEqual({ added: [], changed: [back], deleted: [], files: [] });
    expect(afterUndo.deleted.has('a')).toBe(false);
    canvas = applyDelta(canvas, undo!, 'design');
    expect(visibleElements(canvas)).toEqual([back]);
    // Brought back, not drawn anew: it keeps the phase it was first drawn in.
    expect(canvas.firstPhase.a).toBe('clarify');
  });

  it('returns null for a pan, a zoom or a selection: no version changed', () => {
    const scene = [el('a'), el('b', { type: 'ellipse' })];
    const [, recorded] = record(nothingRecorded(), scene);
    expect(diffScene(recorded, scene.map((e) => ({ ...e })))).toBeNull();
  });

  it('sends nothing for an element drawn and deleted between two batches', () => {
    expect(diffScene(nothingRecorded(), [el('a', { version: 3, isDeleted: true })])).toBeNull();
  });

  it('sends a file once, with the first element that uses it', () => {
    const image = el('img', { type: 'image', fileId: png.id });
    const [first, recorded] = record(nothingRecorded(), [image], { [png.id]: png });
    expect(first!.files).toEqual([png]);
    const [second] = record(recorded, [edited(image, { x: 50 })], { [png.id]: png });
    expect(second!.files).toEqual([]);
    expect(second!.changed).toHaveLength(1);
  });

  it('sends a file shared by two new images only once', () => {
    const delta = diffScene(nothingRecorded(), [el('i1', { type: 'image', fileId: png.id }), el('i2', { type: 'image', fileId: png.id })], { [png.id]: png });
    expect(delta!.files).toEqual([png]);
  });

  it('waits for a file it does not have yet, and sends it with a later batch', () => {
    const image = el('img', { type: 'image', fileId: png.id });
    const [first, recorded] = record(nothingRecorded(), [image], {});
    expect(first!.files).toEqual([]);
    // Excalidraw saves the image (status → saved), bumping the version, once the file is in.
    const [second] = record(recorded, [edited(image, { status: 'saved' })], { [png.id]: png });
    expect(second!.files).toEqual([png]);
  });

  it('deletes an element that left the scene without a deletion mark, once', () => {
    const a = el('a', { version: 4 });
    const b = el('b');
    const [, recorded] = record(nothingRecorded(), [a, b]);
    const [delta, after] = record(recorded, [b]);
    expect(delta).toEqual({ added: [], changed: [], deleted: [{ id: 'a', version: 5, versionNonce: 0 }], files: [] });
    expect(diffScene(after, [b])).toBeNull();
  });

  it('does not delete again an element already recorded as deleted when it is pruned', () => {
    const a = el('a');
    let [, recorded] = record(nothingRecorded(), [a]);
    [, recorded] = record(recorded, [edited(a, { isDeleted: true })]);
    expect(diffScene(recorded, [])).toBeNull();
  });

  it('records nothing on opening a session: recordedFrom seeds what the scene already holds', () => {
    const scene = [el('a', { version: 5 }), el('b', { version: 2, isDeleted: true }), el('img', { type: 'image', fileId: png.id })];
    const recorded = recordedFrom(scene, [png.id]);
    expect(diffScene(recorded, scene, { [png.id]: png })).toBeNull();
    expect(recorded.deleted).toEqual(new Set(['b']));
  });
});

// ——— The property: batches of Excalidraw-style edits, recorded and folded, give the scene back. ———

type Model = {
  scene: CanvasElement[];
  /** The phase of the batch in which each element was first seen alive. */
  firstAlive: Map<string, string>;
  nextId: number;
  top: number;
  bottom: number;
  nonce: number;
};

const PHASES = ['clarify', 'design', 'deep-dive'] as const;

type Op =
  | { op: 'add'; x: number; y: number }
  | { op: 'move'; pick: number; dx: number; dy: number }
  | { op: 'label'; pick: number; text: string }
  | { op: 'delete'; pick: number }
  | { op: 'restore'; pick: number }
  | { op: 'toBack'; pick: number }
  | { op: 'prune'; pick: number }
  | { op: 'batch' }
  | { op: 'nextPhase' };

const coordinate = fc.integer({ min: -2000, max: 2000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), x: coordinate, y: coordinate }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('move' as const), pick: fc.nat(), dx: fc.integer({ min: -50, max: 50 }), dy: fc.integer({ min: -50, max: 50 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('label' as const), pick: fc.nat(), text: fc.string({ maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('toBack' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prune' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.constant({ op: 'batch' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'nextPhase' as const }) },
);

/** Fractional indices compared as strings: new elements on top, "send to back" below all. */
const topIndex = (m: Model) => `b${String(m.top++).padStart(6, '0')}`;
const bottomIndex = (m: Model) => `a${String(999_999 - m.bottom++).padStart(6, '0')}`;

function bump(m: Model, e: CanvasElement, fields: Partial<CanvasElement>): CanvasElement {
  return { ...e, ...fields, version: e.version + 1, versionNonce: ++m.nonce };
}

function replace(m: Model, next: CanvasElement) {
  m.scene = m.scene.map((e) => (e.id === next.id ? next : e));
}

function applyOp(m: Model, op: Op) {
  const alive = m.scene.filter((e) => !e.isDeleted);
  const deleted = m.scene.filter((e) => e.isDeleted);
  switch (op.op) {
    case 'add':
      m.scene.push({ id: `e${m.nextId++}`, type: 'rectangle', x: op.x, y: op.y, version: 1, versionNonce: ++m.nonce, isDeleted: false, index: topIndex(m), boundElements: null });
      return;
    case 'move': {
      const target = alive[op.pick % Math.max(alive.length, 1)];
      if (!target) return;
      replace(m, bump(m, target, { x: (target.x as number) + op.dx, y: (target.y as number) + op.dy }));
      // A bound label moves with its container.
      const label = m.scene.find((e) => e.containerId === target.id && !e.isDeleted);
      if (label) replace(m, bump(m, label, { x: (label.x as number) + op.dx, y: (label.y as number) + op.dy }));
      return;
    }
    case 'label': {
      const shapes = alive.filter((e) => e.type === 'rectangle');
      const target = shapes[op.pick % Math.max(shapes.length, 1)];
      if (!target) return;
      const label = m.scene.find((e) => e.containerId === target.id && !e.isDeleted);
      if (label) replace(m, bump(m, label, { text: op.text }));
      else {
        const id = `t${m.nextId++}`;
        m.scene.push({ id, type: 'text', x: target.x, y: target.y, text: op.text, containerId: target.id, version: 1, versionNonce: ++m.nonce, isDeleted: false, index: topIndex(m) });
        replace(m, bump(m, target, { boundElements: [{ id, type: 'text' }] }));
      }
      return;
    }
    case 'delete': {
      const target = alive[op.pick % Math.max(alive.length, 1)];
      if (!target) return;
      replace(m, bump(m, target, { isDeleted: true }));
      for (const label of m.scene.filter((e) => e.containerId === target.id && !e.isDeleted)) replace(m, bump(m, label, { isDeleted: true }));
      return;
    }
    case 'restore': {
      const target = deleted[op.pick % Math.max(deleted.length, 1)];
      if (target) replace(m, bump(m, target, { isDeleted: false }));
      return;
    }
    case 'toBack': {
      const target = alive[op.pick % Math.max(alive.length, 1)];
      if (target) replace(m, bump(m, target, { index: bottomIndex(m) }));
      return;
    }
    case 'prune': {
      // Excalidraw may drop deleted elements from the scene altogether.
      const target = deleted[op.pick % Math.max(deleted.length, 1)];
      if (target) m.scene = m.scene.filter((e) => e.id !== target.id);
      return;
    }
  }
}

const inStackingOrder = (list: CanvasElement[]) => [...list].sort((a, b) => (a.index! < b.index! ? -1 : a.index! > b.index! ? 1 : 0));
const summary = (e: CanvasElement) => ({ id: e.id, version: e.version, x: e.x, y: e.y, isDeleted: e.isDeleted, text: e.text });

describe('recording and folding (property)', () => {
  it('folding the recorded batches gives the final scene, in stacking order, with each element in the phase it was drawn', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 120 }), (ops) => {
        const m: Model = { scene: [], firstAlive: new Map(), nextId: 0, top: 0, bottom: 0, nonce: 0 };
        let phase = 0;
        let recorded = nothingRecorded();
        let canvas: CanvasState = emptyCanvas();
        const batch = () => {
          const before = recorded;
          const delta = diffScene(recorded, m.scene);
          for (const e of m.scene) if (!e.isDeleted && !m.firstAlive.has(e.id)) m.firstAlive.set(e.id, PHASES[phase]!);
          if (!delta) return;
          // A batch carries what changed and nothing else: never the whole scene.
          const sent = [...delta.added, ...delta.changed].map((e) => e.id).sort();
          const changedAlive = m.scene.filter((e) => !e.isDeleted && before.versions.get(e.id) !== e.version).map((e) => e.id).sort();
          expect(sent).toEqual(changedAlive);
          recorded = afterRecording(recorded, delta);
          // Through JSON, as the log stores it.
          canvas = applyDelta(canvas, JSON.parse(JSON.stringify(delta)) as CanvasDelta, PHASES[phase]!);
        };
        for (const op of ops) {
          if (op.op === 'batch') batch();
          else if (op.op === 'nextPhase') phase = Math.min(phase + 1, PHASES.length - 1);
          else applyOp(m, op);
        }
        batch();

        // What someone sees: the same elements, versions and positions, in the same order.
        expect(visibleElements(canvas).map(summary)).toEqual(inStackingOrder(m.scene.filter((e) => !e.isDeleted)).map(summary));
        // Deleted ones agree on id, version and deletion; an element pruned from the scene is
        // held as deleted. (A deletion travels as a tombstone, so an edit made in the same batch
        // as the deletion is not kept: nothing shows it, and an undo sends the element whole.)
        for (const held of sceneElements(canvas)) {
          const now = m.scene.find((e) => e.id === held.id);
          if (!now) expect(held.isDeleted).toBe(true);
          else if (now.isDeleted) expect({ id: held.id, version: held.version, isDeleted: held.isDeleted }).toEqual({ id: now.id, version: now.version, isDeleted: true });
          else expect(summary(held)).toEqual(summary(now));
        }
        // Anything the fold never heard of was deleted before a batch saw it alive.
        for (const e of m.scene) if (!canvas.elements[e.id]) expect(e.isDeleted).toBe(true);
        // Each element's first phase is the phase in which it was first recorded alive.
        for (const id of Object.keys(canvas.elements)) expect(canvas.firstPhase[id]).toBe(m.firstAlive.get(id));
        // Nothing more to send.
        expect(diffScene(recorded, m.scene)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
