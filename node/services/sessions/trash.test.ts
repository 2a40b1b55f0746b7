import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

async function launch(dataDir: string) {
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  opened.push(services);
  return services;
}

async function open() {
  const dataDir = await tempDir();
  const services = await launch(dataDir);
  await services.handlers['plan.save']({ plan: { ...samplePlan, id: 'trash-test', builtin: false } });
  const h = services.handlers;
  const create = async () => (await h['session.create']({ promptId: 'url-shortener', planId: 'trash-test', mode: 'solo', level: 'senior' })).id;
  return { dataDir, services, h, create };
}

const ids = (list: { sessions: { id: string }[] }) => list.sessions.map((s) => s.id);

describe('the trash', () => {
  it('moves a deleted session folder whole into trash/, out of the list, and restore brings it back as it was', async () => {
    const { dataDir, h, create } = await open();
    const id = await create();
    await h['session.append']({ id, command: { type: 'start' } });
    await h['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'Reads dominate.' } });
    await h['session.append']({ id, command: { type: 'pause' } });
    const log = await readFile(sessionPaths(dataDir, id).events, 'utf8');

    await h['session.trash']({ id });
    expect(ids(await h['session.list']({}))).toEqual([]);
    expect(ids(await h['trash.list']({}))).toEqual([id]);
    expect(await readFile(join(dataDir, 'trash', id, 'events.jsonl'), 'utf8')).toBe(log);
    expect((await refusal(h['session.open']({ id }))).failure.code).toBe('not-found');

    await h['session.restore']({ id });
    expect(ids(await h['trash.list']({}))).toEqual([]);
    expect(ids(await h['session.list']({}))).toEqual([id]);
    const { state } = await h['session.open']({ id });
    expect(state.notes.clarify).toBe('Reads dominate.');
    // Still a live session: it resumes and records.
    await h['session.append']({ id, command: { type: 'resume' } });
  });

  it('refuses to trash a running session and says to pause it', async () => {
    const { h, create } = await open();
    const id = await create();
    await h['session.append']({ id, command: { type: 'start' } });
    const error = await refusal(h['session.trash']({ id }));
    expect(error.failure.code).toBe('forbidden');
    expect(error.message).toMatch(/pause it/);
    expect(ids(await h['session.list']({}))).toEqual([id]);
  });

  it('erases only from the trash: a listed session cannot be erased', async () => {
    const { dataDir, h, create } = await open();
    const id = await create();
    expect((await refusal(h['trash.erase']({ id }))).failure.code).toBe('not-found');
    expect(ids(await h['session.list']({}))).toEqual([id]);

    await h['session.trash']({ id });
    await h['trash.erase']({ id });
    expect(ids(await h['trash.list']({}))).toEqual([]);
    expect(await readdir(join(dataDir, 'trash'))).toEqual([]);
  });

  it('survives a restart: the trashed session is still in the trash and restores', async () => {
    const { dataDir, services, h, create } = await open();
    const id = await create();
    await h['session.trash']({ id });
    await services.close();
    opened.splice(opened.indexOf(services), 1);

    const again = (await launch(dataDir)).handlers;
    expect(ids(await again['session.list']({}))).toEqual([]);
    expect((await again['trash.list']({})).sessions.map((s) => [s.id, s.prompt.id])).toEqual([[id, 'url-shortener']]);
    await again['session.restore']({ id });
    expect(ids(await again['session.list']({}))).toEqual([id]);
  });
});
