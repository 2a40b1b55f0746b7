import { describe, expect, it } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createEventHub } from '../../node/services/eventHub';
import type { Services } from '../../node/services/services';
import { registerIpc } from './ipc';
import { createWindowRoles } from './windowRoles';

/** A window as registerIpc sees it: its contents id and what was sent to it. */
function fakeWindow(id: number) {
  const sent: string[] = [];
  const win = { isDestroyed: () => false, webContents: { id, send: (event: string) => sent.push(event) } };
  return { win: win as unknown as BrowserWindow, sent };
}

describe('pushes over IPC', () => {
  it("go only to the windows whose role may receive them: the console's events never reach the candidate", () => {
    const events = createEventHub();
    const roles = createWindowRoles();
    const candidate = fakeWindow(1);
    const console = fakeWindow(2);
    const stranger = fakeWindow(3);
    roles.set(1, 'candidate');
    roles.set(2, 'interviewer');
    const services = { handlers: {}, events } as unknown as Services;
    registerIpc({ handle: () => {} }, services, () => [candidate.win, console.win, stranger.win], roles, () => {});

    events.emit('settings.changed', { theme: 'dark', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false });
    const score = { v: 1, seq: 1, t: 0, at: 0, phase: 'clarify', type: 'iscore.set', payload: { criterion: 'scope', score: 2 } } as const;
    events.emit('console.appended', { id: 's-20260101-101010-abcd', event: score });
    expect(candidate.sent).toEqual(['settings.changed']);
    expect(console.sent).toEqual(['settings.changed', 'console.appended']);
    expect(stranger.sent).toEqual([]);
  });
});
