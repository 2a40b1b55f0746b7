import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/session/reduce';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { useTempDirs } from '../testing/tempDir';
import { readLog } from './readLog';
import { sessionPaths } from './sessionFiles';
import { SNAPSHOT_EVERY_EVENTS, SessionStore } from './sessionStore';

const tempDir = useTempDirs();
const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);

async function setup() {
  const dataDir = await tempDir();
  let now = T0;
  const clock = { set: (ms: number) => (now = T0 + ms), now: () => now };
  const appended: number[] = [];
  const open = () => new SessionStore({ dataDir, now: clock.now, onAppended: (_id, e) => appended.push(e.seq) });
  return { dataDir, clock, open, appended };
}

describe('the session store', () => {
  it('keeps a session across a restart, state for state', async () => {
    const { clock, open, appended } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(90_000);
    await store.command(id, { type: 'notes', phase: 'clarify', text: 'who uses it?' });
    await store.command(id, { type: 'next' });
    clock.set(120_000);
    const { state: live } = await store.command(id, { type: 'pause' });
    await store.close();
    expect(appended).toEqual([1, 2, 3, 4, 5]);

    const reopened = await open().get(id);
    expect(reopened.state).toEqual(live);
    expect(reopened.warnings).toEqual([]);
    expect(reopened.state.notes).toEqual({ clarify: 'who uses it?' });
  });

  it('refuses a command that makes no sense, with the reason', async () => {
    const { open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await expect(store.command(id, { type: 'next' })).rejects.toThrow('next refused: start the session first');
  });

  it('writes each event to the log before answering, one JSON line each', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    const text = await readFile(sessionPaths(dataDir, id).events, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(readLog(text).events.map((e) => e.type)).toEqual(['session.created', 'session.started']);
  });

  it('snapshots every 500 events and resumes from the snapshot plus the tail', async () => {
    const { dataDir, clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    for (let i = 0; i < SNAPSHOT_EVERY_EVENTS + 20; i++) {
      clock.set(1000 + i * 10);
      await store.command(id, { type: 'notes', phase: 'clarify', text: `note ${i}` });
    }
    const paths = sessionPaths(dataDir, id);
    const snapshot = JSON.parse(await readFile(paths.snapshot, 'utf8'));
    expect(snapshot.seq).toBe(SNAPSHOT_EVERY_EVENTS);
    await store.close();
    const full = fold(readLog(await readFile(paths.events, 'utf8')).events);
    const resumed = (await open().get(id)).state;
    expect(resumed).toEqual(full);
  });

  it('loads every complete record when the last one is cut at any byte, and appends cleanly after', async () => {
    const { dataDir, clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(20_000);
    await store.command(id, { type: 'pause' });
    await store.command(id, { type: 'notes', phase: 'clarify', text: 'scale: 10M links a day' });
    await store.close();
    const file = sessionPaths(dataDir, id).events;
    const whole = await readFile(file, 'utf8');
    const lastStart = whole.lastIndexOf('\n', whole.length - 2) + 1;
    for (let cut = lastStart + 1; cut < whole.length - 1; cut++) {
      await writeFile(file, whole.slice(0, cut));
      const reopened = open();
      const { state, warnings } = await reopened.get(id);
      expect(state.lastSeq, `cut at byte ${cut}`).toBe(3);
      expect(state.notes).toEqual({});
      expect(warnings[0]).toMatch(/cut off by a crash/);
      clock.set(40_000);
      await reopened.command(id, { type: 'resume' });
      await reopened.command(id, { type: 'end' });
      await reopened.close();
      const after = readLog(await readFile(file, 'utf8'));
      expect(after.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(after.tornTail).toBeUndefined();
    }
  });

  it('moves a corrupt snapshot to quarantine and rebuilds from the log', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    const { state: live } = await store.command(id, { type: 'end' });
    await store.close();
    await writeFile(sessionPaths(dataDir, id).snapshot, '{"v":1,"seq":3,"state":{"status":');
    const { state, warnings } = await open().get(id);
    expect(state).toEqual(live);
    expect(warnings[0]).toMatch(/snapshot was damaged .* moved to .*quarantine/);
    const quarantined = await readdir(join(dataDir, 'quarantine'));
    expect(quarantined.some((f) => f.endsWith('snapshot.json'))).toBe(true);
    expect(quarantined.some((f) => f.endsWith('snapshot.json.why.txt'))).toBe(true);
  });

  it('lists sessions even when one has corrupt metadata, rebuilding it from the log', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const a = await store.create(samplePrompt, samplePlan, 'solo');
    const b = await store.create({ id: 'news-feed', title: 'Design a News Feed' }, samplePlan, 'solo');
    await store.command(b.id, { type: 'start' });
    await store.close();
    await writeFile(sessionPaths(dataDir, a.id).meta, 'garbage');
    const list = await open().list();
    expect(list.map((s) => [s.id, s.status])).toEqual(
      expect.arrayContaining([
        [a.id, 'ready'],
        [b.id, 'paused'],
      ]),
    );
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('session.json'))).toBe(true);
  });

  it('shows a session whose log is unreadable as damaged, and still lists the others', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const a = await store.create(samplePrompt, samplePlan, 'solo');
    const b = await store.create(samplePrompt, samplePlan, 'solo');
    await store.close();
    await writeFile(sessionPaths(dataDir, a.id).meta, '{');
    await writeFile(sessionPaths(dataDir, a.id).events, 'not a log\n');
    const list = await open().list();
    expect(list.find((s) => s.id === a.id)).toMatchObject({ status: 'damaged', problem: expect.stringMatching(/session\.json is not readable/) });
    expect(list.find((s) => s.id === b.id)?.status).toBe('ready');
  });

  it('keeps the events before a broken line and quarantines the whole original log', async () => {
    const { dataDir, clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(1000);
    await store.command(id, { type: 'pause' });
    await store.close();
    const file = sessionPaths(dataDir, id).events;
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[1] = '{"v":1,"seq":2,"broken":true}';
    await writeFile(file, lines.join('\n'));
    const { state, warnings } = await open().get(id);
    expect(state.lastSeq).toBe(1);
    expect(warnings[0]).toMatch(/breaks at line 2/);
    const quarantined = (await readdir(join(dataDir, 'quarantine'))).find((f) => f.endsWith('events.jsonl'))!;
    expect(await readFile(join(dataDir, 'quarantine', quarantined), 'utf8')).toBe(lines.join('\n'));
  });

  it('pauses a session that was running when the app stopped, at its last sign of life', async () => {
    const { dataDir, clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(3 * 60_000);
    await store.heartbeat();
    // The process dies here: nothing is closed. Half an hour later the app starts again.
    clock.set(33 * 60_000);
    const { state, warnings } = await open().get(id);
    expect(state.status).toBe('paused');
    expect(state.activeMs).toBe(3 * 60_000);
    expect(state.pauses).toEqual([{ t: 3 * 60_000, at: T0 + 3 * 60_000, reason: 'closed' }]);
    expect(warnings[0]).toMatch(/stopped while this session was running/);
    expect((await stat(sessionPaths(dataDir, id).events)).size).toBeGreaterThan(0);
  });

  it('pauses running sessions at the moment of a suspend', async () => {
    const { clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(50 * 60_000);
    await store.pauseRunning('suspend', T0 + 2 * 60_000, T0 + 50 * 60_000);
    const { state } = await store.get(id);
    expect(state.status).toBe('paused');
    expect(state.activeMs).toBe(2 * 60_000);
    await store.close();
  });
});

