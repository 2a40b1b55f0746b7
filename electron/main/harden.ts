import type { Session, WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/** Only what the app uses: copying to the clipboard from the canvas. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}

/**
 * The microphone, for "Record my voice": `media` for audio alone (never the camera or the
 * screen), asked by the app's own page. Everything else about `media` is refused.
 */
function isAudioCaptureAllowed(mediaTypes: readonly string[] | undefined, url: string | undefined): boolean {
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((t) => t === 'audio') && url !== undefined && isAppUrl(url);
}

/** Denies every permission the app does not need, for requests and for checks alike. */
export function restrictPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    if (permission === 'media') {
      const media = details as { mediaTypes?: readonly string[]; requestingUrl?: string } | undefined;
      return callback(isAudioCaptureAllowed(media?.mediaTypes, media?.requestingUrl));
    }
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission, origin, details) => {
    // A check names one type and the page's origin (app://designdrill, no path).
    if (permission === 'media') return isAudioCaptureAllowed(details?.mediaType ? [details.mediaType] : undefined, origin ? `${origin}/` : undefined);
    return isPermissionAllowed(permission);
  });
}

type Hardenable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps every window on the app's own pages: no navigation away, no redirects out,
 * no new windows, no <webview>. Windows the app opens itself are created in main.
 */
export function hardenWebContents(contents: Hardenable, log: (line: string) => void = () => {}): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      log(`blocked navigation to ${url}`);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      log(`blocked redirect to ${url}`);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    log(`blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
