import { readFile, stat, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseResponse } from '../../../shared/bridge/parse';
import { buildReplay, durationMs, stateAt } from '../../../shared/replay';
import type { SessionCommand } from '../../../shared/session/commands';
import { fold } from '../../../shared/session/reduce';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { createServices, type Services } from '../services';
import { useTempDirs } from '../testing/tempDir';
import { encodeRecord } from './logRecord';
import { sessionPaths } from './sessionFiles';
import { SNAPSHOT_EVERY_EVENTS } from './sessionStore';
import { refusal } from '../testing/refusal';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function start(dataDir: string) {
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  opened.push(services);
  return services;
}

async function closeAll() {
  await Promise.all(opened.splice(0).map((s) => s.close()));
}

/** A session played through the services, long enough for the store to have written a snapshot. */
async function played(dataDir: string, options: { end: boolean }) {
  const services = await start(dataDir);
  const h = services.handlers;
  await h['plan.save']({ plan: { ...samplePlan, id: 'replay-test', builtin: false } });
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'replay-test', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  for (let i = 0; i < SNAPSHOT_EVERY_EVENTS + 20; i++) {
    const element = { id: `box${i % 7}`, type: 'rectangle', version: i + 1, versionNonce: i, isDeleted: false, x: i, y: 0 };
    const command: SessionCommand =
      i % 3 === 0
        ? { type: 'canvas', delta: { added: [], changed: [element], deleted: [], files: [] } }
        : { type: 'notes', phase: samplePlan.phases[0]!.id, text: `note ${i}` };
    await h['session.append']({ id, command });
    if (i === 200) await h['session.append']({ id, command: { type: 'next' } });
  }
  if (options.end) await h['session.append']({ id, command: { type: 'end' } });
  return { id, services };
}

describe('session.events', () => {
  it('gives the whole log of an ended session, whose replay ends at the state session.open gives, snapshot or not', async () => {
    const dataDir = await tempDir();
    const { id, services } = await played(dataDir, { end: true });
    await stat(sessionPaths(dataDir, id).snapshot);

    const answer = await services.handlers['session.events']({ id });
    expect(parseResponse('session.events', answer)).toEqual(answer);
    const { events } = answer;
    const { state } = await services.handlers['session.open']({ id });
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: state.lastSeq }, (_, i) => i + 1));
    expect(stateAt(buildReplay(events), durationMs(buildReplay(events)))).toEqual(state);

    // A fresh start resumes from the snapshot and the log's tail; the record is still all there.
    await closeAll();
    const again = await start(dataDir);
    const reopened = await again.handlers['session.open']({ id });
    const replay = buildReplay((await again.handlers['session.events']({ id })).events);
    expect(replay.events).toHaveLength(events.length);
    expect(stateAt(replay, Number.MAX_SAFE_INTEGER)).toEqual(reopened.state);
  });

  it('gives an unfinished session up to where it stopped, the pause its reopening added included', async () => {
    const dataDir = await tempDir();
    const { id } = await played(dataDir, { end: false });
    await closeAll();
    const services = await start(dataDir);
    const { events } = await services.handlers['session.events']({ id });
    const { state } = await services.handlers['session.open']({ id });
    expect(state.status).toBe('paused');
    expect(events.at(-1)).toMatchObject({ type: 'session.paused', payload: { reason: 'closed' } });
    expect(buildReplay(events).final).toEqual(state);
  });

  it('refuses an id with no session, as session.open does', async () => {
    const services = await start(await tempDir());
    const missing = 's-20260105-090000-none';
    const refused = await refusal(services.handlers['session.events']({ id: missing }));
    const opening = await refusal(services.handlers['session.open']({ id: missing }));
    expect(refused.failure.code).toBe('not-found');
    expect(refused.failure.code).toBe(opening.failure.code);
  });

  it('gives what survives of a damaged log: the events before the break, as session.open folds them', async () => {
    const dataDir = await tempDir();
    const { id } = await played(dataDir, { end: true });
    await closeAll();
    const file = sessionPaths(dataDir, id).events;
    const lines = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, [...lines.slice(0, 300), '{"v":1,"seq":301,"garbled', ...lines.slice(301)].join('\n'));

    const services = await start(dataDir);
    const { events } = await services.handlers['session.events']({ id });
    const { state, warnings } = await services.handlers['session.open']({ id });
    expect(warnings.join(' ')).toMatch(/breaks at line 301/);
    // The 300 events before the break, then the end the damage took: the session had ended.
    expect(events.slice(0, 300).map((e) => encodeRecord(e))).toEqual(lines.slice(0, 300));
    expect(events.slice(300)).toMatchObject([{ seq: 301, type: 'session.ended' }]);
    expect(state.status).toBe('ended');
    expect(fold(events)).toEqual(state);
  });
});
