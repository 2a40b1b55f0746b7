import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/bridge/dispatch';
import { AUDIO_CHUNK_MAX_BYTES } from '../../../shared/session/audio';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { createServices } from '../services';
import { useServices } from '../testing/useServices';
import { useTempDirs } from '../testing/tempDir';
import { sessionPaths } from './sessionFiles';

const tempDir = useTempDirs();
const services = useServices();

async function open() {
  const dataDir = await tempDir();
  const s = await services.launch(dataDir);
  await s.handlers['plan.save']({ plan: { ...samplePlan, id: 'audio-test', builtin: false } });
  const h = s.handlers;
  const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'audio-test', mode: 'solo', level: 'senior' });
  await h['session.append']({ id, command: { type: 'start' } });
  /** A call as a window makes it: through the contract's checks, as `role`. */
  const send = (channel: string, payload: unknown, role: 'candidate' | 'interviewer' = 'candidate') => dispatch(h, channel, payload, { role });
  return { dataDir, s, h, id, send };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('the audio channel', () => {
  it('keeps at most the session cap of audio over all runs, and says so naming the session', async () => {
    const dataDir = await tempDir();
    const s = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test', audioMaxBytes: 20 });
    try {
      const h = s.handlers;
      await h['plan.save']({ plan: { ...samplePlan, id: 'audio-test', builtin: false } });
      const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'audio-test', mode: 'solo', level: 'senior' });
      await h['session.append']({ id, command: { type: 'start' } });
      const send = (payload: unknown) => dispatch(h, 'audio.append', payload, { role: 'candidate' });
      expect(await send({ id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('0123456789')) })).toMatchObject({ ok: true });
      // A second run counts what the first holds: 10 + 8 fits, 2 more does not.
      expect(await send({ id, seq: 0, startT: 5000, mime: 'audio/webm', data: b64(Buffer.from('abcdefgh')) })).toMatchObject({ ok: true, value: { run: 2 } });
      const refused = await send({ id, run: 2, seq: 1, data: b64(Buffer.from('xyz')) });
      expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(JSON.stringify(refused)).toContain(`session \\"${id}\\" holds 0 MB of audio, the most one session keeps`);
      const dir = join(sessionPaths(dataDir, id).dir, 'audio');
      expect(await readFile(join(dir, 'run-0002-t000005000.webm'), 'utf8')).toBe('abcdefgh');
    } finally {
      await s.close();
    }
  });

  it('appends each chunk to its run file in order, and a new run gets a file of its own', async () => {
    const { dataDir, id, send } = await open();
    const first = await send('audio.append', { id, seq: 0, startT: 1200, mime: 'audio/webm', data: b64(Buffer.from('head-1')) });
    expect(first).toEqual({ ok: true, value: { run: 1, bytes: 6 } });
    expect(await send('audio.append', { id, run: 1, seq: 1, data: b64(Buffer.from('more')) })).toEqual({ ok: true, value: { run: 1, bytes: 10 } });
    const second = await send('audio.append', { id, seq: 0, startT: 9000, mime: 'audio/ogg', data: b64(Buffer.from('head-2')) });
    expect(second).toEqual({ ok: true, value: { run: 2, bytes: 6 } });

    const dir = join(sessionPaths(dataDir, id).dir, 'audio');
    expect((await readdir(dir)).sort()).toEqual(['run-0001-t000001200.webm', 'run-0002-t000009000.ogg']);
    expect(await readFile(join(dir, 'run-0001-t000001200.webm'), 'utf8')).toBe('head-1more');
    const listed = await send('audio.list', { id });
    expect(listed).toEqual({
      ok: true,
      value: {
        runs: [
          { run: 1, startT: 1200, mime: 'audio/webm', bytes: 10 },
          { run: 2, startT: 9000, mime: 'audio/ogg', bytes: 6 },
        ],
      },
    });
    const read = await send('audio.read', { id, run: 1 });
    expect(read.ok && Buffer.from((read.value as { data: string }).data, 'base64').toString()).toBe('head-1more');
  });

  it('refuses a chunk over the cap, naming the field, and keeps nothing of it', async () => {
    const { dataDir, id, send } = await open();
    const reply = await send('audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.alloc(AUDIO_CHUNK_MAX_BYTES + 3, 1)) });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('bad-request');
      expect(reply.error.issues[0]?.field).toBe('data');
    }
    await expect(readdir(join(sessionPaths(dataDir, id).dir, 'audio'))).rejects.toThrow(/ENOENT/);
    // Exactly the cap goes in.
    expect((await send('audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.alloc(AUDIO_CHUNK_MAX_BYTES, 1)) })).ok).toBe(true);
  });

  it('refuses unknown and malformed session ids, and never writes outside the session folder', async () => {
    const { dataDir, send } = await open();
    const unknown = await send('audio.append', { id: 's-20260101-000000-zzzz', seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('x1')) });
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
    const escape = await send('audio.append', { id: '../../etc', seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('x1')) });
    expect(!escape.ok && escape.error.code).toBe('bad-request');
    expect(await readdir(join(dataDir, 'sessions'))).toHaveLength(1);
  });

  it('refuses chunks once the session has ended', async () => {
    const { h, id, send } = await open();
    expect((await send('audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('head')) })).ok).toBe(true);
    await h['session.append']({ id, command: { type: 'end' } });
    const late = await send('audio.append', { id, run: 1, seq: 1, data: b64(Buffer.from('late')) });
    expect(!late.ok && late.error).toMatchObject({ code: 'bad-request', message: expect.stringMatching(/has ended/) });
    const fresh = await send('audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('new!')) });
    expect(!fresh.ok && fresh.error.code).toBe('bad-request');
  });

  it('refuses the interviewer, whose console neither records nor plays the voice', async () => {
    const { id, send } = await open();
    for (const [channel, payload] of [
      ['audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('head')) }],
      ['audio.list', { id }],
      ['audio.read', { id, run: 1 }],
    ] as const) {
      const reply = await send(channel, payload, 'interviewer');
      expect(!reply.ok && reply.error.code).toBe('forbidden');
    }
  });

  it('refuses a chunk out of order or for a run not begun in this process, and a first chunk without its start', async () => {
    const { id, send } = await open();
    await send('audio.append', { id, seq: 0, startT: 0, mime: 'audio/webm', data: b64(Buffer.from('head')) });
    const skipped = await send('audio.append', { id, run: 1, seq: 2, data: b64(Buffer.from('gap!')) });
    expect(!skipped.ok && skipped.error.message).toMatch(/expects chunk 1/);
    const stranger = await send('audio.append', { id, run: 7, seq: 1, data: b64(Buffer.from('what')) });
    expect(!stranger.ok && stranger.error.message).toMatch(/start a new run/);
    const bare = await send('audio.append', { id, seq: 0, data: b64(Buffer.from('head')) });
    expect(!bare.ok && bare.error.code).toBe('bad-request');
  });
});
