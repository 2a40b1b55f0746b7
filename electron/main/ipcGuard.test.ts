import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../shared/bridge/contract';
import { fakeHandlers } from '../../shared/bridge/testing/fakeHandlers';
import { guardedCall, type SenderInfo } from './ipcGuard';

function handlersWith(spy: (...args: unknown[]) => void): Handlers {
  const answer = async (...args: unknown[]) => {
    spy(...args);
    return { theme: 'dark' as const, pauseOnSleep: true, chime: true, targetLevel: 'senior' as const, recordVoice: false };
  };
  return fakeHandlers({ 'settings.get': answer, 'settings.update': answer });
}

const topFrame = (url: string): SenderInfo => ({ senderFrame: { url, parent: null } });

describe('the IPC guard', () => {
  it('lets a well-formed message from the app page through to its service', async () => {
    const spy = vi.fn();
    const reply = await guardedCall(handlersWith(spy), topFrame('app://designdrill/#/settings'), 'candidate', 'settings.update', { theme: 'dark' });
    expect(reply).toEqual({ ok: true, value: { theme: 'dark', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false } });
    expect(spy).toHaveBeenCalledWith({ theme: 'dark' }, { role: 'candidate' });
  });

  it.each([
    ['a remote page', topFrame('https://evil.example/')],
    ['a local file', topFrame('file:///tmp/page.html')],
    ['another app:// host', topFrame('app://other/')],
    ['a sub-frame of the app page', { senderFrame: { url: 'app://designdrill/', parent: {} } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses a message from %s before any service sees it', async (_label, sender) => {
    const spy = vi.fn();
    const log = vi.fn();
    const reply = await guardedCall(handlersWith(spy), sender as SenderInfo, 'candidate', 'settings.update', { theme: 'dark' }, log);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden', channel: 'settings.update' } });
    expect(spy).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^refused settings\.update/));
  });

  it("refuses a window the app gave no role, and a channel the window's role may not use", async () => {
    const spy = vi.fn();
    const unknown = await guardedCall(handlersWith(spy), topFrame('app://designdrill/'), undefined, 'settings.get', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const asCandidate = await guardedCall(handlersWith(spy), topFrame('app://designdrill/'), 'candidate', 'console.open', { id: 's-20260101-101010-abcd' });
    expect(asCandidate).toMatchObject({ ok: false, error: { code: 'forbidden', channel: 'console.open' } });
    const asInterviewer = await guardedCall(handlersWith(spy), topFrame('app://designdrill/index.html#/console/x'), 'interviewer', 'settings.update', { theme: 'dark' });
    expect(asInterviewer).toMatchObject({ ok: false, error: { code: 'forbidden', channel: 'settings.update' } });
    expect(spy).not.toHaveBeenCalled();
    expect(await guardedCall(handlersWith(spy), topFrame('app://designdrill/'), 'interviewer', 'settings.get', {})).toMatchObject({ ok: true });
    expect(spy).toHaveBeenCalledWith({}, { role: 'interviewer' });
  });

  it('refuses a malformed payload with an error naming the channel and the field', async () => {
    const spy = vi.fn();
    const reply = await guardedCall(handlersWith(spy), topFrame('app://designdrill/'), 'candidate', 'settings.update', { theme: 7 });
    expect(spy).not.toHaveBeenCalled();
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(/^settings\.update request is invalid: field "theme"/) },
    });
  });
});
