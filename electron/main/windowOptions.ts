import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

/**
 * The options of every DesignDrill window. Security settings are spelled out even where
 * they are Electron's defaults, so a test can hold them and a future default change
 * cannot loosen them.
 */
export function windowOptions(bounds: WindowBounds, preload: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'DesignDrill',
    backgroundColor: dark ? '#15171c' : '#f7f7f4',
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
