import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './contract';
import { dispatch } from './dispatch';
import { fakeHandlers } from './testing/fakeHandlers';
import { BridgeError, parseRequest } from './parse';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return fakeHandlers({
    'prompt.list': async () => ({ prompts: [], problems: [] }),
    'prompt.open': async ({ id }) => ({ id, title: 'T', difficulty: 'easy', tags: ['x'], summary: 's', brief: 'b' }),
    'settings.get': async () => ({ theme: 'system', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false }),
    'settings.update': async (patch) => ({ theme: patch.theme ?? 'system', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false }),
    ...overrides,
  });
}

describe('parseRequest', () => {
  it('names the channel and the field when a request is malformed', () => {
    try {
      parseRequest('prompt.open', { id: 42 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BridgeError);
      const failure = (error as BridgeError).failure;
      expect(failure.code).toBe('bad-request');
      expect(failure.message).toMatch(/^prompt\.open request is invalid: field "id"/);
      expect(failure.issues).toEqual([expect.objectContaining({ field: 'id' })]);
    }
  });

  it('refuses fields the channel does not define', () => {
    expect(() => parseRequest('settings.update', { theme: 'dark', admin: true })).toThrow(/settings\.update request is invalid/);
  });

  it('refuses an empty settings change', () => {
    expect(() => parseRequest('settings.update', {})).toThrow(/at least one setting/);
  });
});

describe('dispatch', () => {
  it('passes a valid request to its handler and returns the checked reply', async () => {
    const reply = await dispatch(handlers(), 'prompt.open', { id: 'url-shortener' }, { role: 'candidate' });
    expect(reply).toEqual({ ok: true, value: expect.objectContaining({ id: 'url-shortener', title: 'T' }) });
  });

  it('never lets a malformed request reach the service', async () => {
    const spy = vi.fn();
    const reply = await dispatch(handlers({ 'settings.update': spy }), 'settings.update', { theme: 'purple' }, { role: 'candidate' });
    expect(spy).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request', channel: 'settings.update' } });
  });

  it('answers an unknown channel with not-found', async () => {
    const reply = await dispatch(handlers(), 'fs.writeFile', {}, { role: 'candidate' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no channel named "fs.writeFile"' } });
  });

  it('reports a service reply that breaks the contract as internal, not as data', async () => {
    const log = vi.fn();
    const bad = handlers({ 'settings.get': async () => ({ theme: 'neon' }) as never });
    const reply = await dispatch(bad, 'settings.get', {}, { role: 'candidate' }, log);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/settings\.get response is invalid: field "theme"/) } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('turns a thrown error into a failure that names the channel', async () => {
    const broken = handlers({ 'prompt.list': async () => { throw new Error('disk on fire'); } });
    const reply = await dispatch(broken, 'prompt.list', {}, { role: 'candidate' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: 'prompt.list failed: disk on fire' } });
  });

  it('keeps the code of a failure a service chose', async () => {
    const missing = handlers({ 'prompt.open': async () => { throw BridgeError.of('not-found', 'prompt.open', 'no prompt with id "x"'); } });
    expect(await dispatch(missing, 'prompt.open', { id: 'x' }, { role: 'candidate' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
