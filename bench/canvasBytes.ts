import { stat } from 'node:fs/promises';
import { afterRecording, diffScene, nothingRecorded, type Recorded } from '../shared/canvas/delta';
import { visibleElements } from '../shared/canvas/scene';
import { builtinPlans, DEFAULT_PLAN_ID } from '../shared/session/builtinPlans';
import { SessionCommand } from '../shared/session/commands';
import type { SessionEvent } from '../shared/session/events';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { SessionStore } from '../node/services/sessions/sessionStore';
import { FRAME_MS, SimScene } from './canvasSim';
import { BENCH_PROMPT, FakeClock } from './driver';

export type CanvasBytesResult = {
  /** Bytes events.jsonl grew by while 200 labelled shapes and 200 arrows between them were drawn. */
  canvasBytes200Shapes200Arrows: number;
  /** canvas.changed events that drawing appended (one per second with changes, at most). */
  canvasFlushes200Shapes200Arrows: number;
  /** The same flushes had each saved the whole scene instead of a delta. */
  canvasWholeSceneBytes200Shapes200Arrows: number;
  /** Bytes for one labelled shape, with an arrow in and an arrow out, dragged for 10 s at 60 moves/s. */
  canvasBytesDrag10s: number;
  canvasFlushesDrag10s: number;
  canvasWholeSceneBytesDrag10s: number;
  /** Elements in the scene when the drag starts: shapes, their labels, arrows. */
  canvasSceneElements: number;
};

export type CanvasBytesOptions = {
  shapes?: number;
  dragSeconds?: number;
};

const LABELS = ['Web client', 'Mobile app', 'DNS', 'CDN', 'Load balancer', 'API gateway', 'URL service', 'Worker', 'Redis cache', 'Postgres', 'Key-value store', 'Object storage', 'Kafka', 'Search index'];
const COLUMNS = 20;
const SHAPE = { width: 160, height: 80, gapX: 80, gapY: 80 };
/** How long a person's hand takes: drawing a shape or an arrow, typing, pausing between actions. */
const DRAW_MS = 400;
const CHAR_MS = 125;
const PAUSE_MS = 300;

/**
 * The recording as the session screen does it (renderer/canvas/recorder.ts): every change
 * asks for a flush no sooner than a second after the last one (at once after a quiet
 * spell), and a flush diffs the scene against what the log holds, sends the delta as a
 * `canvas` command and remembers it as recorded.
 */
class Recorder {
  private recorded: Recorded = nothingRecorded();
  private seenChanges = 0;
  private lastFlushAt = -Infinity;
  private dueAt: number | undefined;
  flushes = 0;
  wholeSceneBytes = 0;

  constructor(
    private readonly store: SessionStore,
    private readonly id: string,
    private readonly scene: SimScene,
    private readonly clock: FakeClock,
  ) {}

  /** Called after every frame of the script, as Excalidraw's onChange would be. */
  async tick(): Promise<void> {
    if (this.scene.changes !== this.seenChanges) {
      this.seenChanges = this.scene.changes;
      this.dueAt ??= Math.max(this.scene.now, this.lastFlushAt + 1000);
    }
    if (this.dueAt !== undefined && this.scene.now >= this.dueAt) await this.flush();
  }

  /** Sends what is waiting now (the timer fired, or the window blurred or closed). */
  async flush(): Promise<void> {
    this.dueAt = undefined;
    this.lastFlushAt = this.scene.now;
    const delta = diffScene(this.recorded, this.scene.elements);
    if (!delta) return;
    this.clock.ms = Math.round(this.scene.now);
    // Through the contract's schema, as session.append's dispatch does.
    const command = SessionCommand.parse({ type: 'canvas', delta });
    const { event } = await this.store.command(this.id, command);
    this.recorded = afterRecording(this.recorded, delta);
    this.flushes++;
    this.wholeSceneBytes += wholeSceneLine(event, this.scene);
  }
}

function wholeSceneLine(event: SessionEvent, scene: SimScene): number {
  return Buffer.byteLength(`${JSON.stringify({ ...event, type: 'canvas.scene', payload: { elements: scene.elements } })}\n`);
}

/**
 * Bytes the log gains for a scripted drawing and for a drag, through the real
 * SessionStore in `dataDir`, with Excalidraw's element objects simulated in Node.
 */
