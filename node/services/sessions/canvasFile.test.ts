import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { CanvasElement } from '../../../shared/canvas/element';
import { parseExcalidrawFile, phasesOf } from '../../../shared/canvas/excalidrawFile';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { formatReport, sessionReport } from '../../cli/showSession';
import { useTempDirs } from '../testing/tempDir';
import { readLog } from './readLog';
import { canvasFilePath } from './canvasFile';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

const tempDir = useTempDirs();
const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);

function shape(id: string, version: number, extra: Record<string, unknown> = {}): CanvasElement {
  return {
    id,
    type: 'rectangle',
    x: 100,
    y: 80,
    width: 160,
    height: 80,
    angle: 0,
    strokeColor: '#1e1e1e',
    backgroundColor: 'transparent',
    fillStyle: 'solid',
    strokeWidth: 2,
    strokeStyle: 'solid',
    roughness: 1,
    opacity: 100,
    groupIds: [],
    frameId: null,
    index: `a${id.length}`,
    roundness: { type: 3 },
    seed: 1234,
    version,
    versionNonce: 99 + version,
    isDeleted: false,
    boundElements: null,
    updated: T0,
    link: null,
    locked: false,
    ...extra,
  };
}

function label(id: string, containerId: string, text: string, version: number): CanvasElement {
  return shape(id, version, {
    type: 'text',
    index: 'a9',
    text,
    originalText: text,
    fontSize: 20,
    fontFamily: 5,
    textAlign: 'center',
    verticalAlign: 'middle',
    containerId,
    autoResize: true,
    lineHeight: 1.25,
    roundness: null,
  });
}

async function setup() {
  const dataDir = await tempDir();
  let now = T0;
  const logged: string[] = [];
  const store = new SessionStore({ dataDir, now: () => (now += 1000), log: (line) => logged.push(line) });
  const { id } = await store.create(samplePrompt, samplePlan, 'solo');
  await store.command(id, { type: 'start' });
  return { dataDir, store, id, logged };
}

const empty = { added: [], changed: [], deleted: [], files: [] };

describe('canvas.excalidraw', () => {
  it('is written into the session folder when the session ends, from the recorded deltas', async () => {
    const { dataDir, store, id, logged } = await setup();
    const dir = sessionPaths(dataDir, id).dir;
    await store.command(id, { type: 'canvas', delta: { ...empty, added: [shape('lb', 1), shape('gone', 1)] } });
    await store.command(id, { type: 'next' });
    await store.command(id, {
      type: 'canvas',
      delta: {
        ...empty,
        added: [label('lb-label', 'lb', 'Load balancer', 3)],
        changed: [shape('lb', 4, { x: 140, boundElements: [{ type: 'text', id: 'lb-label' }] })],
        deleted: [{ id: 'gone', version: 2, versionNonce: 5 }],
      },
    });
    expect(existsSync(canvasFilePath(dir)), 'not before the end').toBe(false);

    const { state } = await store.command(id, { type: 'end' });
    expect(state.status).toBe('ended');
    const file = parseExcalidrawFile(await readFile(canvasFilePath(dir), 'utf8'));
    expect(file.type).toBe('excalidraw');
    expect(file.elements.map((e) => [e.id, e.version])).toEqual([
      ['lb', 4],
      ['lb-label', 3],
    ]);
    expect(file.elements[0]).toMatchObject({ x: 140, boundElements: [{ type: 'text', id: 'lb-label' }] });
    expect(file.elements[1]).toMatchObject({ text: 'Load balancer', containerId: 'lb' });
    expect(phasesOf(file)).toEqual({ lb: 'clarify', 'lb-label': 'design' });
    expect(logged).toEqual([]);
    await store.close();

    // `designdrill session show` names what the diagram holds.
    const report = formatReport(await sessionReport(dataDir, id, { now: () => T0 + 60_000 }), undefined);
    expect(report).toContain('Diagram  2 elements: 1 rectangle, 1 text\n');
  });

  it('is written for an empty canvas too, so every ended session has one', async () => {
    const { dataDir, store, id } = await setup();
    await store.command(id, { type: 'end' });
    const file = parseExcalidrawFile(await readFile(canvasFilePath(sessionPaths(dataDir, id).dir), 'utf8'));
    expect(file.elements).toEqual([]);
    await store.close();
  });

  it('failing to be written is logged and loses nothing: the session still ends, on disk too', async () => {
    const { dataDir, store, id, logged } = await setup();
    await store.command(id, { type: 'canvas', delta: { ...empty, added: [shape('db', 1)] } });
    // A folder where the file should go: the atomic rename onto it fails.
    const dir = sessionPaths(dataDir, id).dir;
    await mkdir(canvasFilePath(dir));
    await mkdir(`${canvasFilePath(dir)}/in-the-way`);

    const { state } = await store.command(id, { type: 'end' });
    expect(state.status).toBe('ended');
    expect(logged).toEqual([expect.stringMatching(new RegExp(`^could not write the diagram of session ${id}: `))]);
    await store.close();

    const { events } = readLog(await readFile(sessionPaths(dataDir, id).events, 'utf8'));
    expect(events.at(-1)?.type).toBe('session.ended');
    const reopened = await new SessionStore({ dataDir }).get(id);
    expect(reopened.state.status).toBe('ended');
    expect(Object.keys(reopened.state.canvas.elements)).toEqual(['db']);
  });

  it('is written when an ended session without one is opened (a crash came between the end and the file)', async () => {
    const { dataDir, store, id } = await setup();
    await store.command(id, { type: 'canvas', delta: { ...empty, added: [shape('cache', 1)] } });
    await store.command(id, { type: 'end' });
    await store.close();
    const file = canvasFilePath(sessionPaths(dataDir, id).dir);
    await rm(file);

    await new SessionStore({ dataDir }).get(id);
    expect(parseExcalidrawFile(await readFile(file, 'utf8')).elements.map((e) => e.id)).toEqual(['cache']);
  });
});
