import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { APP_ORIGIN } from './appProtocol';
import { consoleBounds, consoleUrl } from './consoleDisplay';
import { windowOptions } from './windowOptions';
import type { WindowRoles } from './windowRoles';

export type ConsoleWindowDeps = {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getAllDisplays' | 'getDisplayMatching' | 'getPrimaryDisplay'>;
  roles: WindowRoles;
  preload: string;
  /** The candidate's window, whose display the console keeps off when it can. */
  candidateWindow: () => BrowserWindowType | undefined;
  dark: () => Promise<boolean>;
};

/**
 * Opens the interviewer's console of a paired session as a second window, as hardened as the
 * first and known to the main process as the interviewer's. Asked again for the same
 * session, it brings the open console forward instead of opening another.
 */
export function createConsoleWindows(deps: ConsoleWindowDeps): (id: string) => Promise<{ opened: boolean }> {
  const open = new Map<string, BrowserWindowType>();
  return async (id) => {
    const existing = open.get(id);
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return { opened: true };
    }
    const candidate = deps.candidateWindow();
    const candidateDisplay = candidate && !candidate.isDestroyed() ? deps.screen.getDisplayMatching(candidate.getBounds()) : deps.screen.getPrimaryDisplay();
    const bounds = consoleBounds(deps.screen.getAllDisplays(), candidateDisplay.id);
    const win = new deps.BrowserWindow({ ...windowOptions({ ...bounds, maximized: false }, deps.preload, await deps.dark()), title: 'DesignDrill: partner console' });
    // Known as the interviewer's before its page can send a single message.
    const contentsId = win.webContents.id;
    deps.roles.set(contentsId, 'interviewer');
    open.set(id, win);
    win.on('closed', () => {
      deps.roles.forget(contentsId);
      if (open.get(id) === win) open.delete(id);
    });
    win.once('ready-to-show', () => win.show());
    await win.loadURL(consoleUrl(APP_ORIGIN, id));
    return { opened: true };
  };
}
