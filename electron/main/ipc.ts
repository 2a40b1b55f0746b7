import type { BrowserWindow, IpcMain } from 'electron';
import { channelNames } from '../../shared/bridge/contract';
import type { Services } from '../services/services';
import { guardedCall } from './ipcGuard';

/** One IPC handler per channel, each behind the guard; pushed events go to every live window. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  windows: () => BrowserWindow[],
  log: (line: string) => void,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => guardedCall(services.handlers, event, channel, payload, log));
  }
  services.events.subscribe((event, payload) => {
    for (const win of windows()) if (!win.isDestroyed()) win.webContents.send(event, payload);
  });
}
