import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { call } from '../bridge/bridge';
import type { AppState } from '../store/store';
import { createSessionsSlice } from './sessionsSlice';

vi.mock('../bridge/bridge', () => ({ call: vi.fn(), subscribe: vi.fn(() => () => {}), following: () => Promise.resolve(), describeError: (e: unknown) => String(e) }));

const calls = vi.mocked(call);
/** Answers of `session.list` not given yet, oldest first. */
let pending: Array<(value: unknown) => void> = [];

beforeEach(() => {
  calls.mockReset();
  pending = [];
  calls.mockImplementation(((channel: string) =>
    channel === 'session.list' ? new Promise((resolve) => pending.push(resolve)) : Promise.resolve({ sessions: [] })) as never);
});

const store = () => createStore<AppState>()((...a) => createSessionsSlice(...a) as AppState);
const listCalls = () => calls.mock.calls.filter(([channel]) => channel === 'session.list').length;
const summary = (id: string) => ({ id, title: id, status: 'ended', lastAt: 1, activeMs: 0 });

describe('session list loading', () => {
  it('asks once when the shell and the home screen both ask at start-up', async () => {
    const s = store();
    const first = s.getState().loadSessionList();
    const second = s.getState().loadSessionList();
    // Asked once the window follows pushes (a tick later).
    await vi.waitFor(() => expect(listCalls()).toBe(1));
    pending[0]!({ sessions: [summary('a')] });
    await Promise.all([first, second]);
    expect(listCalls()).toBe(1);
    expect(s.getState().sessionList).toMatchObject({ status: 'ready', value: [{ id: 'a' }] });
  });

  it('asks again after an answer that was on its way before a session was trashed', async () => {
    const s = store();
    const startup = s.getState().loadSessionList();
    const trashed = s.getState().trashSession('a');
    await vi.waitFor(() => expect(calls.mock.calls.some(([c]) => c === 'trash.list')).toBe(true));
    pending[0]!({ sessions: [summary('a'), summary('b')] });
    await vi.waitFor(() => expect(listCalls()).toBe(2));
    pending[1]!({ sessions: [summary('b')] });
    await Promise.all([startup, trashed]);
    expect(s.getState().sessionList).toMatchObject({ status: 'ready', value: [{ id: 'b' }] });
  });

  it('asks again on a later visit once the earlier answer is in', async () => {
    const s = store();
    const first = s.getState().loadSessionList();
    await vi.waitFor(() => expect(listCalls()).toBe(1));
    pending[0]!({ sessions: [] });
    await first;
    const again = s.getState().loadSessionList();
    await vi.waitFor(() => expect(listCalls()).toBe(2));
    pending[1]!({ sessions: [summary('c')] });
    await again;
    expect(s.getState().sessionList).toMatchObject({ status: 'ready', value: [{ id: 'c' }] });
  });
});

describe('rows scored in the background', () => {
  const scoring = (id: string) => ({ ...summary(id), scoring: true });

  it('keeps a band pushed while a later listing is on its way, when that listing was made before the report landed', async () => {
    const s = store();
    // The shell's listing after a host restart: the ended session's report is being made.
    const first = s.getState().loadSessionList();
    await vi.waitFor(() => expect(listCalls()).toBe(1));
    pending[0]!({ sessions: [scoring('a')] });
    await first;
    // The history screen asks again; the host lists the row before its report is saved...
    const again = s.getState().loadSessionList();
    await vi.waitFor(() => expect(listCalls()).toBe(2));
    // ...and pushes the band before that answer reaches the window.
    s.getState().takeScored({ id: 'a', band: 'hire', rescored: false });
    expect(s.getState().sessionList).toMatchObject({ status: 'ready', value: [{ id: 'a', band: 'hire' }] });
    pending[1]!({ sessions: [scoring('a')] });
    await again;
    const [row] = (s.getState().sessionList as { value: { band?: string; scoring?: boolean }[] }).value;
    expect(row).toMatchObject({ band: 'hire' });
    expect(row!.scoring).toBeUndefined();
  });

  it('applies a band pushed before the first listing arrives', async () => {
    const s = store();
    const first = s.getState().loadSessionList();
    await vi.waitFor(() => expect(listCalls()).toBe(1));
    s.getState().takeScored({ id: 'a', band: 'lean hire', rescored: false });
    pending[0]!({ sessions: [scoring('a')] });
    await first;
    expect(s.getState().sessionList).toMatchObject({ status: 'ready', value: [{ id: 'a', band: 'lean hire' }] });
  });
});
