import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import type { SessionCommand } from '../../../shared/session/commands';
import { createServices, type Services } from '../services';
import { editLog } from '../testing/editLog';
import { listOnceScored, progressOnceScored } from '../testing/scoredList';
import { useTempDirs } from '../testing/tempDir';
import { compareVersions, olderReportName, olderVersions } from './rescore';
import { sessionPaths } from './sessionFiles';
import { nodeFs } from '../storeFs';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

/** Not this app's version, whatever it is: "older" is simulated by the file, not the scorer. */
const OLD = `0.9.${RUBRIC_VERSION.length}`;

const COMMANDS: SessionCommand[] = [
  { type: 'note.add', id: 'r1', index: 0, body: { list: 'functional', text: 'Turn a long URL into a short 7-character code' } },
  { type: 'note.add', id: 'q1', index: 0, body: { list: 'non-functional', text: 'Redirects answer within 50 ms at p99', quality: 'latency' } },
];

async function launch(dataDir: string) {
  const lines: string[] = [];
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test', log: (line: string) => void lines.push(line) });
  opened.push(services);
  return { h: services.handlers, services, lines, close: async () => void (await opened.splice(opened.indexOf(services), 1)[0]!.close()) };
}

/** An ended session whose saved report is written by "an older rubric": a band this session would not get. */
async function withOlderReport() {
  const dataDir = await tempDir();
  const { h, close } = await launch(dataDir);
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  for (const command of COMMANDS) await h['session.append']({ id, command });
  await h['session.append']({ id, command: { type: 'end' } });
  const { report } = await h['session.report']({ id });
  const band = report.band === 'strong hire' ? 'strong no hire' : 'strong hire';
  const oldText = `${JSON.stringify({ ...report, rubricVersion: OLD, band, overall: 3.9, scoredAt: 1000 }, null, 2)}\n`;
  await writeFile(sessionPaths(dataDir, id).report, oldText);
  // A fresh start, as after updating the app: nothing of the session is held in memory.
  await close();
  return { dataDir, id, oldText, oldBand: band, currentBand: report.band };
}

const keptFile = (dataDir: string, id: string, version = OLD) => join(sessionPaths(dataDir, id).dir, olderReportName(version));

