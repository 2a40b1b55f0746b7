import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Report } from '../../../shared/rubric/report';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import { PromptSnapshot } from '../../../shared/session/exportFile';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { createServices, type Services } from '../services';
import { useTempDirs } from '../testing/tempDir';
import { sessionPaths } from './sessionFiles';
import { refusal } from '../testing/refusal';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

const OWN_PROMPT = (outline: string) => `---
id: own-cache
title: Design a Cache
difficulty: easy
tags: [caching]
summary: A cache of our own, to see which outline the report reveals.
brief: Build a cache.
---
${outline}
`;

async function open() {
  const dataDir = await tempDir();
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  opened.push(services);
  await services.handlers['plan.save']({ plan: { ...samplePlan, id: 'report-test', builtin: false } });
  const h = services.handlers;
  const create = async (promptId = 'url-shortener') => (await h['session.create']({ promptId, planId: 'report-test', mode: 'solo', level: 'staff' })).id;
  const end = async (id: string) => {
    await h['session.append']({ id, command: { type: 'start' } });
    await h['session.append']({ id, command: { type: 'note.add', id: 'n1', index: 0, body: { list: 'functional', text: 'shorten a long link' } } });
    await h['session.append']({ id, command: { type: 'end' } });
  };
  return { dataDir, h, create, end };
}

describe('the prompt snapshot', () => {
  it('is written at create: the front matter and outline as the library holds them, without the raw file', async () => {
    const { dataDir, create } = await open();
    const id = await create();
    const saved = JSON.parse(await readFile(sessionPaths(dataDir, id).prompt, 'utf8')) as Record<string, unknown>;
    expect(PromptSnapshot.parse(saved)).toEqual(saved);
    expect(saved).not.toHaveProperty('source');
    expect(saved).toMatchObject({ id: 'url-shortener', title: 'Design a URL Shortener' });
    expect(saved.outline).toContain('## Trade-offs');
  });
});

describe('session.report', () => {
  it('is refused while the session has not ended', async () => {
    const { h, create } = await open();
    const id = await create();
    const error = await refusal(h['session.report']({ id }));
    expect(error.failure).toMatchObject({ code: 'forbidden', channel: 'session.report' });
    expect((await refusal(h['session.rescore']({ id }))).failure.code).toBe('forbidden');
  });

  it('scores the ended session once, saves it as report.json and returns the saved one afterwards', async () => {
    const { dataDir, h, create, end } = await open();
    const id = await create();
    await end(id);
    const first = await h['session.report']({ id });
    expect(first.stale).toBe(false);
    expect(first.report).toMatchObject({ rubricVersion: RUBRIC_VERSION, level: 'staff', prompt: { id: 'url-shortener' } });
    expect(first.report.outline).toContain('## Trade-offs');
    expect(first.report.phases.map((p) => p.id)).toEqual(['clarify', 'design', 'wrap-up']);
    const saved = Report.parse(JSON.parse(await readFile(sessionPaths(dataDir, id).report, 'utf8')));
    expect(saved).toEqual(first.report);

    await new Promise((done) => setTimeout(done, 5));
    expect(await h['session.report']({ id })).toEqual(first);
  });

  it('scores a report from an older rubric again on opening, and Score again replaces the report with a fresh one', async () => {
    const { dataDir, h, create, end } = await open();
    const id = await create();
    await end(id);
    const file = sessionPaths(dataDir, id).report;
    const { report } = await h['session.report']({ id });
    await writeFile(file, JSON.stringify({ ...report, rubricVersion: '0.0.1' }));

    const reopened = await h['session.report']({ id });
    expect(reopened).toMatchObject({ stale: false, rescoredFrom: '0.0.1', report: { rubricVersion: RUBRIC_VERSION } });

    await new Promise((done) => setTimeout(done, 5));
    const rescored = await h['session.rescore']({ id });
    expect(rescored.report.rubricVersion).toBe(RUBRIC_VERSION);
    expect(rescored.report.scoredAt).toBeGreaterThan(reopened.report.scoredAt);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(rescored.report);
    expect(await h['session.report']({ id })).toEqual({ report: rescored.report, stale: false, rescoredFrom: '0.0.1' });
  });

  it('sets a damaged report.json aside and scores the session again', async () => {
    const { dataDir, h, create, end } = await open();
    const id = await create();
    await end(id);
    await writeFile(sessionPaths(dataDir, id).report, '{"rubricVersion": ');
    const { report, stale } = await h['session.report']({ id });
    expect(stale).toBe(false);
    expect(report.rubricVersion).toBe(RUBRIC_VERSION);
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('report.json'))).toBe(true);
  });

  it('scores against the prompt as it was at the start, not as it was edited since', async () => {
    const { h, create, end } = await open();
    await h['prompt.import']({ files: [{ name: 'cache.md', text: OWN_PROMPT('## Outline at the start') }] });
    const id = await create('own-cache');
    await h['prompt.import']({ files: [{ name: 'cache.md', text: OWN_PROMPT('## Outline edited later') }] });
    await end(id);
    expect((await h['session.report']({ id })).report.outline).toContain('Outline at the start');
  });

  it("falls back to the library's prompt for a session without a snapshot, and says so when the library has none either", async () => {
    const { dataDir, h, create, end } = await open();
    await h['prompt.import']({ files: [{ name: 'cache.md', text: OWN_PROMPT('## Outline in the library') }] });
    const kept = await create('own-cache');
    const gone = await create('own-cache');
    for (const id of [kept, gone]) {
      await end(id);
      await rm(sessionPaths(dataDir, id).prompt);
    }
    await h['prompt.import']({ files: [{ name: 'cache.md', text: OWN_PROMPT('## Outline edited in the library') }] });
    expect((await h['session.report']({ id: kept })).report.outline).toContain('Outline edited in the library');

    await rm(join(dataDir, 'prompts', 'own-cache.md'));
    await h['prompt.list']({});
    const error = await refusal(h['session.report']({ id: gone }));
    expect(error.failure.code).toBe('not-found');
    expect(error.message).toContain(`session ${gone} has no saved prompt`);
    expect(error.message).toContain('"own-cache" is not in the library');
  });
});
