import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nothingRecorded, recordedFrom } from '../../shared/canvas/delta';
import type { CanvasDelta, CanvasElement, CanvasFile } from '../../shared/canvas/element';
import { CanvasRecorder, FLUSH_EVERY_MS, type RecorderStatus } from './recorder';

const el = (id: string, version: number, extra: Partial<CanvasElement> & Record<string, unknown> = {}): CanvasElement => ({
  id,
  type: 'rectangle',
  version,
  versionNonce: version * 7,
  isDeleted: false,
  index: `a${id}`,
  x: 0,
  ...extra,
});

function setup(options: { recorded?: CanvasElement[]; ok?: () => boolean } = {}) {
  const sent: { delta: CanvasDelta; keepalive: boolean }[] = [];
  const statuses: RecorderStatus[] = [];
  const tooLarge: string[] = [];
  let release: (() => void) | undefined;
  let hold = false;
  const recorder = new CanvasRecorder({
    recorded: options.recorded ? recordedFrom(options.recorded, []) : nothingRecorded(),
    send: (delta, keepalive) => {
      sent.push({ delta, keepalive });
      const ok = options.ok?.() ?? true;
      if (!hold) return Promise.resolve(ok);
      return new Promise<boolean>((resolve) => (release = () => resolve(ok)));
    },
    onStatus: (s) => statuses.push(s),
    onFileTooLarge: (f) => tooLarge.push(f.id),
  });
  return {
    recorder,
    sent,
    statuses,
    tooLarge,
    holdSends: () => (hold = true),
    releaseSend: () => release?.(),
  };
}

const ids = (elements: readonly CanvasElement[]) => elements.map((e) => `${e.id}@${e.version}`);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CanvasRecorder', () => {
  it('batches a burst of changes into one delta within a second, holding only what changed', async () => {
    const t = setup({ recorded: [el('1', 1), el('2', 1)] });
    for (let v = 2; v <= 30; v++) t.recorder.update([el('1', 1), el('2', v), el('3', 1)], {});
    expect(t.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS);
    expect(t.sent).toHaveLength(1);
    expect(ids(t.sent[0]!.delta.added)).toEqual(['3@1']);
    expect(ids(t.sent[0]!.delta.changed)).toEqual(['2@30']);
    expect(t.statuses).toEqual(['saving', 'saved']);
  });

  it('sends nothing for a scene whose versions did not move (a pan, a zoom, a selection)', async () => {
    const t = setup({ recorded: [el('1', 4)] });
    for (let i = 0; i < 10; i++) {
      t.recorder.update([el('1', 4)], {});
      await vi.advanceTimersByTimeAsync(400);
    }
    await t.recorder.flush();
    expect(t.sent).toHaveLength(0);
  });

  it('sends at most once a second while drawing goes on', async () => {
    const t = setup();
    for (let v = 1; v <= 50; v++) {
      t.recorder.update([el('1', v)], {});
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(FLUSH_EVERY_MS);
    expect(t.sent.length).toBeGreaterThanOrEqual(5);
    expect(t.sent.length).toBeLessThanOrEqual(6);
    expect(t.sent.at(-1)!.delta.changed.at(-1)?.version).toBe(50);
  });

  it('flush sends at once; a flush while a batch is on its way waits for it, then sends the rest', async () => {
    const t = setup();
    t.holdSends();
    t.recorder.update([el('1', 1)], {});
    const first = t.recorder.flush();
    t.recorder.update([el('1', 2), el('2', 1)], {});
    const second = t.recorder.flush();
    expect(t.sent).toHaveLength(1);
    t.releaseSend();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent).toHaveLength(2);
    t.releaseSend();
    await second;
    expect(ids(t.sent[1]!.delta.changed)).toEqual(['1@2']);
    expect(ids(t.sent[1]!.delta.added)).toEqual(['2@1']);
  });

  it('a page going away sends at once, even while a batch is on its way', async () => {
    const t = setup();
    t.holdSends();
    t.recorder.update([el('1', 1)], {});
    void t.recorder.flush();
    t.recorder.update([el('1', 1), el('2', 1)], {});
    void t.recorder.flush(true);
    expect(t.sent.map((s) => s.keepalive)).toEqual([false, true]);
    expect(ids(t.sent[1]!.delta.added)).toEqual(['2@1']);
  });

  it('a failed batch is sent again, nothing lost', async () => {
    let ok = false;
    const t = setup({ ok: () => ok });
    t.recorder.update([el('1', 1)], {});
    await t.recorder.flush();
    expect(t.statuses.at(-1)).toBe('failed');
    t.recorder.update([el('1', 1), el('2', 1)], {});
    ok = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(ids(t.sent.at(-1)!.delta.added)).toEqual(['1@1', '2@1']);
    expect(t.statuses.at(-1)).toBe('saved');
  });

  it('sends a deletion as a deletion', async () => {
    const t = setup({ recorded: [el('1', 3)] });
    t.recorder.update([el('1', 4, { isDeleted: true })], {});
    await t.recorder.flush();
    expect(t.sent[0]!.delta.deleted).toEqual([{ id: '1', version: 4, versionNonce: 28 }]);
  });

  it('does not send back what another window drew', async () => {
    const t = setup({ recorded: [el('1', 1)] });
    t.recorder.markRecorded([el('2', 5), el('1', 2, { isDeleted: true })]);
    t.recorder.update([el('1', 2, { isDeleted: true }), el('2', 5)], {});
    await t.recorder.flush();
    expect(t.sent).toHaveLength(0);
  });

  it('sends what Excalidraw held at the flush, not what it mutated into afterwards', async () => {
    const t = setup();
    t.holdSends();
    const live = el('1', 1, { x: 10 }) as CanvasElement & { x: number };
    t.recorder.update([live], {});
    void t.recorder.flush();
    live.x = 99;
    live.version = 2;
    expect(t.sent[0]!.delta.added[0]!.x).toBe(10);
    expect(t.sent[0]!.delta.added[0]!.version).toBe(1);
  });

  it('leaves out an image too large for the log, once, and says so', async () => {
    const t = setup();
    const file = (id: string, chars: number): CanvasFile => ({ id, mimeType: 'image/png', dataURL: `data:image/png;base64,${'A'.repeat(chars)}`, created: 1 });
    const files = { small: file('small', 10), big: file('big', 8_000_001) };
    t.recorder.update([el('1', 1, { type: 'image', fileId: 'small' }), el('2', 1, { type: 'image', fileId: 'big' })], files);
    await t.recorder.flush();
    expect(t.sent[0]!.delta.files.map((f) => f.id)).toEqual(['small']);
    expect(ids(t.sent[0]!.delta.added)).toEqual(['1@1', '2@1']);
    t.recorder.update([el('1', 1, { type: 'image', fileId: 'small' }), el('2', 2, { type: 'image', fileId: 'big' })], files);
    await t.recorder.flush();
    expect(t.tooLarge).toEqual(['big']);
  });

  it('stop sends what is pending, then records nothing more', async () => {
    const t = setup();
    t.recorder.update([el('1', 1)], {});
    await t.recorder.stop();
    expect(t.sent).toHaveLength(1);
    t.recorder.update([el('1', 2)], {});
    await vi.advanceTimersByTimeAsync(5000);
    expect(t.sent).toHaveLength(1);
  });
});
