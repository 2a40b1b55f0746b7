import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { useServices } from '../testing/useServices';
import { useTempDirs } from '../testing/tempDir';
import { sessionPaths } from './sessionFiles';

const tempDir = useTempDirs();
const services = useServices();

/** A session with two recorded runs, ended, on its own data folder. */
async function recorded() {
  const dataDir = await tempDir();
  const h = (await services.launch(dataDir)).handlers;
  await h['plan.save']({ plan: { ...samplePlan, id: 'audio-bundle', builtin: false } });
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'audio-bundle', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  const one = await h['audio.append']({ id, seq: 0, startT: 40, mime: 'audio/webm', data: Buffer.from('first run').toString('base64') });
  await h['audio.append']({ id, run: one.run, seq: 1, data: Buffer.from(', more').toString('base64') });
  await h['audio.append']({ id, seq: 0, startT: 5000, mime: 'audio/webm', data: Buffer.from('second run').toString('base64') });
  await h['session.append']({ id, command: { type: 'end' } });
  return { dataDir, h, id };
}

describe('a session bundle and the recorded voice', () => {
  it('leaves the audio out unless asked, and carries every run whole when asked', async () => {
    const { h, id } = await recorded();
    const plain = JSON.parse((await h['session.exportBundle']({ id, audio: false })).content!) as { audio?: unknown };
    expect(plain.audio).toBeUndefined();
    const withAudio = JSON.parse((await h['session.exportBundle']({ id, audio: true })).content!) as { audio: { run: number; startT: number; data: string }[] };
    expect(withAudio.audio.map((r) => [r.run, r.startT, Buffer.from(r.data, 'base64').toString()])).toEqual([
      [1, 40, 'first run, more'],
      [2, 5000, 'second run'],
    ]);
  });

  it('is taken back by the import on another machine: the runs are in the new session folder, listed and readable', async () => {
    const { h, id } = await recorded();
    const content = (await h['session.exportBundle']({ id, audio: true })).content!;
    const elsewhere = await tempDir();
    const other = (await services.launch(elsewhere)).handlers;
    const imported = await other['session.importBundle']({ name: 'voice.designdrill.json', content });
    expect(imported.outcome).toBe('imported');
    expect((await other['audio.list']({ id: imported.id })).runs).toEqual([
      { run: 1, startT: 40, mime: 'audio/webm', bytes: 15 },
      { run: 2, startT: 5000, mime: 'audio/webm', bytes: 10 },
    ]);
    const dir = join(sessionPaths(elsewhere, imported.id).dir, 'audio');
    expect(await readdir(dir)).toHaveLength(2);
    expect(await readFile(join(dir, 'run-0001-t000000040.webm'), 'utf8')).toBe('first run, more');
  });

  it('moves the audio to the trash with its session and back', async () => {
    const { dataDir, h, id } = await recorded();
    await h['session.trash']({ id });
    expect(await readdir(join(dataDir, 'trash', id, 'audio'))).toHaveLength(2);
    await h['session.restore']({ id });
    expect((await h['audio.list']({ id })).runs).toHaveLength(2);
  });
});
