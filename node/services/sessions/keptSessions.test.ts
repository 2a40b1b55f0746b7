import { mkdir, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../services';
import { refusal } from '../testing/refusal';
import { listOnceScored } from '../testing/scoredList';
import { useServices } from '../testing/useServices';
import { useTempDirs } from '../testing/tempDir';
import type { SessionSummary } from '../../../shared/session/summary';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { nodeFs, type StoreFs } from '../storeFs';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

const tempDir = useTempDirs();
const { launch, close } = useServices();

async function restart(services: Services, dataDir: string): Promise<Services> {
  await close(services);
  return launch(dataDir);
}

/** A session of 17 records (created, started, 14 notes, then ended or paused), closed as after a quit. */
async function session(end: boolean) {
  const dataDir = await tempDir();
  const services = await launch(dataDir);
  const h = services.handlers;
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  for (let i = 0; i < 14; i++) await h['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: `note ${i}` } });
  const { event: last } = await h['session.append']({ id, command: end ? { type: 'end' } : { type: 'pause' } });
  await close(await restart(services, dataDir));
  return { dataDir, id, paths: sessionPaths(dataDir, id), lastAt: last.at };
}

/** Line 10 of 17 changed the way an editor or a disk does it: same length, no longer an event. */
async function damageLine10(file: string) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[9] = lines[9]!.replace('"type":', '#type":');
  await writeFile(file, lines.join('\n'));
}

const row = async (services: Services, id: string) => (await services.handlers['session.list']({})).sessions.find((s) => s.id === id)!;

describe('a session repaired to what was kept', () => {
  it('paused: the list says it was damaged, how much was kept and where the original is; it resumes after the kept records, on this run and the next', async () => {
    const { dataDir, id, paths, lastAt } = await session(false);
    await damageLine10(paths.events);
    // The log as last written, at the pause: the repair rewrites it, but the clock stopped then.
    await utimes(paths.events, lastAt / 1000, lastAt / 1000);
    let services = await launch(dataDir);
    const { state } = await services.handlers['session.open']({ id });
    // The 9 records before the damage, then the pause that stops the clock the damage left running,
    // at the last moment the log was seen written, not at the repair.
    expect(state.lastSeq).toBe(10);
    expect(state.status).toBe('paused');
    const pause = (await services.handlers['session.events']({ id })).events.at(-1)!;
    expect(pause.type).toBe('session.paused');
    expect(Math.abs(pause.at - lastAt)).toBeLessThan(2);
    expect(state.notes.clarify).toBe('note 6');

    for (let run = 0; run < 2; run++) {
      const listed = await row(services, id);
      expect(listed.status).toBe('paused');
      expect(listed.kept).toEqual({ records: 9, of: 17, original: expect.stringMatching(/^quarantine\/.*events\.jsonl$/), ended: false });
      expect(await readFile(join(dataDir, listed.kept!.original!), 'utf8')).toContain('#type":');
      if (run === 0) services = await restart(services, dataDir);
    }
    await services.handlers['session.append']({ id, command: { type: 'resume' } });
    const { event } = await services.handlers['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'after the damage' } });
    expect(event.seq).toBe(12);
    expect((await row(services, id)).kept).toMatchObject({ records: 9, of: 17 });
  });

  it('ended: it stays ended, to be read, with the records kept and its end written after them; the list says it had ended', async () => {
    const { dataDir, id, paths, lastAt } = await session(true);
    // Its report, saved before the damage, scored all 17 records.
    const before = await launch(dataDir);
    const { report: whole } = await before.handlers['session.report']({ id });
    await close(before);
    await damageLine10(paths.events);
    let services = await launch(dataDir);
    for (let run = 0; run < 2; run++) {
      const { state, warnings } = await services.handlers['session.open']({ id });
      // The 9 records before the damage, then its end again, as of when it had ended: never paused.
      expect(state).toMatchObject({ status: 'ended', lastSeq: 10, endedAt: lastAt });
      expect(state.notes.clarify).toBe('note 6');
      expect(warnings.join(' ')).toMatch(/breaks at line 10/);
      if (run === 0) expect(warnings.join(' ')).toMatch(/its end was in the damaged part of its log: it was ended again/);
      expect((await refusal(services.handlers['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'more' } }))).failure.message).toContain('the session has ended');
      const { events } = await services.handlers['session.events']({ id });
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(events.at(-1)).toMatchObject({ type: 'session.ended', at: lastAt });
      expect((await readFile(paths.events, 'utf8')).trimEnd().split('\n')).toHaveLength(10);
      const listed = await row(services, id);
      expect(listed).toMatchObject({ status: 'ended', kept: { records: 9, of: 17, ended: true } });
      if (run === 0) services = await restart(services, dataDir);
    }
    // Its report is of what was kept, as a rescoring scores it; the one of the whole log went aside with it.
    const { report } = await services.handlers['session.report']({ id });
    expect(report.scoredAt).not.toBe(whole.scoredAt);
    const { scoredAt: _at, ...kept } = report;
    const { scoredAt: _again, ...rescored } = (await services.handlers['session.rescore']({ id })).report;
    expect(kept).toEqual(rescored);
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('report.json'))).toBe(true);
  });

  it('ended, its session.json unreadable too: the snapshot still says it had ended, so it stays ended', async () => {
    const { dataDir, id, paths, lastAt } = await session(true);
    await damageLine10(paths.events);
    await writeFile(paths.meta, 'garbage');
    const services = await launch(dataDir);
    expect((await row(services, id)).status).toBe('ended');
    expect((await services.handlers['session.open']({ id })).state).toMatchObject({ status: 'ended', lastSeq: 10, endedAt: lastAt });
  });

  it('ended, its last record cut off: the end is lost, so the row says so, though a crash’s torn end is not news', async () => {
    const { dataDir, id, paths } = await session(true);
    const size = (await readFile(paths.events)).length;
    await truncate(paths.events, size - 10);
    const services = await launch(dataDir);
    expect((await services.handlers['session.open']({ id })).state).toMatchObject({ status: 'ended', lastSeq: 17 });
    expect((await row(services, id)).kept).toMatchObject({ records: 16, of: 17, original: expect.stringMatching(/events\.jsonl\.cut$/), ended: true });

    // Its last record gone whole (nothing to cut): the end is lost all the same.
    const short = await session(true);
    const log = await readFile(short.paths.events, 'utf8');
    await writeFile(short.paths.events, log.slice(0, log.lastIndexOf('\n', log.length - 2) + 1));
    const third = await launch(short.dataDir);
    const { state, warnings } = await third.handlers['session.open']({ id: short.id });
    expect(state).toMatchObject({ status: 'ended', lastSeq: 17, endedAt: short.lastAt });
    expect(warnings.join(' ')).toMatch(/stops after 16 records, before the session's end/);
    expect((await row(third, short.id)).kept).toEqual({ records: 16, of: 17, ended: true });

    // A paused session's torn last record is an append a crash cut short, never acknowledged: no row note.
    const paused = await session(false);
    await truncate(paused.paths.events, (await readFile(paused.paths.events)).length - 10);
    const again = await launch(paused.dataDir);
    await again.handlers['session.open']({ id: paused.id });
    expect((await row(again, paused.id)).kept).toBeUndefined();
  });
});

describe('a session with nothing readable', () => {
  /** How it is damaged, the row's reason in a few words, and the full reason behind "Show its files" (none when the short one says it all). */
  const ways: [string, (file: string) => Promise<void>, string, RegExp | undefined][] = [
    ['an empty log', (f) => writeFile(f, ''), 'its log is empty', undefined],
    ['a log of garbage', (f) => writeFile(f, 'garbage\x00\x00\n'), 'line 1 of its log is not a session record', /^Its log holds no readable events: line 1 not JSON \(.*\)\.$/],
    [
      'a log missing its first line',
      async (f) => writeFile(f, (await readFile(f, 'utf8')).split('\n').slice(1).join('\n')),
      'its first record is missing',
      /^Its log holds no readable events: line 1 has seq 2 where 1 was expected\.$/,
    ],
    [
      'events.jsonl as a folder',
      async (f) => {
        await rm(f);
        await mkdir(f);
      },
      'its log is a folder, not a file',
      undefined,
    ],
  ];
  it('its session.json and snapshot unreadable too: the row still has the date its id gives', async () => {
    const { dataDir, id, paths } = await session(true);
    const createdAt = JSON.parse(await readFile(paths.meta, 'utf8')).createdAt as number;
    await writeFile(paths.events, 'garbage\n');
    await writeFile(paths.meta, 'garbage');
    await rm(paths.snapshot, { force: true });
    const listed = await row(await launch(dataDir), id);
    expect(listed).toMatchObject({ status: 'damaged', prompt: { title: 'Unreadable session' }, folder: paths.dir });
    expect(createdAt - listed.createdAt).toBeGreaterThanOrEqual(0);
    expect(createdAt - listed.createdAt).toBeLessThan(1000);
  });

  for (const [what, damage, reason, problem] of ways) {
    it(`${what}: the row says why in a few words, keeps its title and date, and says where its files are`, async () => {
      const { dataDir, id, paths } = await session(true);
      await damage(paths.events);
      const services = await launch(dataDir);
      expect((await refusal(services.handlers['session.open']({ id }))).failure).toMatchObject({ code: 'damaged' });
      for (const listed of [await row(services, id), await row(await restart(services, dataDir), id)]) {
        expect(listed).toMatchObject({ status: 'damaged', reason, folder: paths.dir, prompt: { id: 'url-shortener' } });
        expect(listed.createdAt).toBeGreaterThan(0);
        // The full reason, said once: not at all when the short one says it whole.
        if (problem) expect(listed.problem).toMatch(problem);
        else expect(listed.problem).toBeUndefined();
      }
    });

    it(`${what}, found by the list before any open: the same full reason, said once`, async () => {
      const { dataDir, id, paths } = await session(true);
      await damage(paths.events);
      const services = await launch(dataDir);
      const pushed = nextChecked(services, id);
      const listed = await row(services, id);
      const damaged = listed.status === 'damaged' ? listed : await pushed;
      expect(damaged).toMatchObject({ status: 'damaged', reason });
      if (problem) expect(damaged.problem).toMatch(problem);
      else expect(damaged.problem).toBeUndefined();
    });
  }
});

/** The next `session.checked` push for `id`: the history's row as a check of its changed log found it. */
function nextChecked(services: Services, id: string): Promise<SessionSummary> {
  return new Promise((done) => {
    const unsubscribe = services.events.subscribe((event, payload) => {
      if (event !== 'session.checked' || (payload as { summary: SessionSummary }).summary.id !== id) return;
      unsubscribe();
      done((payload as { summary: SessionSummary }).summary);
    });
  });
}

describe('a log damaged on disk after the app last read it', () => {
  for (const end of [false, true]) {
    it(`${end ? 'ended' : 'paused'}: the first listing is not held up; a check behind it repairs the log once and pushes the damaged row`, async () => {
      const { dataDir, id, paths } = await session(end);
      // Listed (and an ended one scored) on an earlier run: nothing of it is open in this one.
      const first = await launch(dataDir);
      await listOnceScored(first);
      const services = await restart(first, dataDir);
      const before = await row(services, id);
      expect(before.kept).toBeUndefined();
      await damageLine10(paths.events);
      const pushed = nextChecked(services, id);
      // Answered from session.json, as before; the check of the changed log follows.
      expect(await row(services, id)).toMatchObject({ status: end ? 'ended' : 'paused' });
      const checked = await pushed;
      expect(checked).toMatchObject({ status: end ? 'ended' : 'paused', kept: { records: 9, of: 17, ended: end, original: expect.stringMatching(/^quarantine\//) } });
      // Its clock had stopped when it was last listed: the edit that damaged it is no sign of life, so no time is added.
      expect(checked.activeMs).toBe(before.activeMs);
      // Repaired the documented way, once: the original in quarantine/, the log the kept records (and the end again).
      expect((await readdir(join(dataDir, 'quarantine'))).filter((f) => f.endsWith('events.jsonl'))).toHaveLength(1);
      expect((await readFile(paths.events, 'utf8')).trimEnd().split('\n')).toHaveLength(end ? 10 : 10);
      expect(await row(services, id)).toMatchObject({ kept: { records: 9, of: 17 } });
      const again = await restart(services, dataDir);
      expect(await row(again, id)).toMatchObject({ kept: { records: 9, of: 17, ended: end } });
      expect((await again.handlers['session.open']({ id })).state.status).toBe(end ? 'ended' : 'paused');
      expect((await readdir(join(dataDir, 'quarantine'))).filter((f) => f.endsWith('events.jsonl'))).toHaveLength(1);
    });
  }

  it('open in this run: a log emptied under it turns its row damaged, with the reason', async () => {
    const dataDir = await tempDir();
    const services = await launch(dataDir);
    const h = services.handlers;
    const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
    await h['session.append']({ id, command: { type: 'start' } });
    await h['session.append']({ id, command: { type: 'pause' } });
    expect((await row(services, id)).status).toBe('paused');
    await writeFile(sessionPaths(dataDir, id).events, '');
    const pushed = nextChecked(services, id);
    await row(services, id);
    expect(await pushed).toMatchObject({ status: 'damaged', reason: 'its log is empty', prompt: { id: 'url-shortener' } });
    expect(await row(services, id)).toMatchObject({ status: 'damaged', reason: 'its log is empty' });
  });

  it('a log changed just after the store read it whole is checked on the next listing, not taken as the one it read', async () => {
    const dataDir = await tempDir();
    const first = new SessionStore({ dataDir });
    const { id } = await first.create(samplePrompt, samplePlan, 'solo');
    await first.command(id, { type: 'start' });
    for (let i = 0; i < 14; i++) await first.command(id, { type: 'notes', phase: 'clarify', text: `note ${i}` });
    await first.command(id, { type: 'end' });
    await first.close();
    const { events } = sessionPaths(dataDir, id);
    // An editor saves its change to the log the moment after the store has read it (to score it, say).
    let editor = true;
    const readFileThenEdit = async (...args: Parameters<StoreFs['readFile']>) => {
      const data = await nodeFs.readFile(...args);
      if (editor && args[0] === events) {
        editor = false;
        await damageLine10(events);
        const later = new Date(Date.now() + 5000);
        await utimes(events, later, later);
      }
      return data;
    };
    const pushed: SessionSummary[] = [];
    const store = new SessionStore({ dataDir, fs: { ...nodeFs, readFile: readFileThenEdit as StoreFs['readFile'] }, onChecked: (row) => pushed.push(row) });
    try {
      expect((await store.get(id)).state.status).toBe('ended');
      expect(editor).toBe(false);
      // Listed as it was read; the log differs from that reading, so the check behind the list finds the damage.
      expect((await store.list()).find((s) => s.id === id)).toMatchObject({ status: 'ended' });
      await expect.poll(() => pushed.find((s) => s.id === id)?.kept).toMatchObject({ records: 9, of: 17, ended: true });
      expect((await store.list()).find((s) => s.id === id)).toMatchObject({ kept: { records: 9, of: 17 } });
    } finally {
      await store.close();
    }
  });

  it('a log as the app left it is not read again; one the summary has no record of is checked once, quietly', async () => {
    const { dataDir, id, paths } = await session(true);
    const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as { log?: unknown };
    expect(meta.log).toEqual({ size: (await readFile(paths.events)).length, mtimeMs: expect.any(Number) });
    // A summary from before the app noted its log: checked in the background, nothing pushed, the note added.
    delete meta.log;
    await writeFile(paths.meta, JSON.stringify(meta));
    const services = await launch(dataDir);
    const pushes: string[] = [];
    services.events.subscribe((event) => void (event === 'session.checked' && pushes.push(event)));
    expect((await row(services, id)).status).toBe('ended');
    await expect.poll(async () => (JSON.parse(await readFile(paths.meta, 'utf8')) as { log?: unknown }).log).toBeDefined();
    expect(await row(services, id)).toMatchObject({ status: 'ended' });
    expect(pushes).toEqual([]);
    expect(await readdir(paths.dir)).not.toContain('repairs.json');
  });
});
