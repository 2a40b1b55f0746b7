import type { BrowserWindow, IpcMain } from 'electron';
import { channelNames, isEventName } from '../../shared/bridge/contract';
import { mayReceive } from '../../shared/bridge/roles';
import type { Services } from '../../node/services/services';
import { guardedCall } from './ipcGuard';
import type { WindowRoles } from './windowRoles';

/**
 * One IPC handler per channel, each behind the guard and called with the sending window's
 * role; a pushed event goes only to the live windows whose role may receive it.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  windows: () => BrowserWindow[],
  roles: WindowRoles,
  log: (line: string) => void,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => guardedCall(services.handlers, event, roles.roleOf(event.sender.id), channel, payload, log));
  }
  services.events.subscribe((event, payload) => {
    if (!isEventName(event)) return;
    for (const win of windows()) {
      if (win.isDestroyed()) continue;
      const role = roles.roleOf(win.webContents.id);
      if (role !== undefined && mayReceive(role, event)) win.webContents.send(event, payload);
    }
  });
}
