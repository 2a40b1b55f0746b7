import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, eventNames } from '../../shared/bridge/names';
import { BRIDGE_KEY, type PreloadApi } from './api';

// Runs sandboxed: it can reach only ipcRenderer, and exposes no Node or Electron object.
const api = {
  call: Object.fromEntries(channelNames.map((channel) => [channel, (request: unknown) => ipcRenderer.invoke(channel, request)])),
  on: Object.fromEntries(
    eventNames.map((event) => [
      event,
      (listener: (payload: unknown) => void) => {
        const forward = (_e: IpcRendererEvent, payload: unknown) => listener(payload);
        ipcRenderer.on(event, forward);
        return () => {
          ipcRenderer.removeListener(event, forward);
        };
      },
    ]),
  ),
} as PreloadApi;

contextBridge.exposeInMainWorld(BRIDGE_KEY, api);
