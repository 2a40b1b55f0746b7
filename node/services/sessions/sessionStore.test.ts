import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fold } from '../../../shared/session/reduce';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { useTempDirs } from '../testing/tempDir';
import { readSessionLog } from './sessionLog';
import type * as SessionLog from './sessionLog';
import { readLog } from './readLog';
import { sessionPaths } from './sessionFiles';
import { SNAPSHOT_EVERY_EVENTS, SessionStore } from './sessionStore';

// Passed through, and watched: a known-damaged session must not have its log read again.
vi.mock('./sessionLog', async (actual) => {
  const real = await actual<typeof SessionLog>();
  return { ...real, readSessionLog: vi.fn(real.readSessionLog) };
});

const tempDir = useTempDirs();
/** Stores a test opened, closed after it (before its folder goes): one left open stands for a crashed app, but its file handles must not outlive the test. */
const opened: SessionStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close().catch(() => {})));
});
const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);

async function setup() {
  const dataDir = await tempDir();
  let now = T0;
  const clock = { set: (ms: number) => (now = T0 + ms), now: () => now };
  const appended: number[] = [];
  const open = () => {
    const store = new SessionStore({ dataDir, now: clock.now, onAppended: (_id, e) => appended.push(e.seq) });
    opened.push(store);
    return store;
  };
  return { dataDir, clock, open, appended };
}

/**
 * A session of 2 + `notes` events, paused, left as a crash leaves it (nothing closed), so
 * its snapshot is the one written at event 500, with the rest of the log after it.
 */
async function crashedAfterNotes(notes: number) {
  const setupResult = await setup();
  const { dataDir, clock, open } = setupResult;
  const store = open();
  const { id } = await store.create(samplePrompt, samplePlan, 'solo');
  await store.command(id, { type: 'start' });
  for (let i = 0; i < notes; i++) {
    clock.set(1000 + i * 10);
    // Not all ASCII, so byte offsets and string offsets differ.
    await store.command(id, { type: 'notes', phase: 'clarify', text: `note ${i}: a cache in front of the store — ${'é'.repeat(i % 7)}` });
  }
  const { state: live } = await store.command(id, { type: 'pause' });
  const paths = sessionPaths(dataDir, id);
  const snapshot = JSON.parse(await readFile(paths.snapshot, 'utf8')) as { seq: number; bytes: number };
  const log = await readFile(paths.events);
  return { ...setupResult, id, live, paths, snapshot, log };
}

