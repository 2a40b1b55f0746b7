import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { call, subscribe } from '../bridge/bridge';
import type { AppState } from '../store/store';
import { createProgressSlice } from './progressSlice';

vi.mock('../bridge/bridge', () => ({ call: vi.fn(), subscribe: vi.fn(), describeError: (e: unknown) => String(e) }));

const calls = vi.mocked(call);
const listens = vi.mocked(subscribe);
/** The `session.scored` listeners the slice holds now. */
let listeners: Array<() => void> = [];

beforeEach(() => {
  vi.useFakeTimers();
  calls.mockReset();
  listeners = [];
  listens.mockImplementation(((_event: string, listener: () => void) => {
    listeners.push(listener);
    return () => void (listeners = listeners.filter((l) => l !== listener));
  }) as never);
  // Two sessions still being scored: each push makes the charts ask again, a second later.
  calls.mockResolvedValue({ sessions: [], scoring: 2 } as never);
});

const slice = () => createStore<AppState>()((...a) => createProgressSlice(...a) as AppState).getState();
const push = () => listeners.forEach((l) => l());

describe('progress slice following the scoring', () => {
  it('asks again a second after a score is pushed while followed', async () => {
    const progress = slice();
    progress.followScoring();
    await progress.loadProgress();
    push();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it('asks nothing more once the window stops following, even with a re-ask already timed', async () => {
    const progress = slice();
    const unfollow = progress.followScoring();
    await progress.loadProgress();
    push();
    unfollow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('does not time a re-ask for a push that came during an answer the window no longer follows', async () => {
    const progress = slice();
    const unfollow = progress.followScoring();
    let answer!: (value: unknown) => void;
    calls.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)) as never);
    const loading = progress.loadProgress();
    push();
    unfollow();
    answer({ sessions: [], scoring: 2 });
    await loading;
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveBeenCalledTimes(1);
  });
});
