import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { emptyPrivateState } from '../../shared/pairing/privateLog';
import type { SessionEvent } from '../../shared/session/events';
import { pairedLog } from '../../shared/session/testing/pairedLog';
import { call, subscribe } from '../bridge/bridge';
import type { AppState } from '../store/store';
import { createConsoleSlice } from './consoleSlice';

vi.mock('../bridge/bridge', () => ({ call: vi.fn(), subscribe: vi.fn(), describeError: (e: unknown) => String(e) }));
vi.mock('../bridge/connection', () => ({ onConnection: () => () => {} }));

const calls = vi.mocked(call);
const listens = vi.mocked(subscribe);
/** The `session.appended` listeners the slice holds now (the private log's are left out). */
let listeners: Array<(push: { id: string; event: SessionEvent }) => void> = [];

const { events, states } = pairedLog(['one', 'two', 'three', 'four']);
/** How many times the console read the whole session. */
const reads = () => calls.mock.calls.filter(([channel]) => channel === 'console.open').length;

beforeEach(() => {
  vi.useFakeTimers();
  calls.mockReset();
  listeners = [];
  listens.mockImplementation(((event: string, listener: (typeof listeners)[number]) => {
    if (event !== 'session.appended') return () => {};
    listeners.push(listener);
    return () => void (listeners = listeners.filter((l) => l !== listener));
  }) as never);
  calls.mockImplementation((async (channel: string) => {
    if (channel === 'session.events') return { events: events.slice(0, 2) };
    // The prompt is only shown, never read by the slice.
    return { id: 'a', state: states[1], prompt: {}, own: emptyPrivateState() };
  }) as never);
});

/** A console following session `a`, opened with its first two events. */
async function opened() {
  const get = createStore<AppState>()((...a) => createConsoleSlice(...a) as AppState).getState;
  const unfollow = get().followConsole();
  await get().openConsole('a');
  expect(reads()).toBe(1);
  return { get, unfollow };
}
const push = (event: SessionEvent) => listeners.forEach((l) => l({ id: 'a', event }));

describe('console waiting for a missing event', () => {
  it('gives a second gap its full second though an earlier one filled just before', async () => {
    const { get } = await opened();
    push(events[3]!);
    await vi.advanceTimersByTimeAsync(100);
    push(events[2]!);
    const view = get().consoleView;
    expect(view?.data.status === 'ready' && view.data.value.state.lastSeq).toBe(events[3]!.seq);
    await vi.advanceTimersByTimeAsync(800);
    push(events[5]!);
    await vi.advanceTimersByTimeAsync(500);
    expect(reads()).toBe(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(reads()).toBe(2);
  });

  it('asks nothing once the console is left, though a gap was timed', async () => {
    const { unfollow } = await opened();
    push(events[3]!);
    unfollow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(reads()).toBe(1);
  });
});