/** Byte offset just after line `seq` of a log (one event per line). */
function endOfLine(log: Buffer, seq: number): number {
  let offset = 0;
  for (let i = 0; i < seq; i++) offset = log.indexOf(0x0a, offset) + 1;
  return offset;
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
    // Each round ends the session: its summary goes back with its log, or it would say the log lost its end.
    const meta = await readFile(sessionPaths(dataDir, id).meta);
    const lastStart = whole.lastIndexOf('\n', whole.length - 2) + 1;
    for (let cut = lastStart + 1; cut < whole.length - 1; cut++) {
      await writeFile(file, whole.slice(0, cut));
      await writeFile(sessionPaths(dataDir, id).meta, meta);
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
    // About a hundred opens, mends and flushed appends: more than the default 20 s on a busy machine.
  }, 60_000);

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

  it('lists a running session with the time it has used up to now, not up to its last event', async () => {
    const { clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    clock.set(7 * 60_000);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ id, status: 'running', activeMs: 7 * 60_000, lastAt: T0 + 7 * 60_000 });
    await store.close();
  });

  it('keeps saying why a session is damaged on every later list, without reading its log again', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.close();
    const paths = sessionPaths(dataDir, id);
    await writeFile(paths.meta, '{');
    await writeFile(paths.events, 'not a log\n');

    const [first] = await open().list();
    expect(first).toMatchObject({ id, status: 'damaged' });
    expect(first!.problem).toMatch(/^session\.json is not readable .*; it was moved to .*quarantine.*\. Its log holds no readable events: line 1 not JSON \(.*\)\.$/);

    vi.mocked(readSessionLog).mockClear();
    const later = [await open().list(), await open().list()];
    expect(later.map(([s]) => s)).toEqual([first, first]);
    expect(readSessionLog).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(paths.damage, 'utf8'))).toMatchObject({ outcome: 'unreadable', problem: expect.stringMatching(/session\.json is not readable/) });
  });

  it('brings a damaged session back once its log is restored from quarantine', async () => {
    const { dataDir, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    await store.close();
    const paths = sessionPaths(dataDir, id);
    const good = await readFile(paths.events, 'utf8');
    await writeFile(paths.meta, '{');
    await writeFile(paths.events, `garbage\n${good}`);
    expect((await open().list())[0]?.status).toBe('damaged');

    await writeFile(paths.events, good);
    const [restored] = await open().list();
    expect(restored).toMatchObject({ id, status: 'paused', warning: expect.stringMatching(/session\.json is not readable .*rebuilt it from the session's log/) });
  });

  it('rebuilds a damaged session.json from the log and says so on every later list', async () => {
    const { dataDir, clock, open } = await setup();
    const store = open();
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.close();
    const paths = sessionPaths(dataDir, id);
    await writeFile(paths.meta, '{"v":1,"id":"nonsense"}');

    const [first] = await open().list();
    expect(first).toMatchObject({ id, status: 'ready', prompt: samplePrompt, warning: expect.stringMatching(/^session\.json does not match its schema .*; it was moved to .*quarantine.*; DesignDrill rebuilt it from the session's log\.$/) });
    const reopened = open();
    expect((await reopened.list())[0]).toEqual(first);

    // Still said after the session was used and its session.json rewritten.
    await reopened.command(id, { type: 'start' });
    clock.set(60_000);
    await reopened.command(id, { type: 'pause' });
    await reopened.close();
    expect((await open().list())[0]).toMatchObject({ status: 'paused', activeMs: 60_000, warning: first!.warning });
  });

  it('never lets a snapshot hide damage behind it: the log before it is checked, and the events before the damage kept', async () => {
    const { dataDir, open, id, paths, snapshot, log } = await crashedAfterNotes(SNAPSHOT_EVERY_EVENTS + 20);
    expect(snapshot.seq).toBe(SNAPSHOT_EVERY_EVENTS);
    expect(snapshot.bytes).toBe(endOfLine(log, SNAPSHOT_EVERY_EVENTS));
    // Garble an event the snapshot covers, keeping its length: the snapshot's checksum of the log before it catches it.
    const garbled = Buffer.from(log);
    garbled.fill('x'.charCodeAt(0), endOfLine(log, 2), endOfLine(log, 3) - 1);
    await writeFile(paths.events, garbled);

    const store = open();
    const { state, warnings } = await store.get(id);
    expect(warnings.join(' ')).toMatch(/breaks at line 3 .*the 2 events before it were kept .*quarantine/);
    // The two kept, and the pause for the clock it found running.
    expect(state.lastSeq).toBe(3);
    // Every reading agrees with the open, and a new event goes after what was kept.
    expect((await store.events(id)).map((e) => e.seq)).toEqual([1, 2, 3]);
    const { event } = await store.command(id, { type: 'notes', phase: 'clarify', text: 'after the repair' });
    expect(event.seq).toBe(4);
    await store.close();
    const again = open();
    expect((await again.events(id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect((await again.get(id)).warnings.join(' ')).toMatch(/^Repaired on .*breaks at line 3/);
    expect((await readdir(join(dataDir, 'quarantine'))).filter((f) => f.endsWith('events.jsonl'))).toHaveLength(1);
  });

  it('reads the whole log, with a warning, when the snapshot does not line up with it', async () => {
    const { open, id, live, paths, snapshot, log } = await crashedAfterNotes(SNAPSHOT_EVERY_EVENTS + 20);
    const variants = [
      { bytes: log.length + 10, why: /ends at byte \d+ of the log, which has only \d+ bytes/ },
      { bytes: endOfLine(log, SNAPSHOT_EVERY_EVENTS - 1), why: /the log before its end changed after it was saved/ },
      { bytes: snapshot.bytes - 3, why: /byte \d+ of the log is not the end of a line/ },
    ];
    for (const { bytes, why } of variants) {
      const written = JSON.parse(await readFile(paths.snapshot, 'utf8'));
      await writeFile(paths.snapshot, JSON.stringify({ ...written, bytes }));
      const reopened = open();
      const { state, warnings } = await reopened.get(id);
      expect(state, `bytes ${bytes}`).toEqual(live);
      expect(warnings).toEqual([expect.stringMatching(/^The snapshot does not line up with the session log/)]);
      expect(warnings[0]).toMatch(why);
      await reopened.close();
      // Closing wrote a snapshot that lines up again; put the session back as it was for the next variant.
      await writeFile(paths.events, log);
      await writeFile(paths.snapshot, JSON.stringify({ ...written, bytes: snapshot.bytes }));
    }
  });

  it('still reads a snapshot written before it recorded its place in the log', async () => {
    const { open, id, live, paths } = await crashedAfterNotes(SNAPSHOT_EVERY_EVENTS + 5);
    const { bytes: _bytes, ...older } = JSON.parse(await readFile(paths.snapshot, 'utf8'));
    await writeFile(paths.snapshot, JSON.stringify(older));
    expect(await open().get(id)).toEqual({ state: live, warnings: [] });
  });

  it('drops a record cut off after the snapshot, naming the event before it, and appends cleanly after', async () => {
    const { clock, open, id, paths, log } = await crashedAfterNotes(SNAPSHOT_EVERY_EVENTS + 20);
    // Events 1 to 523: creation, start, 520 notes, pause. The pause is cut short.
    await writeFile(paths.events, log.subarray(0, endOfLine(log, 522) + 10));
    const store = open();
    const { state, warnings } = await store.get(id);
    expect(warnings[0]).toMatch(/cut off by a crash: the record after event 522 was cut short/);
    // Without its pause the session was running when the app stopped: loading pauses it again.
    expect(state).toMatchObject({ status: 'paused', lastSeq: 523 });
    clock.set(10 * 60_000);
    await store.command(id, { type: 'end' });
    await store.close();

    const after = await open().get(id);
    expect(after.warnings).toEqual([]);
    expect(after.state).toMatchObject({ status: 'ended', lastSeq: 524 });
    const reread = readLog(await readFile(paths.events, 'utf8'));
    expect(reread.tornTail).toBeUndefined();
    expect(after.state).toEqual(fold(reread.events));
  });

  it('handles a broken line after the snapshot as it would without one: keeps what comes before, quarantines the log', async () => {
    const { dataDir, open, id, paths, log } = await crashedAfterNotes(SNAPSHOT_EVERY_EVENTS + 20);
    const broken = Buffer.concat([log.subarray(0, endOfLine(log, 510)), Buffer.from('{"v":1,"seq":511,"broken":true}\n'), log.subarray(endOfLine(log, 511))]);
    await writeFile(paths.events, broken);
    const { state, warnings } = await open().get(id);
    expect(warnings[0]).toMatch(/breaks at line 511 .*moved to .*quarantine/);
    // Events 1 to 510 kept, then the pause for the app having stopped while the clock ran.
    expect(state).toMatchObject({ status: 'paused', lastSeq: 511 });
    expect((await readFile(paths.events)).subarray(0, endOfLine(log, 510))).toEqual(log.subarray(0, endOfLine(log, 510)));
    const quarantined = (await readdir(join(dataDir, 'quarantine'))).find((f) => f.endsWith('events.jsonl'))!;
    expect(await readFile(join(dataDir, 'quarantine', quarantined))).toEqual(broken);
  });
});
