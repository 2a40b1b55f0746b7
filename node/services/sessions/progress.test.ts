import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionCommand } from '../../../shared/session/commands';
import { createServices, type Services } from '../services';
import { useTempDirs } from '../testing/tempDir';
import { editLog } from '../testing/editLog';
import { progressOnceScored } from '../testing/scoredList';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import { sessionPaths } from './sessionFiles';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function open() {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  opened.push(services);
  const h = services.handlers;
  /** An ended eight-step session with `commands` sent after the start. */
  const ended = async (commands: SessionCommand[], level: 'mid' | 'senior' | 'staff' = 'senior') => {
    const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level });
    await h['session.append']({ id, command: { type: 'start' } });
    for (const command of commands) await h['session.append']({ id, command });
    await h['session.append']({ id, command: { type: 'end' } });
    return id;
  };
  return { dataDir, h, ended, services };
}

const THIN: SessionCommand[] = [{ type: 'note.add', id: 'r1', index: 0, body: { list: 'functional', text: 'shorten a link' } }];
const FULLER: SessionCommand[] = [
  { type: 'note.add', id: 'r1', index: 0, body: { list: 'functional', text: 'Turn a long URL into a short 7-character code' } },
  { type: 'note.add', id: 'r2', index: 1, body: { list: 'functional', text: 'Redirect a short code to its long URL' } },
  { type: 'note.add', id: 'q1', index: 0, body: { list: 'non-functional', text: 'Redirects answer within 50 ms at p99', quality: 'latency' } },
  { type: 'next' },
  {
    type: 'scratchpad',
    pad: { lines: [{ id: 'l1', text: 'writes = 10M/day in /s', tag: 'write-qps' }], conclusions: [{ id: 'c1', text: 'Writes are tiny next to reads, so cache the read path', lineIds: ['l1'] }] },
  },
  { type: 'note.add', id: 't1', index: 0, body: { list: 'tradeoff', chose: 'A key-value store', gaveUp: 'Joins', because: 'Every read is a lookup by code' } },
];

describe('progress.get', () => {
  it('answers at once, counting the sessions whose reports are still being made; then lists only ended sessions, oldest first, each with its band, scores and phases by kind, and saves the reports it made', async () => {
    const { dataDir, h, ended, services } = await open();
    const first = await ended(THIN);
    const second = await ended(FULLER, 'staff');
    await h['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' });

    const scored: string[] = [];
    services.events.subscribe((event, payload) => void (event === 'session.scored' && scored.push((payload as { id: string }).id)));
    const { first: answer, last } = await progressOnceScored(services);
    // Nothing was scored before the first answer: both reports were made behind it, once each.
    expect(answer).toMatchObject({ sessions: [], skipped: [], scoring: 2 });
    expect(scored.sort()).toEqual([first, second].sort());
    const { sessions, skipped } = last;
    expect(last.scoring).toBe(0);
    expect(skipped).toEqual([]);
    expect(sessions.map((s) => s.id)).toEqual([first, second]);
    const [thin, fuller] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
    expect(fuller.overall).toBeGreaterThan(thin.overall);
    expect(thin).toMatchObject({ prompt: { id: 'url-shortener', title: 'Design a URL Shortener' }, level: 'senior', stale: false });
    expect(fuller.level).toBe('staff');
    expect(fuller.criteria.map((c) => c.id)).toEqual(['scope', 'estimation', 'api', 'data-model', 'high-level', 'deep-dive', 'bottlenecks', 'tradeoffs', 'time']);
    expect(fuller.criteria.find((c) => c.id === 'estimation')!.score).toBeGreaterThan(thin.criteria.find((c) => c.id === 'estimation')!.score);
    expect(fuller.phases.map((p) => p.kind)).toEqual(['clarify', 'estimate', 'api', 'data', 'high-level', 'deep-dive', 'bottlenecks', 'tradeoffs']);
    expect(fuller.phases[0]).toMatchObject({ id: 'clarify', plannedMs: 5 * 60_000 });
    // The hidden outline stays out of the charts' payload.
    expect(JSON.stringify(sessions)).not.toContain('code (key, 7 chars)');

    // The reports made on the way are the ones the report screen reads afterwards.
    const saved = JSON.parse(await readFile(sessionPaths(dataDir, first).report, 'utf8')) as { overall: number; scoredAt: number };
    expect(saved.overall).toBe(thin.overall);
    expect((await h['session.report']({ id: first })).report.scoredAt).toBe(saved.scoredAt);
  });

  it('charts a session whose report is by an older rubric with its scores by the current one, and says it was rescored', async () => {
    const { dataDir, h, ended, services } = await open();
    const id = await ended(FULLER);
    const { report } = await h['session.report']({ id });
    const file = sessionPaths(dataDir, id).report;
    await writeFile(file, JSON.stringify({ ...report, rubricVersion: '0.0.1', overall: 1.5, band: 'no hire' }));

    const progress = (await progressOnceScored(services)).last;
    expect(progress.sessions).toEqual([expect.objectContaining({ id, stale: false, rubricVersion: RUBRIC_VERSION, rescoredFrom: '0.0.1', overall: report.overall, band: report.band })]);
    expect(progress.rubric).toEqual({ version: RUBRIC_VERSION, rescored: 1 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ rubricVersion: RUBRIC_VERSION });
  });

  it('scores again a session whose report is damaged, and lists the one it cannot score as skipped with why', async () => {
    const { dataDir, ended } = await open();
    const damaged = await ended(THIN);
    const orphan = await ended(THIN);
    await writeFile(sessionPaths(dataDir, damaged).report, '{ not json');
    // Neither a prompt snapshot nor a library prompt of that id: nothing to score against.
    await rm(sessionPaths(dataDir, orphan).prompt);
    const events = sessionPaths(dataDir, orphan).events;
    await editLog(events, (json) => json.replaceAll('"url-shortener"', '"gone-prompt"'));
    const meta = sessionPaths(dataDir, orphan).meta;
    await writeFile(meta, (await readFile(meta, 'utf8')).replaceAll('"url-shortener"', '"gone-prompt"'));

    // A fresh start, as after a relaunch: nothing of the two is held in memory.
    await opened.pop()!.close();
    const relaunched = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
    opened.push(relaunched);
    const { sessions, skipped } = (await progressOnceScored(relaunched)).last;
    expect(sessions.map((s) => s.id)).toEqual([damaged]);
    expect(sessions[0]!.stale).toBe(false);
    expect(skipped).toEqual([{ id: orphan, message: expect.stringMatching(new RegExp(`^session ${orphan} could not be scored: .*gone-prompt`)) }]);
  });
});
