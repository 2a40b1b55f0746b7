import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionCommand } from '../../shared/session/commands';
import type { SessionSummary } from '../../shared/session/summary';
import { samplePlan, samplePrompt } from '../../shared/session/testing/samplePlan';
import { useServices } from '../services/testing/useServices';
import { sessionPaths } from '../services/sessions/sessionFiles';
import { SessionStore } from '../services/sessions/sessionStore';
import { useTempDirs } from '../services/testing/tempDir';
import { runCli } from './testing/runCli';
import type { SessionReport } from './showSession';

const tempDir = useTempDirs();
const { launch } = useServices();
const SEC = 1000;
const MIN = 60 * SEC;
// In the past, so the logs' real mtimes are never older than the injected "now".
const T0 = Math.floor((Date.now() - 3 * 3600 * SEC) / 1000) * 1000;
const T1 = T0 + 3600 * SEC;

const stores: SessionStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

/**
 * Two sessions, built through the real store. The first, ended, on the session clock:
 * 0:00 start · 1:30 notes · 2:00 next (design) · 2:30 +1 min · 3:00 pause, notes typed
 * while paused, resume (all at t = 3:00) · 5:00 next (wrap-up) · 6:00 end.
 * The second starts an hour later and is left running, as a crash would leave it.
 */
async function fixture() {
  const dataDir = await tempDir();
  let now = T0;
  const store = new SessionStore({ dataDir, now: () => now });
  stores.push(store);
  const at = (ms: number) => (now = ms);
  const send = (id: string, command: SessionCommand) => store.command(id, command);

  const ended = (await store.create(samplePrompt, samplePlan, 'solo')).id;
  await send(ended, { type: 'start' });
  at(T0 + 90 * SEC);
  await send(ended, { type: 'notes', phase: 'clarify', text: 'who uses it?\nhow many?' });
  at(T0 + 2 * MIN);
  await send(ended, { type: 'next' });
  at(T0 + 150 * SEC);
  await send(ended, { type: 'extend', minutes: 1 });
  at(T0 + 3 * MIN);
  await send(ended, { type: 'pause' });
  at(T0 + 10 * MIN);
  await send(ended, { type: 'notes', phase: 'design', text: 'cache in front of the store' });
  at(T0 + 11 * MIN);
  await send(ended, { type: 'resume' });
  at(T0 + 13 * MIN);
  await send(ended, { type: 'next' });
  at(T0 + 14 * MIN);
  const { state: endState } = await send(ended, { type: 'end' });

  at(T1);
  const running = (await store.create({ id: 'chat-system', title: 'Design a Chat System' }, samplePlan, 'paired')).id;
  await send(running, { type: 'start' });
  at(T1 + MIN);
  await send(running, { type: 'notes', phase: 'clarify', text: 'group chats?' });
  return { dataDir, ended, endState, running };
}

const cli = (argv: string[], options: { now?: number; env?: NodeJS.ProcessEnv } = {}) =>
  runCli(argv, { env: options.env ?? {}, now: () => options.now ?? T1 + 5 * MIN });

async function showJson(dataDir: string, id: string, ...more: string[]): Promise<SessionReport> {
  const { code, out, err } = await cli(['session', 'show', id, '--json', '--data-dir', dataDir, ...more]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as SessionReport;
}

/** Every file under `dir` with its bytes and mtime, to prove nothing was touched. */
async function filesOf(dir: string): Promise<Record<string, { content: string; mtimeMs: number }>> {
  const files: Record<string, { content: string; mtimeMs: number }> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(dir, path)] = { content: (await readFile(path)).toString('base64'), mtimeMs: (await stat(path)).mtimeMs };
    }
  };
  await walk(dir);
  return files;
}

const usedOf = (r: SessionReport) => r.timings.phases.map((p) => p.usedMs);

