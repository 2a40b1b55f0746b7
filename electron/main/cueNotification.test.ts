import { describe, expect, it, vi } from 'vitest';
import { createCueNotifier, type NotificationClass } from './cueNotification';

function fakeNotifications(supported = true) {
  const shown: { title?: string; body?: string; click: () => void }[] = [];
  const Fake = class {
    static isSupported = () => supported;
    private click = () => {};
    constructor(private readonly options: { title?: string; body?: string }) {}
    on(_event: 'click', listener: () => void) {
      this.click = listener;
      return this;
    }
    show() {
      shown.push({ ...this.options, click: () => this.click() });
    }
  };
  return { Notification: Fake as unknown as NotificationClass, shown };
}

function fakeWindow(minimized = false) {
  return { isDestroyed: () => false, isMinimized: () => minimized, restore: vi.fn(), focus: vi.fn() };
}

const request = { sessionId: 's-20261122-142501-a1b2', phaseTitle: 'Deep dive', cue: 'two-minutes' } as const;

describe('the OS notification for a phase cue', () => {
  it('is shown when no DesignDrill window has the focus, naming the phase and the cue', async () => {
    const { Notification, shown } = fakeNotifications();
    const notify = createCueNotifier(Notification, { focused: () => null, all: () => [] });
    expect(await notify(request)).toEqual({ shown: true });
    expect(await notify({ ...request, cue: 'time-up' })).toEqual({ shown: true });
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: 'Deep dive', body: 'Two minutes left.' },
      { title: 'Deep dive', body: 'Time is up. Wrap up and move on when you are ready.' },
    ]);
  });

  it('is not shown while a window has the focus, since the page shows the cue itself', async () => {
    const { Notification, shown } = fakeNotifications();
    const notify = createCueNotifier(Notification, { focused: () => fakeWindow() as never, all: () => [] });
    expect(await notify(request)).toEqual({ shown: false });
    expect(shown).toEqual([]);
  });

  it('is not shown where the system has no notifications', async () => {
    const { Notification, shown } = fakeNotifications(false);
    expect(await createCueNotifier(Notification, { focused: () => null, all: () => [] })(request)).toEqual({ shown: false });
    expect(shown).toEqual([]);
  });

  it('brings the window back when clicked', async () => {
    const { Notification, shown } = fakeNotifications();
    const win = fakeWindow(true);
    await createCueNotifier(Notification, { focused: () => null, all: () => [win as never] })(request);
    shown[0]!.click();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});
