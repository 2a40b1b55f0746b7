import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../shared/session/reduce';
import type { SessionSummary } from '../../../shared/session/summary';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { createServices } from '../services';
import { nodeFs, type StoreFs } from '../storeFs';
import { faultyFs } from '../testing/faultyFs';
import { refusal } from '../testing/refusal';
import { useTempDirs } from '../testing/tempDir';
import { readLog } from './readLog';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

const tempDir = useTempDirs();

async function running() {
  const dataDir = await tempDir();
  const disk = faultyFs();
  const open = () => new SessionStore({ dataDir, fs: disk.fs });
  const store = open();
  const { id } = await store.create(samplePrompt, samplePlan, 'solo');
  await store.command(id, { type: 'start' });
  return { dataDir, disk, open, store, id, paths: sessionPaths(dataDir, id) };
}

const note = (i: number) => ({ type: 'notes' as const, phase: 'clarify', text: `note ${i}: ${'x'.repeat(40)}` });

describe('the session store on a misbehaving disk (simulated under its file-system seam)', () => {
  it('writes every byte of a record however short the writes, and acknowledges only then', async () => {
    const { disk, open, store, id, paths } = await running();
    disk.set({ kind: 'short', max: 7 });
    for (let i = 0; i < 20; i++) await store.command(id, note(i));
    disk.set(undefined);
    await store.close();
    const read = readLog(await readFile(paths.events));
    expect([read.tornTail, read.damaged, read.missingNewline]).toEqual([undefined, undefined, undefined]);
    const { state, warnings } = await open().get(id);
    expect(warnings).toEqual([]);
    expect(state.notes.clarify).toBe(note(19).text);
  });

  for (const [code, words] of [
    ['ENOSPC', /^Could not save: the disk is full: free some space; nothing after \d\d:\d\d was saved\.$/],
    ['EROFS', /^Could not save: the data folder is on a read-only disk; nothing after \d\d:\d\d was saved\.$/],
    ['EIO', /^Could not save: the disk failed to write \(an input\/output error\); nothing after \d\d:\d\d was saved\.$/],
  ] as const) {
    it(`answers ${code} part-way through a record with a typed error in words, leaves the log at a record's end, and goes on once the disk does`, async () => {
      const { disk, open, store, id, paths } = await running();
      for (let i = 0; i < 3; i++) await store.command(id, note(i));
      const before = (await stat(paths.events)).size;
      disk.set({ kind: 'fail', code, room: 25 });
      const refused = await refusal(store.command(id, note(3)));
      expect(refused.failure.code).toBe('storage');
      expect(refused.failure.message).toMatch(words);
      expect((await stat(paths.events)).size).toBe(before);
      disk.set(undefined);
      const { event } = await store.command(id, note(4));
      expect(event.seq).toBe(6);
      await store.close();
      const { state, warnings } = await open().get(id);
      expect(warnings).toEqual([]);
      expect(state.notes.clarify).toBe(note(4).text);
    });
  }

  it('repairs nothing it cannot put back: on a full disk the damaged original stays, the session opens read-only, and is repaired once there is room', async () => {
    const { dataDir, disk, open, store, id, paths } = await running();
    for (let i = 0; i < 5; i++) await store.command(id, note(i));
    await store.close();
    const original = await readFile(paths.events);
    const broken = Buffer.from(original);
    broken[broken.indexOf('note 2')] = 'N'.charCodeAt(0);
    await writeFile(paths.events, broken);

    disk.set({ kind: 'fail', code: 'ENOSPC', room: 0 });
    const full = open();
    const opened = await full.get(id);
    expect(opened.warnings.join(' ')).toMatch(/needs mending but the disk is full: free some space, so the session opened read-only/);
    // The 4 records before the damage, its clock shown paused (never running with nothing saved), the pause not written.
    expect(opened.state).toMatchObject({ lastSeq: 5, status: 'paused' });
    expect((await full.events(id)).map((e) => e.type).at(-1)).toBe('session.paused');
    expect(await readFile(paths.events)).toEqual(broken);
    expect((await refusal(full.command(id, note(9)))).failure).toMatchObject({ code: 'storage', message: expect.stringMatching(/the disk is full/) });

    disk.set(undefined);
    const { event } = await full.command(id, note(10));
    // After the 4 kept and the pause for the clock the repair found running.
    expect(event.seq).toBe(6);
    await full.close();
    const again = await open().get(id);
    expect(again.state.notes.clarify).toBe(note(10).text);
    expect(again.warnings.join(' ')).toMatch(/Repaired on .*breaks at line 5 \(its checksum does not match/);
    const kept = await readdir(join(dataDir, 'quarantine'));
    expect(await readFile(join(dataDir, 'quarantine', kept.find((f) => f.endsWith('events.jsonl'))!))).toEqual(broken);
  });

  it('closes the log it opened when opening a session fails after that (no file handle left for the garbage collector)', async () => {
    const from = await tempDir();
    const first = new SessionStore({ dataDir: from });
    const { id } = await first.create(samplePrompt, samplePlan, 'solo');
    await first.command(id, { type: 'start' });
    // Copied while its clock runs, as a crash leaves it: opening the copy appends the pause first.
    const dataDir = await tempDir();
    await cp(sessionPaths(from, id).dir, sessionPaths(dataDir, id).dir, { recursive: true });
    await first.close();
    const logs: { closed: boolean }[] = [];
    const failing: StoreFs = {
      ...nodeFs,
      open: (async (...args: Parameters<StoreFs['open']>) => {
        const handle = await nodeFs.open(...args);
        if (args[1] !== 'a') return handle;
        const log = { closed: false };
        logs.push(log);
        return new Proxy(handle, {
          get(target, key) {
            // Not the disk's trouble (that opens the session read-only): a fault the load cannot go on from.
            if (key === 'write') return async () => Promise.reject(Object.assign(new Error('EBADF: simulated'), { code: 'EBADF' }));
            if (key === 'close') return async () => ((log.closed = true), target.close());
            const value = Reflect.get(target, key, target) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
          },
        });
      }) as StoreFs['open'],
    };
    const store = new SessionStore({ dataDir, fs: failing });
    await expect(store.get(id)).rejects.toThrow('EBADF: simulated');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs.every((log) => log.closed)).toBe(true);
    await store.close();
  });

  it('refuses to start a session on a full disk in words, leaving no half-made folder', async () => {
    const dataDir = await tempDir();
    const disk = faultyFs();
    const store = new SessionStore({ dataDir, fs: disk.fs });
    disk.set({ kind: 'fail', code: 'ENOSPC', room: 0 });
    const refused = await refusal(store.create(samplePrompt, samplePlan, 'solo'));
    expect(refused.failure).toMatchObject({ code: 'storage', message: 'Cannot start a session: the disk is full: free some space.' });
    disk.set(undefined);
    expect(await store.list()).toEqual([]);
  });

  it('warns on open, before a session starts and while it runs, when less than 200 MB are free', async () => {
    const dataDir = await tempDir();
    let free = 150 * 1024 * 1024;
    const fs = { ...nodeFs, statfs: (async () => ({ bavail: free / 4096, bsize: 4096 })) as unknown as StoreFs['statfs'] };
    const store = new SessionStore({ dataDir, fs });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    expect((await store.get(id)).warnings).toEqual(['Only 150 MB are free on the disk of the data folder: free some space, or the end of a long session may not be saved.']);
    await store.command(id, { type: 'start' });
    expect((await store.get(id)).warnings).toHaveLength(1);
    free = 300 * 1024 * 1024;
    expect((await store.get(id)).warnings).toEqual([]);
    await store.close();
  });

  it('sets aside, with a note, session folders whose making a crash cut off (only prompt.json left), and lists the rest', async () => {
    const dataDir = await tempDir();
    const store = new SessionStore({ dataDir });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.close();
    const halfMade = join(dataDir, 'sessions', 's-20261122-090000-dead');
    await mkdir(halfMade, { recursive: true });
    await writeFile(join(halfMade, 'prompt.json'), '{}');
    await mkdir(join(dataDir, 'sessions', '.making-s-20261122-090001-beef'));
    const fresh = new SessionStore({ dataDir });
    const moved = await fresh.sweepHalfMade();
    expect(moved).toHaveLength(2);
    expect((await fresh.list()).map((s) => [s.id, s.status])).toEqual([[id, 'ready']]);
    const notes = (await readdir(join(dataDir, 'quarantine'))).filter((f) => f.endsWith('.why.txt'));
    expect(await readFile(join(dataDir, 'quarantine', notes.find((n) => n.includes('dead'))!), 'utf8')).toMatch(/making this session was cut off/);
  });
});