describe('designdrill sessions list', () => {
  it('prints a table, newest first, with the used time', async () => {
    const { dataDir, ended, running } = await fixture();
    const { code, out, err } = await cli(['sessions', 'list', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+PROMPT\s+MODE\s+CREATED\s+USED\s+PLANNED\s+STATUS\s+BAND$/);
    expect(lines[1]).toMatch(new RegExp(`^${running}\\s+Design a Chat System\\s+paired\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+5:00\\s+20:00\\s+running\\s+—$`));
    expect(lines[2]).toMatch(new RegExp(`^${ended}\\s+Design a URL Shortener\\s+solo\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+6:00\\s+21:00\\s+ended\\s+—$`));
    expect(lines).toHaveLength(3);
  });

  it('prints the summaries as JSON, the running session timed to now', async () => {
    const { dataDir, ended, running } = await fixture();
    const { code, out } = await cli(['sessions', 'list', '--json', '--data-dir', dataDir], { now: T1 + 7 * MIN });
    expect(code).toBe(0);
    const list = JSON.parse(out) as SessionSummary[];
    expect(list.map((s) => [s.id, s.status, s.activeMs, s.plannedMs])).toEqual([
      [running, 'running', 7 * MIN, 20 * MIN],
      [ended, 'ended', 6 * MIN, 21 * MIN],
    ]);
    expect(list[1]).toMatchObject({ prompt: samplePrompt, plan: { id: 'sample', name: 'Sample' }, createdAt: T0, lastAt: T0 + 14 * MIN });
  });

  it('finds the data folder through DESIGNDRILL_DATA_DIR, and says so when there are no sessions', async () => {
    const { dataDir, ended } = await fixture();
    expect((await cli(['sessions', 'list'], { env: { DESIGNDRILL_DATA_DIR: dataDir } })).out).toContain(ended);
    const empty = await tempDir();
    expect(await cli(['sessions', 'list', `--data-dir=${empty}`])).toEqual({ code: 0, out: `No sessions in ${empty}.\n`, err: '' });
    expect(await cli(['sessions', 'list', '--json', '--data-dir', empty])).toMatchObject({ code: 0, out: '[]\n' });
  });

  it('says the data folder does not exist, exit code 2, rather than that it holds no sessions', async () => {
    const gone = join(await tempDir(), 'nowhere');
    for (const args of [['sessions', 'list'], ['sessions', 'list', '--json'], ['session', 'show', 's-20260105-090000-abcd']]) {
      const { code, out, err } = await cli([...args, '--data-dir', gone]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toBe(`designdrill: the data folder ${gone} does not exist; give the right one with --data-dir DIR or $DESIGNDRILL_DATA_DIR\n`);
    }
  });

  it('lists a session whose session.json is bad from its log, and one with nothing readable as damaged', async () => {
    const { dataDir, ended, running } = await fixture();
    await writeFile(sessionPaths(dataDir, ended).meta, '{"v":1');
    await writeFile(sessionPaths(dataDir, running).meta, 'garbage');
    await writeFile(sessionPaths(dataDir, running).events, 'not a log\n');
    const { code, out, err } = await cli(['sessions', 'list', '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    const list = JSON.parse(out) as SessionSummary[];
    const damaged = list.find((s) => s.id === running);
    expect(list.find((s) => s.id === ended)).toMatchObject({ status: 'ended', activeMs: 6 * MIN });
    // Its snapshot still says which session it was and when: the row keeps its title and date.
    expect(damaged).toMatchObject({ status: 'damaged', prompt: { title: 'Design a Chat System' }, createdAt: T1, folder: sessionPaths(dataDir, running).dir });
    // Each thing said once: what is wrong with session.json, then with the log.
    expect(damaged!.problem).toMatch(/session\.json is not JSON \(.*\)\. Its log holds no readable events: line 1 not JSON \(.*\)\.$/);
    expect(err).toMatch(new RegExp(`warning: ${ended}: .*session\\.json is not JSON.*listed from its log`));
  });

  it('lists an ended session whose log was emptied on disk as damaged, though its session.json is whole', async () => {
    const { dataDir, ended } = await fixture();
    await writeFile(sessionPaths(dataDir, ended).events, '');
    const list = JSON.parse((await cli(['sessions', 'list', '--json', '--data-dir', dataDir])).out) as SessionSummary[];
    const row = list.find((s) => s.id === ended);
    expect(row).toMatchObject({ status: 'damaged', prompt: { title: 'Design a URL Shortener' } });
    // Said once, as the history says it: the short reason is the whole of it.
    expect(row).toMatchObject({ reason: 'its log is empty' });
    expect(row!.problem).toBeUndefined();
    expect((await cli(['sessions', 'list', '--data-dir', dataDir])).out).toContain(`${ended}: its log is empty`);
  });
});

describe('designdrill sessions list, after the app set damaged files aside', () => {
  it("gives the app's reason for a session it could not read, and its warning for one it rebuilt", async () => {
    const { dataDir, ended, running } = await fixture();
    await stores.splice(0)[0]!.close();
    await writeFile(sessionPaths(dataDir, ended).meta, '{"v":1');
    await writeFile(sessionPaths(dataDir, running).meta, 'garbage');
    await writeFile(sessionPaths(dataDir, running).events, 'not a log\n');
    const appStore = new SessionStore({ dataDir });
    stores.push(appStore);
    const app = await appStore.list();
    const before = await filesOf(dataDir);

    const { code, out, err } = await cli(['sessions', 'list', '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const list = JSON.parse(out) as SessionSummary[];
    expect(list.find((s) => s.id === running)).toEqual(app.find((s) => s.id === running));
    expect(list.find((s) => s.id === running)?.problem).toMatch(/session\.json is not readable .*quarantine.*\. Its log holds no readable events: /);
    expect(list.find((s) => s.id === ended)?.warning).toMatch(/rebuilt it from the session's log/);
    const table = await cli(['sessions', 'list', '--data-dir', dataDir]);
    expect(table.out).toContain(`${ended}: session.json is not readable`);
    expect(await filesOf(dataDir)).toEqual(before);
  });
});

describe('designdrill sessions list shows what the history shows', () => {
  it('gives the mode, the wait for self-scores and the band of the saved report, as the app lists them', async () => {
    const dataDir = await tempDir();
    const h = (await launch(dataDir)).handlers;
    {
      await h['plan.save']({ plan: { ...samplePlan, id: 'list-test', builtin: false } });
      const made = async (mode: 'solo' | 'paired', end: boolean) => {
        const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'list-test', mode, level: 'senior' });
        await h['session.append']({ id, command: { type: 'start' } });
        await h['session.append']({ id, command: { type: 'note.add', id: 'f1', index: 0, body: { list: 'functional', text: 'Shorten a long URL' } } });
        if (end) await h['session.append']({ id, command: { type: 'end' } });
        return id;
      };
      const scored = await made('solo', true);
      const band = (await h['session.report']({ id: scored })).report.band;
      const waiting = await made('paired', true);
      const live = await made('paired', false);
      const app = (await h['session.list']({})).sessions;

      const { code, out, err } = await cli(['sessions', 'list', '--json', '--data-dir', dataDir], { now: Date.now() });
      expect(err).toBe('');
      expect(code).toBe(0);
      const list = JSON.parse(out) as SessionSummary[];
      const shown = (rows: SessionSummary[]) => rows.map((s) => [s.id, s.status, s.mode ?? 'solo', s.awaitingSelfScores ?? false, s.band ?? null]);
      expect(shown(list)).toEqual(shown(app));
      expect(shown(list).sort()).toEqual(
        [
          [scored, 'ended', 'solo', false, band],
          [waiting, 'ended', 'paired', true, null],
          // A running paired session has nothing to score yet: its own scores are asked for at the end.
          [live, 'running', 'paired', false, null],
        ].sort(),
      );

      const table = (await cli(['sessions', 'list', '--data-dir', dataDir], { now: Date.now() })).out.split('\n');
      expect(table[0]).toMatch(/^ID\s+PROMPT\s+MODE\s+CREATED\s+USED\s+PLANNED\s+STATUS\s+BAND$/);
      expect(table.find((line) => line.startsWith(scored))).toMatch(new RegExp(`\\ssolo\\s.*\\sended\\s+${band}$`));
      expect(table.find((line) => line.startsWith(waiting))).toMatch(/\spaired\s.*\sended\s+score yourself first$/);
      expect(table.find((line) => line.startsWith(live))).toMatch(/\spaired\s.*\srunning\s+—$/);
    }
  });
});

describe('designdrill session show', () => {
  it('prints the state at the end with the phases planned and used times', async () => {
    const { dataDir, ended, endState } = await fixture();
    const report = await showJson(dataDir, ended);
    expect(report.id).toBe(ended);
    expect(report.at).toBe(6 * MIN);
    expect(report.state).toEqual(endState);
    expect(report.timings).toMatchObject({ elapsedMs: 6 * MIN, plannedMs: 21 * MIN, remainingMs: 15 * MIN, phaseIndex: 2, phaseId: 'wrap-up' });
    expect(report.timings.phases).toEqual([
      { id: 'clarify', title: 'Clarify', plannedMs: 5 * MIN, extendedMs: 0, budgetMs: 5 * MIN, usedMs: 2 * MIN, remainingMs: 3 * MIN, current: false },
      { id: 'design', title: 'Design', plannedMs: 10 * MIN, extendedMs: MIN, budgetMs: 11 * MIN, usedMs: 3 * MIN, remainingMs: 8 * MIN, current: false },
      { id: 'wrap-up', title: 'Wrap up', plannedMs: 5 * MIN, extendedMs: 0, budgetMs: 5 * MIN, usedMs: MIN, remainingMs: 4 * MIN, current: true },
    ]);
  });

  it('folds only the events up to --at, and times the phases at that moment', async () => {
    const { dataDir, ended } = await fixture();

    const early = await showJson(dataDir, ended, '--at', '1:00');
    expect(early.at).toBe(MIN);
    expect(early.state.status).toBe('running');
    expect(early.timings.phaseId).toBe('clarify');
    expect(usedOf(early)).toEqual([MIN, 0, 0]);
    expect(early.state.notes).toEqual({});
    expect(early.wallTime).toBe(T0 + MIN);

    const mid = await showJson(dataDir, ended, '--at=2:45');
    expect(mid.timings.phaseId).toBe('design');
    expect(usedOf(mid)).toEqual([2 * MIN, 45 * SEC, 0]);
    expect(mid.timings.phases[1]).toMatchObject({ extendedMs: MIN, budgetMs: 11 * MIN, remainingMs: 10 * MIN + 15 * SEC });
    expect(mid.timings.elapsedMs).toBe(2 * MIN + 45 * SEC);
    expect(mid.state.notes).toEqual({ clarify: 'who uses it?\nhow many?' });

    // The pause, the notes typed while paused and the resume all carry t = 3:00: all count.
    const shared = await showJson(dataDir, ended, '--at', '3:00');
    expect(shared.state.status).toBe('running');
    expect(shared.state.pauses).toHaveLength(1);
    expect(shared.state.notes.design).toBe('cache in front of the store');
    expect(usedOf(shared)).toEqual([2 * MIN, MIN, 0]);

    const later = await showJson(dataDir, ended, '--at', '4:30');
    expect(usedOf(later)).toEqual([2 * MIN, 2 * MIN + 30 * SEC, 0]);
    expect(later.wallTime).toBe(T0 + 12 * MIN + 30 * SEC);

    const start = await showJson(dataDir, ended, '--at', '0:00');
    expect(start.state.status).toBe('running');
    expect(start.timings.elapsedMs).toBe(0);

    // Past the end: the session as it ended.
    const beyond = await showJson(dataDir, ended, '--at', '90:00');
    expect(beyond.at).toBe(90 * MIN);
    expect(beyond.state.status).toBe('ended');
    expect(beyond.timings.elapsedMs).toBe(6 * MIN);
  });

  it('prints a readable report', async () => {
    const { dataDir, ended } = await fixture();
    const { code, out } = await cli(['session', 'show', ended, '--at', '2:45', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toContain(`Session  ${ended}`);
    expect(out).toContain('Prompt   Design a URL Shortener [url-shortener]');
    expect(out).toContain('Plan     Sample [sample], solo');
    expect(out).toContain('Status   running');
    expect(out).toContain('Elapsed  2:45 / 21:00 planned, 18:15 left');
    expect(out).toContain('Phase    2 of 3: Design, 10:15 left');
    expect(out).toMatch(/At {7}2:45 on the session clock/);
    expect(out).toMatch(/#\s+Phase\s+Planned\s+Used\s+Remaining\n/);
    expect(out).toMatch(/ {3}1 {2}Clarify\s+5:00\s+2:00\s+3:00\n/);
    expect(out).toMatch(/> {2}2 {2}Design\s+11:00 \(\+1\)\s+0:45\s+10:15\n/);
    expect(out).toContain('Notes\n  Clarify\n    who uses it?\n    how many?\n');

    const over = await cli(['session', 'show', ended, '--at', '1:00', '--data-dir', dataDir]);
    expect(over.out).not.toContain('Notes');
  });

  it('lists every structured note by its list, and says an ended session ended rather than what was left', async () => {
    const { dataDir } = await fixture();
    const store = new SessionStore({ dataDir, now: () => T0 });
    stores.push(store);
    const id = (await store.create(samplePrompt, samplePlan, 'solo')).id;
    const notes: SessionCommand[] = [
      { type: 'start' },
      { type: 'note.add', id: 'n1', index: 0, body: { list: 'functional', text: 'Turn a long URL into a code' } },
      { type: 'note.add', id: 'n2', index: 0, body: { list: 'non-functional', text: 'p99 under 50 ms', quality: 'latency' } },
      { type: 'note.add', id: 'n3', index: 0, body: { list: 'operation', signature: 'GET /{code}', purpose: 'Follow a link', main: true } },
      { type: 'note.add', id: 'n4', index: 0, body: { list: 'entity', name: 'Link', fields: 'code, url', store: 'key-value store', why: 'Lookups by key' } },
      { type: 'note.add', id: 'n5', index: 0, body: { list: 'tradeoff', chose: '302', gaveUp: 'browser caching', because: 'expiry keeps working' } },
      { type: 'end' },
    ];
    for (const command of notes) await store.command(id, command);
    const { code, out } = await cli(['session', 'show', id, '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(out).toContain(
      [
        'Notes',
        '  Functional requirements',
        '    - Turn a long URL into a code',
        '  Non-functional requirements',
        '    - p99 under 50 ms (latency)',
        '  API',
        '    - GET /{code} — Follow a link (main path)',
        '  Entities',
        '    - Link (code, url) in a key-value store — Lookups by key',
        '  Trade-offs',
        '    - Chose 302; gave up browser caching; because expiry keeps working',
      ].join('\n'),
    );
    expect(out).toContain('Status   ended');
    expect(out).not.toMatch(/ left\b/);
    expect(out).toContain('Elapsed  0:00 / 20:00 planned, ended 20:00 early');
    expect(out).toContain('Phase    1 of 3: Clarify, where it ended');
  });

  it('shows overtime as negative', async () => {
    const { dataDir, running } = await fixture();
    const { out } = await cli(['session', 'show', running, '--data-dir', dataDir], { now: T1 + 6 * MIN + 5 * SEC });
    expect(out).toContain('Phase    1 of 3: Clarify, −1:05 left');
    expect(out).toMatch(/> {2}1 {2}Clarify\s+5:00\s+6:05\s+−1:05\n/);
  });

  it('times a running session to now, and says when its log has gone quiet', async () => {
    const { dataDir, running } = await fixture();
    const now = T1 + 4 * MIN;
    const { code, out, err } = await cli(['session', 'show', running, '--json', '--data-dir', dataDir], { now });
    expect(code).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out) as SessionReport;
    expect(report).toMatchObject({ at: 4 * MIN, wallTime: now, warnings: [] });
    expect(report.state.status).toBe('running');
    expect(usedOf(report)).toEqual([4 * MIN, 0, 0]);

    await utimes(sessionPaths(dataDir, running).events, new Date(T1 + MIN), new Date(T1 + MIN));
    const quiet = await cli(['session', 'show', running, '--data-dir', dataDir], { now });
    expect(quiet.code).toBe(0);
    expect(quiet.err).toMatch(/warning: the session is marked running but its log was last touched 3:00 ago/);
  });

  it('uses a snapshot that agrees with the log, and folds from the start when it does not', async () => {
    const { dataDir, ended, endState } = await fixture();
    const snapshot = sessionPaths(dataDir, ended).snapshot;
    expect(JSON.parse(await readFile(snapshot, 'utf8')).seq).toBe(endState.lastSeq);
    expect((await showJson(dataDir, ended, '--at', '2:45')).timings.elapsedMs).toBe(2 * MIN + 45 * SEC);

    await writeFile(snapshot, '{"v":1,"seq":3,"state":{"status":');
    const { code, out, err } = await cli(['session', 'show', ended, '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(err).toMatch(/warning: the snapshot .*snapshot\.json is unusable \(it is not JSON/);
    expect((JSON.parse(out) as SessionReport).state).toEqual(endState);
  });

  it('drops a torn last line with a warning', async () => {
    const { dataDir, ended } = await fixture();
    const file = sessionPaths(dataDir, ended).events;
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length - 20));
    const { code, out, err } = await cli(['session', 'show', ended, '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(err).toMatch(/warning: .*events\.jsonl: the end of the log was cut off by a crash: line 10 was cut short.*nothing was changed/);
    const report = JSON.parse(out) as SessionReport;
    expect(report.state.lastSeq).toBe(9);
    expect(report.state.status).toBe('running');
    expect(report.warnings).toHaveLength(3); // the torn line, the snapshot now ahead of the log, and the end it took
    expect(report.warnings[1]).toMatch(/it covers event 10 but the log ends at event 9/);
    expect(report.warnings[2]).toMatch(/the session had ended, but the log has lost its end; DesignDrill ends it again/);
  });
});

describe('the command line is read-only', () => {
  it('leaves every file byte for byte as it was, a running session included', async () => {
    const { dataDir, ended, running } = await fixture();
    const before = await filesOf(dataDir);
    expect(Object.keys(before).sort()).toContain(join('sessions', running, 'events.jsonl'));

    for (const args of [
      ['sessions', 'list'],
      ['sessions', 'list', '--json'],
      ['session', 'show', running],
      ['session', 'show', running, '--json'],
      ['session', 'show', running, '--at', '0:30'],
      ['session', 'show', ended],
      ['session', 'show', ended, '--json', '--at', '3:00'],
    ]) {
      expect((await cli([...args, '--data-dir', dataDir])).code).toBe(0);
    }
    expect(await filesOf(dataDir)).toEqual(before);
  });

  it('shows a damaged log as the app will open it, says what the app will do, and moves nothing; the app then does just that', async () => {
    const { dataDir, ended } = await fixture();
    const file = sessionPaths(dataDir, ended).events;
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[3] = '{"v":1,"seq":4,"t":';
    await writeFile(file, lines.join('\n'));
    const before = await filesOf(dataDir);

    const { code, out, err } = await cli(['session', 'show', ended, '--json', '--data-dir', dataDir]);
    expect(code).toBe(0);
    expect(err).toContain(`${file}: the log is damaged at line 4 not JSON`);
    expect(err).toContain('DesignDrill keeps the 3 events before it and moves the file to quarantine/ when it next opens the session (nothing was changed)');
    expect(err).toContain('DesignDrill ends it again after the kept events when it next opens the session (nothing was changed)');
    expect((JSON.parse(out) as SessionReport).state.lastSeq).toBe(3);
    // The list does not show it whole: its row says what the log lost, as show does.
    const listed = await cli(['sessions', 'list', '--data-dir', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`${ended}: ${file}: the log is damaged at line 4 not JSON`);
    expect(await filesOf(dataDir)).toEqual(before);

    // The app, opening it next, keeps those same 3 events and moves the file to quarantine/.
    const store = new SessionStore({ dataDir });
    const opened = await store.get(ended);
    expect(opened.warnings[0]).toMatch(/^The session log breaks at line 4 \(not JSON.*the 3 events before it were kept and the whole file was moved to .*quarantine/);
    // The 3 kept, and the session's end again: it had ended, so it is never shown paused.
    expect((await store.events(ended)).map((e) => [e.seq, e.type])).toEqual([[1, 'session.created'], [2, 'session.started'], [3, expect.any(String)], [4, 'session.ended']]);
    expect(opened.state).toMatchObject({ lastSeq: 4, status: 'ended' });
    await store.close();
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('events.jsonl'))).toBe(true);
  });
});

describe('usage and errors', () => {
  it('prints the usage for --help and help', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['session', 'show', '--help']]) {
      const { code, out } = await cli(args);
      expect(code).toBe(0);
      expect(out).toMatch(/^Usage: designdrill <command>/);
      expect(out).toContain('session show <id>');
    }
  });

  it('prints the usage on stderr for an unknown command or none, exit code 2', async () => {
    for (const [args, message] of [
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['session', 'delete', 'x'], 'unknown command "session delete"'],
      [[], 'no command given'],
    ] as const) {
      const { code, out, err } = await cli([...args]);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`designdrill: ${message}\n`);
      expect(err).toContain('Usage: designdrill');
    }
  });

  it('names the argument that is wrong, in one line, exit code 2', async () => {
    const { dataDir, ended } = await fixture();
    for (const [args, message] of [
      [['session', 'show', ended, '--at', '7x'], '--at must be a time on the session clock as mm:ss (like 12:30), not "7x"'],
      [['session', 'show', ended, '--at', '3:75'], '--at must be a time on the session clock as mm:ss (like 12:30), not "3:75"'],
      [['session', 'show', ended, '--at'], '--at needs a value (mm:ss)'],
      [['session', 'show', ended, '--at', '--json'], '--at needs a value (mm:ss)'],
      [['session', 'show'], 'session show needs a session id'],
      [['session', 'show', ended, 'extra'], 'unexpected argument "extra" after the session id'],
      [['sessions', 'list', '--at', '1:00'], '--at only applies to "session show <id>"'],
      [['sessions', 'list', '--verbose'], 'unknown option --verbose'],
      [['sessions', 'list', '-v'], 'unknown option -v'],
      [['sessions', 'list', '--json=yes'], '--json takes no value'],
      [['sessions', 'list', '--data-dir'], '--data-dir needs a value (a folder)'],
    ] as const) {
      const { code, out, err } = await cli([...args, ...((args as readonly string[]).includes('--data-dir') ? [] : ['--data-dir', dataDir])]);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(out).toBe('');
      expect(err).toMatch(new RegExp(`^designdrill: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\n$`));
    }
  });

  it('says so when there is no such session, exit code 1', async () => {
    const { dataDir } = await fixture();
    const missing = await cli(['session', 'show', 's-20200101-000000-abcd', '--data-dir', dataDir]);
    expect(missing).toEqual({ code: 1, out: '', err: `designdrill: no session "s-20200101-000000-abcd" in ${dataDir} (see "designdrill sessions list")\n` });
    const malformed = await cli(['session', 'show', '../../etc', '--data-dir', dataDir]);
    expect(malformed.code).toBe(1);
    expect(malformed.err).toMatch(/^designdrill: no session "\.\.\/\.\.\/etc" \(session ids look like s-/);
  });
});