describe('a report by an older rubric', () => {
  it('is scored again with the current rubric when the report is opened, the old one kept beside it, once', async () => {
    const { dataDir, id, oldText, currentBand } = await withOlderReport();
    const { h } = await launch(dataDir);

    const opened = await h['session.report']({ id });
    expect(opened).toMatchObject({ stale: false, rescoredFrom: OLD, report: { rubricVersion: RUBRIC_VERSION, band: currentBand } });
    expect(await readFile(keptFile(dataDir, id), 'utf8')).toBe(oldText);
    const saved = JSON.parse(await readFile(sessionPaths(dataDir, id).report, 'utf8')) as { rubricVersion: string; scoredAt: number };
    expect(saved).toMatchObject({ rubricVersion: RUBRIC_VERSION, scoredAt: opened.report.scoredAt });

    // Read back afterwards, not scored again.
    await new Promise((done) => setTimeout(done, 5));
    const again = await h['session.report']({ id });
    expect(again.report.scoredAt).toBe(opened.report.scoredAt);
    expect(again.rescoredFrom).toBe(OLD);
    expect(await olderVersions(nodeFs, sessionPaths(dataDir, id).dir)).toEqual([OLD]);
  });

  it('is scored again, behind the list, when the history lists it: the band shown is the current rubric’s, and the list says which rubric and how many were rescored', async () => {
    const { dataDir, id, oldText, oldBand, currentBand } = await withOlderReport();
    const { h, services } = await launch(dataDir);

    const { first, again: listed } = await listOnceScored(services);
    // Listed at once, scored behind the list; the next listing shows it done.
    expect(first.sessions.find((s) => s.id === id)).toMatchObject({ scoring: true });
    expect(first.sessions.find((s) => s.id === id)!.band).toBeUndefined();
    expect(listed.rubric).toEqual({ version: RUBRIC_VERSION, rescored: 1 });
    const row = listed.sessions.find((s) => s.id === id)!;
    expect(row.band).toBe(currentBand);
    expect(row.band).not.toBe(oldBand);
    expect(row.warning).toBeUndefined();
    expect(await readFile(keptFile(dataDir, id), 'utf8')).toBe(oldText);

    // The charts read the same report: by the current rubric, saying it was rescored.
    const progress = (await progressOnceScored(services)).last;
    expect(progress.rubric).toEqual({ version: RUBRIC_VERSION, rescored: 1 });
    expect(progress.sessions).toEqual([expect.objectContaining({ id, rubricVersion: RUBRIC_VERSION, stale: false, rescoredFrom: OLD, band: currentBand })]);
    const { report } = await h['session.report']({ id });
    expect(progress.sessions[0]!.overall).toBe(report.overall);
  });

  it('is scored once when the history and the charts ask at the same moment', async () => {
    const { dataDir, id } = await withOlderReport();
    const { h, services } = await launch(dataDir);
    const [{ again: listed }, { last: progress }, opened] = await Promise.all([listOnceScored(services), progressOnceScored(services), h['session.report']({ id })]);
    expect(listed.sessions[0]!.band).toBe(opened.report.band);
    expect(progress.sessions[0]!.overall).toBe(opened.report.overall);
    const names = await readdir(sessionPaths(dataDir, id).dir);
    expect(names.filter((n) => n.startsWith('report.'))).toEqual(['report.json', olderReportName(OLD)].sort());
    expect((await h['session.report']({ id })).report.scoredAt).toBe(opened.report.scoredAt);
  });

  it('of an older shape than today’s schema is kept as it is and scored again, not taken for damage', async () => {
    const { dataDir, id } = await withOlderReport();
    const oldShape = JSON.stringify({ rubricVersion: OLD, band: 'hire', overall: 3, scores: { scope: 3 } });
    await writeFile(sessionPaths(dataDir, id).report, oldShape);
    const { services } = await launch(dataDir);
    const { again: listed } = await listOnceScored(services);
    expect(listed.sessions[0]).toMatchObject({ id, band: expect.any(String) });
    expect(listed.sessions[0]!.warning).toBeUndefined();
    expect(await readFile(keptFile(dataDir, id), 'utf8')).toBe(oldShape);
    await expect(readdir(join(dataDir, 'quarantine'))).rejects.toThrow();
  });

  it('that is damaged does not break the list: the session is scored again and its row warns, naming the file', async () => {
    const { dataDir, id } = await withOlderReport();
    await writeFile(sessionPaths(dataDir, id).report, `{"rubricVersion": "${OLD}", "band": `);
    const { h, services } = await launch(dataDir);

    const { again: listed } = await listOnceScored(services);
    const row = listed.sessions.find((s) => s.id === id)!;
    expect(row.band).toBeDefined();
    expect(row.warning).toContain(`sessions/${id}/report.json`);
    expect(row.warning).toContain('was damaged');
    expect(row.warning).toMatch(/moved to quarantine\//);
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('report.json'))).toBe(true);
    expect((await h['session.report']({ id })).report.rubricVersion).toBe(RUBRIC_VERSION);
  });

  it('that cannot be scored again stays as it is: the list shows no band and says why, the charts leave it out, the report screen is told it is stale', async () => {
    const { dataDir, id, oldText } = await withOlderReport();
    // Neither a prompt snapshot nor a library prompt of that id: nothing to score against.
    await rm(sessionPaths(dataDir, id).prompt);
    await editLog(sessionPaths(dataDir, id).events, (json) => json.replaceAll('"url-shortener"', '"gone-prompt"'));
    const meta = sessionPaths(dataDir, id).meta;
    await writeFile(meta, (await readFile(meta, 'utf8')).replaceAll('"url-shortener"', '"gone-prompt"'));
    const { h, services } = await launch(dataDir);

    const row = (await listOnceScored(services)).again.sessions.find((s) => s.id === id)!;
    expect(row.band).toBeUndefined();
    expect(row.warning).toContain(`could not be scored again with rubric ${RUBRIC_VERSION}`);
    const progress = (await progressOnceScored(services)).last;
    expect(progress.sessions).toEqual([]);
    expect(progress.skipped).toEqual([{ id, message: expect.stringContaining(`could not be scored again with rubric ${RUBRIC_VERSION}`) }]);
    expect(await h['session.report']({ id })).toMatchObject({ stale: true, report: { rubricVersion: OLD } });
    expect(await readFile(sessionPaths(dataDir, id).report, 'utf8')).toBe(oldText);
  });

  it('moves with its session to the trash and back', async () => {
    const { dataDir, id, oldText } = await withOlderReport();
    const { h } = await launch(dataDir);
    await h['session.report']({ id });
    await h['session.trash']({ id });
    expect(await readFile(join(dataDir, 'trash', id, olderReportName(OLD)), 'utf8')).toBe(oldText);
    await h['session.restore']({ id });
    expect(await readFile(keptFile(dataDir, id), 'utf8')).toBe(oldText);
    expect((await h['session.report']({ id })).rescoredFrom).toBe(OLD);
  });

  it('scored again by hand (Score again) is kept too', async () => {
    const { dataDir, id, oldText } = await withOlderReport();
    const { h } = await launch(dataDir);
    expect((await h['session.rescore']({ id })).report.rubricVersion).toBe(RUBRIC_VERSION);
    expect(await readFile(keptFile(dataDir, id), 'utf8')).toBe(oldText);
  });
});

describe('older report files', () => {
  it('are named by a version made safe for a file name, and listed newest first', async () => {
    expect(olderReportName('1.1.0')).toBe('report.1.1.0.json');
    expect(olderReportName('../../x')).toBe('report.__.._x.json');
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
    const dir = await tempDir();
    for (const name of ['report.json', 'report.1.9.0.json', 'report.1.10.0.json', '.report.json.abc.tmp', 'session.json']) await writeFile(join(dir, name), '{}');
    expect(await olderVersions(nodeFs, dir)).toEqual(['1.10.0', '1.9.0']);
  });
});
