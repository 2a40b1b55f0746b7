import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isPermissionAllowed, restrictPermissions } from './harden';
import { windowOptions } from './windowOptions';
import { DEFAULT_BOUNDS, fitToDisplays } from './windowState';

describe('window options', () => {
  const prefs = windowOptions(DEFAULT_BOUNDS, '/app/preload.cjs', false).webPreferences!;

  it('isolate the page from Node and Electron', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('open at the remembered size and place', () => {
    const options = windowOptions({ x: 40, y: 60, width: 1200, height: 800, maximized: false }, '/p', true);
    expect(options).toMatchObject({ x: 40, y: 60, width: 1200, height: 800 });
  });
});

describe('remembered bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('keep a position that is on a screen', () => {
    const bounds = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
    expect(fitToDisplays(bounds, screen)).toEqual(bounds);
  });

  it('drop a position on a screen that is gone, keeping the size', () => {
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: true }, screen)).toEqual({ width: 1200, height: 800, maximized: true });
  });
});

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    fire(name: string, url = '') {
      const preventDefault = vi.fn();
      listeners.get(name)!({ preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

describe('hardened web contents', () => {
  const contents = fakeContents();
  hardenWebContents(contents as never);

  it('block navigation away from the app', () => {
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it("allow moving within the app's own pages", () => {
    expect(contents.fire('will-navigate', 'app://designdrill/#/settings')).toBe(false);
  });

  it('deny every new window and webview', () => {
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://designdrill/')).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions', () => {
  it('deny what the app does not use', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'midi', 'hid', 'serial', 'usb']) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
  });

  it('are enforced for requests and checks alike', () => {
    let request: ((wc: unknown, permission: string, callback: (ok: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    const callback = vi.fn();
    request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!(null, 'geolocation')).toBe(false);
  });

  it('grant the microphone alone, and only to the app’s own page', () => {
    type Details = { mediaTypes?: string[]; requestingUrl?: string; mediaType?: string };
    let request: ((wc: unknown, permission: string, callback: (ok: boolean) => void, details: Details) => void) | undefined;
    let check: ((wc: unknown, permission: string, origin: string, details: Details) => boolean) | undefined;
    restrictPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    const asked = (details: Details) => {
      const callback = vi.fn();
      request!(null, 'media', callback, details);
      return callback.mock.calls[0]?.[0] as boolean;
    };
    expect(asked({ mediaTypes: ['audio'], requestingUrl: 'app://designdrill/#/prompt/x' })).toBe(true);
    expect(asked({ mediaTypes: ['video'], requestingUrl: 'app://designdrill/' })).toBe(false);
    expect(asked({ mediaTypes: ['audio', 'video'], requestingUrl: 'app://designdrill/' })).toBe(false);
    expect(asked({ mediaTypes: [], requestingUrl: 'app://designdrill/' })).toBe(false);
    expect(asked({ mediaTypes: ['audio'], requestingUrl: 'https://example.com/' })).toBe(false);
    expect(asked({ mediaTypes: ['audio'] })).toBe(false);
    expect(check!(null, 'media', 'app://designdrill', { mediaType: 'audio' })).toBe(true);
    expect(check!(null, 'media', 'app://designdrill', { mediaType: 'video' })).toBe(false);
    expect(check!(null, 'media', 'https://example.com', { mediaType: 'audio' })).toBe(false);
    // Everything else stays refused, whatever the page.
    for (const permission of ['geolocation', 'notifications', 'display-capture', 'midi', 'hid']) {
      const callback = vi.fn();
      request!(null, permission, callback, { requestingUrl: 'app://designdrill/' });
      expect(callback).toHaveBeenCalledWith(false);
    }
  });
});
