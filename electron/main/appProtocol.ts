/** The renderer is served from this privileged scheme, never from file:// or a remote origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'designdrill';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Pages of our own renderer; anything else is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
