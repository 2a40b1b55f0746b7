import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { SessionEvent } from '../../shared/session/events';
import { pairedLog } from '../../shared/session/testing/pairedLog';
import { call, subscribe } from '../bridge/bridge';
import type { AppState } from '../store/store';
import { createSessionSlice } from './sessionSlice';

vi.mock('../bridge/bridge', () => ({ call: vi.fn(), subscribe: vi.fn(), describeError: (e: unknown) => String(e), isUnreachable: () => false }));
vi.mock('../bridge/connection', () => ({ onConnection: () => () => {} }));

const calls = vi.mocked(call);
const listens = vi.mocked(subscribe);
/** The `session.appended` listeners the slice holds now. */
let listeners: Array<(push: { id: string; event: SessionEvent }) => void> = [];

const { events, states } = pairedLog(['one', 'two', 'three', 'four']);
/** What `session.open` was asked for, by id. */
const opened = () => calls.mock.calls.filter(([channel]) => channel === 'session.open').map(([, request]) => (request as { id: string }).id);

beforeEach(() => {
  vi.useFakeTimers();
  calls.mockReset();
  listeners = [];
  listens.mockImplementation(((_event: string, listener: (typeof listeners)[number]) => {
    listeners.push(listener);
    return () => void (listeners = listeners.filter((l) => l !== listener));
  }) as never);
  calls.mockImplementation((async (channel: string, request: { id?: string }) => {
    if (channel === 'session.create') return { id: 'a', state: states[1] };
    return { state: states[1], warnings: [], id: request.id };
  }) as never);
});

const slice = () => createStore<AppState>()((...a) => createSessionSlice(...a) as AppState).getState;
const push = (id: string, event: SessionEvent) => listeners.forEach((l) => l({ id, event }));

describe('session slice waiting for a missing event', () => {
  it('reads the session again once a gap stays a second', async () => {
    const get = slice();
    get().followSessions();
    await get().createSession('url-shortener', 'sample', 'senior');
    push('a', events[3]!);
    await vi.advanceTimersByTimeAsync(999);
    expect(opened()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(opened()).toEqual(['a']);
  });

  it('gives a second gap its full second though an earlier one filled just before', async () => {
    const get = slice();
    get().followSessions();
    await get().createSession('url-shortener', 'sample', 'senior');
    push('a', events[3]!);
    await vi.advanceTimersByTimeAsync(100);
    push('a', events[2]!);
    const shown = get().session?.state;
    expect(shown?.status === 'ready' && shown.value.lastSeq).toBe(events[3]!.seq);
    await vi.advanceTimersByTimeAsync(800);
    push('a', events[5]!);
    await vi.advanceTimersByTimeAsync(500);
    expect(opened()).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(opened()).toEqual(['a']);
  });

  it('still reads again for a gap in the next session opened while a gap in the last was timed', async () => {
    const get = slice();
    get().followSessions();
    await get().createSession('url-shortener', 'sample', 'senior');
    push('a', events[3]!);
    await get().openSession('b');
    expect(opened()).toEqual(['b']);
    push('b', events[3]!);
    await vi.advanceTimersByTimeAsync(5000);
    expect(opened()).toEqual(['b', 'b']);
  });

  it('asks nothing once the window stops following, though a gap was timed', async () => {
    const get = slice();
    const unfollow = get().followSessions();
    await get().createSession('url-shortener', 'sample', 'senior');
    push('a', events[3]!);
    unfollow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(opened()).toEqual([]);
  });
});
