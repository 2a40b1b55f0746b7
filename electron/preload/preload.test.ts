import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelNames, eventNames } from '../../shared/bridge/names';
import type { PreloadApi } from './api';

const exposed: Record<string, unknown> = {};
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (event: string, fn: (...args: unknown[]) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
    },
    removeListener: (event: string, fn: (...args: unknown[]) => void) => listeners.get(event)?.delete(fn),
  },
}));

let api: PreloadApi;
beforeAll(async () => {
  await import('./preload');
  api = exposed.designdrill as PreloadApi;
});

describe('the preload', () => {
  it('exposes exactly one function per channel and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['designdrill']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
    expect(Object.keys(api.call).sort()).toEqual([...channelNames].sort());
    expect(Object.keys(api.on).sort()).toEqual([...eventNames].sort());
  });

  it('sends a call on its own channel', async () => {
    const reply = await api.call['prompt.open']({ id: 'url-shortener' });
    expect(invoke).toHaveBeenCalledWith('prompt.open', { id: 'url-shortener' });
    expect(reply).toEqual({ ok: true, value: { channel: 'prompt.open', request: { id: 'url-shortener' } } });
  });

  it('hands pushed events to a listener until it unsubscribes, without leaking the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = api.on['settings.changed'](listener);
    const emit = (payload: unknown) => listeners.get('settings.changed')!.forEach((fn) => fn({ sender: 'ipc' }, payload));
    emit({ theme: 'dark' });
    expect(listener).toHaveBeenCalledWith({ theme: 'dark' });
    unsubscribe();
    emit({ theme: 'light' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listeners.get('settings.changed')!.size).toBe(0);
  });
});
