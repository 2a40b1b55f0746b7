import type { BrowserWindow, Notification, NotificationConstructorOptions } from 'electron';
import type { Handlers, Request } from '../../shared/bridge/contract';

type Cue = Request<'session.cue'>['cue'];

const SAID: Record<Cue, string> = {
  'two-minutes': 'Two minutes left.',
  'thirty-seconds': 'Thirty seconds left.',
  'time-up': 'Time is up. Wrap up and move on when you are ready.',
};

/** The parts of Electron's Notification class this uses, so a test can stand in for it. */
export type NotificationClass = {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): Pick<Notification, 'show' | 'on'>;
};

/**
 * The Electron half of a phase cue: an OS notification, shown only when no DesignDrill
 * window has the focus, since a person looking at the window already sees the page's own
 * cue. Clicking it brings the window back.
 */
export function createCueNotifier(
  NotificationClass: NotificationClass,
  windows: { focused(): BrowserWindow | null; all(): BrowserWindow[] },
): Handlers['session.cue'] {
  // Held until the next cue: a notification that is garbage-collected loses its click handler.
  let current: Pick<Notification, 'show' | 'on'> | undefined;
  return async ({ phaseTitle, cue }) => {
    if (windows.focused() || !NotificationClass.isSupported()) return { shown: false };
    current = new NotificationClass({ title: phaseTitle, body: SAID[cue] });
    current.on('click', () => {
      const win = windows.all().find((w) => !w.isDestroyed());
      if (!win) return;
      if (win.isMinimized()) win.restore();
      win.focus();
    });
    current.show();
    return { shown: true };
  };
}