export async function benchCanvasBytes(dataDir: string, options: CanvasBytesOptions = {}): Promise<CanvasBytesResult> {
  const shapes = options.shapes ?? 200;
  const dragSeconds = options.dragSeconds ?? 10;
  const clock = new FakeClock(Date.now() - 60 * 60_000);
  const store = new SessionStore({ dataDir, now: clock.now });
  try {
    const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!;
    const { id } = await store.create(BENCH_PROMPT, plan, 'solo');
    await store.command(id, { type: 'start' });
    const scene = new SimScene(4, clock.ms);
    const recorder = new Recorder(store, id, scene, clock);
    const events = sessionPaths(dataDir, id).events;
    const size = async () => (await stat(events)).size;

    const frames = async (ms: number, each: (fraction: number) => void = () => {}) => {
      const count = Math.max(1, Math.round(ms / FRAME_MS));
      for (let i = 1; i <= count; i++) {
        scene.now += FRAME_MS;
        each(i / count);
        await recorder.tick();
      }
    };

    // 1. The drawing: each shape dragged out, labelled by typing, then an arrow from the one before.
    const before = await size();
    const ids: string[] = [];
    for (let i = 0; i < shapes; i++) {
      const x = (i % COLUMNS) * (SHAPE.width + SHAPE.gapX);
      const y = Math.floor(i / COLUMNS) * (SHAPE.height + SHAPE.gapY);
      const shape = scene.newShape('rectangle', x, y);
      ids.push(shape.id);
      await frames(DRAW_MS, (f) => scene.mutate(shape.id, { width: Math.round(SHAPE.width * f), height: Math.round(SHAPE.height * f) }));
      await frames(PAUSE_MS);
      const text = scene.newBoundText(shape.id);
      const label = `${LABELS[i % LABELS.length]} ${i + 1}`;
      for (let c = 1; c <= label.length; c++) {
        await frames(CHAR_MS);
        scene.typeInto(text.id, label.slice(0, c));
      }
      await frames(PAUSE_MS);
      // The last shape also closes the loop back to the first: as many arrows as shapes.
      const ends = i === 0 ? [] : i === shapes - 1 ? [[i - 1, i], [i, 0]] : [[i - 1, i]];
      for (const [from, to] of ends as [number, number][]) {
        const a = scene.get(ids[from]!);
        const b = scene.get(ids[to]!);
        const start = { x: (a.x as number) + SHAPE.width + 5, y: (a.y as number) + SHAPE.height / 2 };
        const dx = (b.x as number) - 5 - start.x;
        const dy = (b.y as number) + SHAPE.height / 2 - start.y;
        const arrow = scene.newArrow(start.x, start.y);
        await frames(DRAW_MS, (f) => scene.mutate(arrow.id, { points: [[0, 0], [Math.round(dx * f), Math.round(dy * f)]], width: Math.abs(Math.round(dx * f)), height: Math.abs(Math.round(dy * f)) }));
        scene.bindArrow(arrow.id, ids[from]!, ids[to]!);
        await frames(PAUSE_MS);
      }
    }
    await recorder.flush();
    const drawn = await size();
    const drawing = { bytes: drawn - before, flushes: recorder.flushes, whole: recorder.wholeSceneBytes };

    // 2. One shape in the middle of that scene, dragged around for a while, a move a frame.
    const dragged = ids[Math.floor(shapes / 2)]!;
    const flushesBefore = recorder.flushes;
    const wholeBefore = recorder.wholeSceneBytes;
    let frame = 0;
    await frames(dragSeconds * 1000, () => {
      const step = frame++ % 240 < 120 ? 1 : -1;
      scene.moveWithBindings(dragged, 2 * step, step);
    });
    await recorder.flush();
    const dragBytes = (await size()) - drawn;

    // The log must fold back to the scene, version for version, or the figures mean nothing.
    const { state } = await store.get(id);
    const folded = new Map(visibleElements(state.canvas).map((e) => [e.id, e.version]));
    const live = scene.elements.filter((e) => !e.isDeleted);
    if (folded.size !== live.length || live.some((e) => folded.get(e.id) !== e.version)) {
      throw new Error('the recorded deltas do not fold back to the simulated scene');
    }

    return {
      canvasBytes200Shapes200Arrows: drawing.bytes,
      canvasFlushes200Shapes200Arrows: drawing.flushes,
      canvasWholeSceneBytes200Shapes200Arrows: drawing.whole,
      canvasBytesDrag10s: dragBytes,
      canvasFlushesDrag10s: recorder.flushes - flushesBefore,
      canvasWholeSceneBytesDrag10s: recorder.wholeSceneBytes - wholeBefore,
      canvasSceneElements: live.length,
    };
  } finally {
    await store.close();
  }
}
