import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-designdrill-token';

export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two hosts on one machine must not share a name.
  return `designdrill_token_${port}`;
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export type Verdict = { ok: true; tokenFromQuery: boolean } | { ok: false; reason: string };

/**
 * Decides whether a request may reach the host at all. The Host check defeats DNS
 * rebinding, the Origin check defeats other pages on this machine, and the per-launch
 * token (header, cookie, or once in the URL) proves the caller was given the URL.
 */
export function checkRequest(req: IncomingMessage, url: URL, port: number, token: string): Verdict {
  const host = req.headers.host;
  if (!host || !allowedHosts(port).includes(host)) {
    return { ok: false, reason: `refused: Host header "${host ?? ''}" is not this app's address` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) {
    return { ok: false, reason: `refused: requests from origin "${origin}" are not allowed` };
  }
  const header = req.headers[TOKEN_HEADER];
  if (sameToken(typeof header === 'string' ? header : undefined, token)) return { ok: true, tokenFromQuery: false };
  if (sameToken(cookie(req, tokenCookieName(port)), token)) return { ok: true, tokenFromQuery: false };
  if (req.method === 'GET' && sameToken(url.searchParams.get('token') ?? undefined, token)) {
    return { ok: true, tokenFromQuery: true };
  }
  return { ok: false, reason: 'refused: this request lacks the launch token; open the URL the app printed when it started' };
}
