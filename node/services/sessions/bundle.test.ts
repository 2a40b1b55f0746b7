import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../../shared/rubric/report';
import { FIXTURE_SESSIONS } from '../../../shared/rubric/testing/fixtures';
import { SessionExport } from '../../../shared/session/exportFile';
import { readLog } from './readLog';
import { createServices, type Services } from '../services';
import { useTempDirs } from '../testing/tempDir';
import { listOnceScored } from '../testing/scoredList';
import { sessionPaths } from './sessionFiles';
import { refusal } from '../testing/refusal';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** A fresh data folder with its services, as on another machine. */
async function machine(askWhereToSave?: () => Promise<string | undefined>) {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test', ...(askWhereToSave ? { askWhereToSave } : {}) });
  opened.push(services);
  return { dataDir, h: services.handlers, services };
}

const scores = (report: Report) => ({ band: report.band, overall: report.overall, criteria: report.criteria.map((c) => [c.id, c.score]) });
const strongText = () => JSON.stringify(FIXTURE_SESSIONS.strong);

describe('session bundles', () => {
  it('export then import on a fresh data folder gives the same events and the same score', async () => {
    const a = await machine();
    const { id } = await a.h['session.importBundle']({ name: 'strong.json', content: strongText() });
    const original = (await a.h['session.report']({ id })).report;

    const exported = await a.h['session.exportBundle']({ id });
    expect(exported).toMatchObject({ saved: false, fileName: expect.stringMatching(/^url-shortener-\d{4}-\d{2}-\d{2}\.designdrill\.json$/) });
    const b = await machine();
    const imported = await b.h['session.importBundle']({ name: exported.fileName, content: exported.content! });
    expect(imported).toEqual({ id, title: FIXTURE_SESSIONS.strong.prompt.title, outcome: 'imported' });

    const log = await readFile(sessionPaths(b.dataDir, id).events, 'utf8');
    expect(readLog(log).events).toEqual(SessionExport.parse(JSON.parse(exported.content!)).events);
    expect(readLog(log).events).toEqual(FIXTURE_SESSIONS.strong.events);
    expect(scores((await b.h['session.report']({ id })).report)).toEqual(scores(original));
    const [listed] = (await b.h['session.list']({})).sessions;
    expect(listed).toMatchObject({ id, status: 'ended', band: original.band });
    expect(listed!.warning).toBeUndefined();
  });

  it('a session made from a prompt this library does not have still opens and scores against its snapshot', async () => {
    const bundle = structuredClone(FIXTURE_SESSIONS.strong);
    bundle.prompt = { ...bundle.prompt, id: 'their-own-prompt', title: 'Their own prompt' };
    const created = bundle.events[0]!;
    if (created.type !== 'session.created') throw new Error('the fixture does not begin with session.created');
    created.payload.prompt = { id: 'their-own-prompt', title: 'Their own prompt' };
    const { h } = await machine();
    const { id } = await h['session.importBundle']({ name: 'theirs.json', content: JSON.stringify(bundle) });
    expect((await h['session.open']({ id })).state.prompt.title).toBe('Their own prompt');
    expect((await h['session.report']({ id })).report.prompt.id).toBe('their-own-prompt');
  });

  it('a bundle already here is not imported twice; one with the same id but another log gets a new id', async () => {
    const { h } = await machine();
    const first = await h['session.importBundle']({ name: 'strong.json', content: strongText() });
    expect(await h['session.importBundle']({ name: 'strong.json', content: strongText() })).toEqual({ ...first, outcome: 'already-here' });

    const other = structuredClone(FIXTURE_SESSIONS.strong);
    other.events = other.events.slice(0, 3);
    const clash = await h['session.importBundle']({ name: 'other.json', content: JSON.stringify(other) });
    expect(clash.outcome).toBe('new-id');
    expect(clash.id).not.toBe(first.id);
    expect((await h['session.list']({})).sessions.map((s) => s.id).sort()).toEqual([first.id, clash.id].sort());
  });

  it('refuses a bad bundle and names the field; refuses a newer version; leaves no folder behind', async () => {
    const { h } = await machine();
    const broken = structuredClone(FIXTURE_SESSIONS.strong) as unknown as { session: { level: string } };
    broken.session.level = 'principal';
    const bad = await refusal(h['session.importBundle']({ name: 'broken.json', content: JSON.stringify(broken) }));
    expect(bad.failure.code).toBe('bad-request');
    expect(bad.message).toMatch(/^broken\.json .*session\.level/);

    const future = { ...FIXTURE_SESSIONS.strong, version: 2 };
    expect((await refusal(h['session.importBundle']({ name: 'future.json', content: JSON.stringify(future) }))).message).toMatch(/newer DesignDrill .*version 2/);
    expect((await refusal(h['session.importBundle']({ name: 'notes.txt', content: 'hello' }))).message).toMatch(/notes\.txt is not JSON/);
    expect((await h['session.list']({})).sessions).toEqual([]);
  });

  it('the desktop saves the bundle where the save dialog says, adding the extension; a cancel saves nothing', async () => {
    const outDir = await tempDir();
    let answer: string | undefined = join(outDir, 'my session');
    const { h } = await machine(async () => answer);
    const { id } = await h['session.importBundle']({ name: 'strong.json', content: strongText() });
    const saved = await h['session.exportBundle']({ id });
    expect(saved).toMatchObject({ saved: true, path: join(outDir, 'my session.designdrill.json') });
    expect(saved.content).toBeUndefined();
    expect(SessionExport.parse(JSON.parse(await readFile(saved.path!, 'utf8'))).events).toEqual(FIXTURE_SESSIONS.strong.events);
    answer = undefined;
    expect(await h['session.exportBundle']({ id })).toEqual({ saved: false, fileName: saved.fileName });
  });

  it('the list shows the band of an imported session by the current rubric, scoring it behind the first listing, and mends a damaged report', async () => {
    const { dataDir, h, services } = await machine();
    const { id } = await h['session.importBundle']({ name: 'strong.json', content: strongText() });
    const first = (await listOnceScored(services)).again.sessions[0]!;
    const { report } = await h['session.report']({ id });
    expect(first.band).toBe(report.band);
    await writeFile(sessionPaths(dataDir, id).report, '{"band": "hire"');
    const mended = (await listOnceScored(services)).again.sessions[0]!;
    expect(mended).toMatchObject({ id, status: 'ended', band: report.band });
    expect(mended.warning).toContain(`sessions/${id}/report.json`);
  });
});