describe('a read-only data folder (simulated under the seam)', () => {
  it('lets go of the damaged sessions a list checked, and lists them again as checked without reading their logs or telling the windows twice', async () => {
    const dataDir = await tempDir();
    const writable = new SessionStore({ dataDir });
    const make = async () => {
      const { id } = await writable.create(samplePrompt, samplePlan, 'solo');
      await writable.command(id, { type: 'start' });
      for (let i = 0; i < 14; i++) await writable.command(id, note(i));
      await writable.command(id, { type: 'end' });
      return id;
    };
    const [readable, unreadable] = [await make(), await make()];
    await writable.close();
    // Changed on disk before the folder went read-only: line 10 of one, the whole log of the other.
    const lines = (await readFile(sessionPaths(dataDir, readable).events, 'utf8')).split('\n');
    lines[9] = lines[9]!.replace('"type":', '#type":');
    await writeFile(sessionPaths(dataDir, readable).events, lines.join('\n'));
    await writeFile(sessionPaths(dataDir, unreadable).events, 'garbage\n');
    const disk = faultyFs();
    disk.set({ kind: 'fail', code: 'EROFS', room: 0 });
    let logReads = 0;
    const fs: StoreFs = {
      ...disk.fs,
      readFile: (async (...args: Parameters<StoreFs['readFile']>) => {
        if (String(args[0]).endsWith('events.jsonl')) logReads++;
        return disk.fs.readFile(...args);
      }) as StoreFs['readFile'],
    };
    const pushed: SessionSummary[] = [];
    const store = new SessionStore({ dataDir, fs, readOnly: 'the data folder is on a read-only disk', onChecked: (row) => pushed.push(row) });
    // What the store holds in memory: no public call says it, and what this test is about is that it lets go.
    const held = store as unknown as { open: Map<string, unknown>; checking: Promise<void> | undefined };
    const checked = async () => {
      while (held.checking) await held.checking;
    };
    try {
      await store.list();
      await checked();
      expect(pushed.map((row) => row.id).sort()).toEqual([readable, unreadable].sort());
      expect(held.open.size).toBe(0);
      const reads = logReads;
      const again = await store.list();
      await checked();
      expect(again.find((row) => row.id === readable)).toMatchObject({ status: 'ended', kept: { records: 9, of: 17, ended: true } });
      expect(again.find((row) => row.id === unreadable)).toMatchObject({ status: 'damaged', reason: 'line 1 of its log is not a session record' });
      expect([pushed.length, logReads, held.open.size]).toEqual([2, reads, 0]);
      // Opened by a window, it is read again and says what was kept.
      expect((await store.get(readable)).state.notes.clarify).toBe(note(6).text);
    } finally {
      await store.close();
    }
  });

  it('opens a damaged ended session to be read, ended (never paused or running), with what was kept; the start notice, open, events, export and the list agree, and nothing on disk changes', async () => {
    const dataDir = await tempDir();
    const writable = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
    const h = writable.handlers;
    const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
    await h['session.append']({ id, command: { type: 'start' } });
    for (let i = 0; i < 14; i++) await h['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: `note ${i}` } });
    const { event: end } = await h['session.append']({ id, command: { type: 'end' } });
    await writable.close();
    const paths = sessionPaths(dataDir, id);
    // Line 10 of 17 changed on disk (its end is in the part after it), then the disk went read-only.
    const lines = (await readFile(paths.events, 'utf8')).split('\n');
    lines[9] = lines[9]!.replace('"type":', '#type":');
    await writeFile(paths.events, lines.join('\n'));
    const damaged = await readFile(paths.events);
    const before = await readdir(paths.dir);
    const disk = faultyFs();
    disk.set({ kind: 'fail', code: 'EROFS', room: 0 });

    const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test', fs: disk.fs });
    try {
      const r = services.handlers;
      expect((await r['app.info']({})).notices).toContainEqual({ kind: 'read-only', text: expect.stringMatching(/cannot be written .*: sessions open to be read, but nothing new can be saved/) });
      const opened = await r['session.open']({ id });
      // The 9 records before the damage and its end, shown (not written: it cannot be) at the moment it had ended.
      expect(opened.state).toMatchObject({ status: 'ended', lastSeq: 10, endedAt: end.at });
      expect(opened.state.notes.clarify).toBe('note 6');
      expect(opened.warnings.join(' ')).toMatch(/Not mended, the data folder is on a read-only disk: the log is damaged at line 10/);
      expect(opened.warnings.join(' ')).toMatch(/had ended, but its end was in the damaged part of its log and the data folder is on a read-only disk/);
      const { events } = await r['session.events']({ id });
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(events.at(-1)).toMatchObject({ type: 'session.ended', at: end.at });
      expect(fold(events)).toEqual(opened.state);
      const bundle = await r['session.exportBundle']({ id });
      expect((JSON.parse(bundle.content!) as { events: unknown[] }).events).toEqual(events);
      expect((await refusal(r['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'more' } }))).failure.code).toBe('storage');
      const listed = (await r['session.list']({})).sessions.find((s) => s.id === id)!;
      expect(listed).toMatchObject({ status: 'ended', kept: { records: 9, of: 17, ended: true } });
      expect(await readFile(paths.events)).toEqual(damaged);
      expect(await readdir(paths.dir)).toEqual(before);
    } finally {
      await services.close();
    }
  });
});
