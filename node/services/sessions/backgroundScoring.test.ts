import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/bridge/contract';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import type { Services } from '../services';
import { editLog } from '../testing/editLog';
import { OLDER_RUBRIC, sessionsWithOlderReports } from '../testing/olderReports';
import { listOnceScored } from '../testing/scoredList';
import { useServices } from '../testing/useServices';
import { useTempDirs } from '../testing/tempDir';
import { olderReportName } from './rescore';
import { sessionPaths } from './sessionFiles';

const tempDir = useTempDirs();
const { launch } = useServices();

function recordPushes(services: Services): EventPayload<'session.scored'>[] {
  const pushed: EventPayload<'session.scored'>[] = [];
  services.events.subscribe((event, payload) => {
    if (event === 'session.scored') pushed.push(payload as EventPayload<'session.scored'>);
  });
  return pushed;
}

describe('the history after a rubric update', () => {
  it('lists 200 sessions with older reports at once, each row "scoring", then scores each once in the background, keeping the old report', async () => {
    const dataDir = await tempDir();
    const ids = await sessionsWithOlderReports(dataDir, 200);
    const services = await launch(dataDir);

    const started = performance.now();
    const { first, firstMs, pushed, again } = await listOnceScored(services);
    const scoredMs = performance.now() - started;
    expect(first.sessions).toHaveLength(200);
    expect(first.sessions.every((s) => s.scoring === true && s.band === undefined)).toBe(true);

    expect(pushed.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(pushed.every((p) => p.band !== undefined && p.warning === undefined && p.rescored)).toBe(true);
    expect(again.sessions.every((s) => s.scoring === undefined && s.band !== undefined)).toBe(true);
    expect(again.rubric).toEqual({ version: RUBRIC_VERSION, rescored: 200 });
    for (const id of ids) {
      const { dir, report } = sessionPaths(dataDir, id);
      expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({ rubricVersion: RUBRIC_VERSION });
      expect(await readdir(dir)).toContain(olderReportName(OLDER_RUBRIC));
    }
    console.log(JSON.stringify({ sessions: 200, firstListingMs: Math.round(firstMs), allScoredMs: Math.round(scoredMs) }));
  }, 180_000);

  it('answers the first listing before any session is scored, and other requests while scoring runs', async () => {
    const dataDir = await tempDir();
    await sessionsWithOlderReports(dataDir, 30);
    const services = await launch(dataDir);
    const pushed = recordPushes(services);

    const started = performance.now();
    const listed = await services.handlers['session.list']({});
    const listedMs = performance.now() - started;
    expect(pushed).toHaveLength(0);
    expect(listed.sessions.filter((s) => s.scoring)).toHaveLength(30);

    // Another window's requests are served between batches, long before the 30 are scored.
    await new Promise((done) => setTimeout(done, 20));
    const asked = performance.now();
    await services.handlers['settings.get']({});
    const { id } = await services.handlers['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
    await services.handlers['session.append']({ id, command: { type: 'start' } });
    const answeredMs = performance.now() - asked;
    expect(pushed.length).toBeLessThan(30);
    console.log(JSON.stringify({ sessions: 30, firstListingMs: Math.round(listedMs), requestsWhileScoringMs: Math.round(answeredMs), scoredBefore: pushed.length }));

    // A listing while it runs shows what is done and what is not, and queues nothing twice.
    const doneBefore = new Set(pushed.map((p) => p.id));
    const during = await services.handlers['session.list']({});
    const doneAfter = new Set(pushed.map((p) => p.id));
    for (const s of during.sessions.filter((s) => s.status === 'ended')) {
      if (doneBefore.has(s.id)) expect([s.band !== undefined, s.scoring]).toEqual([true, undefined]);
      if (!doneAfter.has(s.id)) expect([s.band, s.scoring]).toEqual([undefined, true]);
    }
    await listOnceScored(services);
    expect(pushed).toHaveLength(30);
    expect(new Set(pushed.map((p) => p.id)).size).toBe(30);
  }, 120_000);

  it('says per row when a session cannot be scored, and does not queue it again in this run', async () => {
    const dataDir = await tempDir();
    const [gone, ok] = await sessionsWithOlderReports(dataDir, 2);
    // Neither a prompt snapshot nor a library prompt of that id: nothing to score against.
    const paths = sessionPaths(dataDir, gone!);
    await rm(paths.prompt);
    await editLog(paths.events, (json) => json.replaceAll('"url-shortener"', '"gone-prompt"'));
    await rm(paths.snapshot);
    await writeFile(paths.meta, (await readFile(paths.meta, 'utf8')).replaceAll('"url-shortener"', '"gone-prompt"'));
    const services = await launch(dataDir);

    const { pushed, again } = await listOnceScored(services);
    const failed = pushed.find((p) => p.id === gone)!;
    expect(failed.band).toBeUndefined();
    expect(failed.warning).toContain(`could not be scored again with rubric ${RUBRIC_VERSION}`);
    expect(pushed.find((p) => p.id === ok)).toMatchObject({ band: expect.any(String), rescored: true });
    const row = again.sessions.find((s) => s.id === gone)!;
    expect(row).toMatchObject({ warning: failed.warning });
    expect(row.band).toBeUndefined();
    expect(row.scoring).toBeUndefined();
    // Listed again: said again, not scored again.
    const later = recordPushes(services);
    expect((await services.handlers['session.list']({})).sessions.find((s) => s.id === gone)).toMatchObject({ warning: failed.warning });
    await new Promise((done) => setTimeout(done, 50));
    expect(later).toEqual([]);
  }, 60_000);

  it('scores a session once when the history queues it and its report is opened at the same moment', async () => {
    const dataDir = await tempDir();
    const [id] = await sessionsWithOlderReports(dataDir, 1);
    const services = await launch(dataDir);
    const pushed = recordPushes(services);
    const listed = await services.handlers['session.list']({});
    expect(listed.sessions[0]!.scoring).toBe(true);
    const opened = await services.handlers['session.report']({ id: id! });
    await listOnceScored(services);
    expect(pushed).toEqual([{ id, band: opened.report.band, rescored: true }]);
    expect((await services.handlers['session.report']({ id: id! })).report.scoredAt).toBe(opened.report.scoredAt);
  }, 60_000);
});
