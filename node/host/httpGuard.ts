import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Role } from '../../shared/bridge/roles';

const TOKEN_HEADER = 'x-designdrill-token';
/** On a refusal: its `Refusal`, for the page's bridge to tell a stale token from the rest. */
export const REFUSAL_HEADER = 'x-designdrill-refused';

export function tokenCookieName(port: number, role: Role = 'candidate'): string {
  // Cookies ignore ports, so two hosts on one machine must not share a name; and both
  // pages of a pairing may live in one browser, so each role has its own.
  return role === 'candidate' ? `designdrill_token_${port}` : `designdrill_interviewer_${port}`;
}

/** A role's per-launch token: the browser host hands one to each page. */
export type RoleToken = { role: Role; token: string };

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

/** Why a request was refused: `token` is the one a page can mend (open the address the host printed). */
export type Refusal = 'host' | 'origin' | 'token';

export type Verdict = { ok: true; role: Role; tokenFromQuery: boolean } | { ok: false; reason: string; refusal: Refusal };

/**
 * Decides whether a request may reach the host at all, and as whom. The Host check defeats
 * DNS rebinding, the Origin check defeats other pages on this machine, and a per-launch
 * token (header, cookie, or once in the URL) proves the caller was given the URL. `accepted`
 * are the tokens this path takes, in order: the bridge of one role takes only that role's,
 * so a candidate's page holding both cookies still calls as the candidate.
 */
export function checkRequest(req: IncomingMessage, url: URL, port: number, accepted: readonly RoleToken[]): Verdict {
  const host = req.headers.host;
  if (!host || !allowedHosts(port).includes(host)) {
    return { ok: false, refusal: 'host', reason: `refused: Host header "${host ?? ''}" is not this app's address` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) {
    return { ok: false, refusal: 'origin', reason: `refused: requests from origin "${origin}" are not allowed` };
  }
  const header = req.headers[TOKEN_HEADER];
  // A token in the URL wins over a cookie already held: it is the one to trade for a cookie.
  const fromQuery = req.method === 'GET' ? (url.searchParams.get('token') ?? undefined) : undefined;
  for (const { role, token } of accepted) if (sameToken(fromQuery, token)) return { ok: true, role, tokenFromQuery: true };
  for (const { role, token } of accepted) {
    if (sameToken(typeof header === 'string' ? header : undefined, token)) return { ok: true, role, tokenFromQuery: false };
    if (sameToken(cookie(req, tokenCookieName(port, role)), token)) return { ok: true, role, tokenFromQuery: false };
  }
  if (accepted.every((a) => a.role === 'interviewer')) {
    return { ok: false, refusal: 'token', reason: "refused: this request lacks the partner console's token; open the console link the candidate's window shows" };
  }
  return { ok: false, refusal: 'token', reason: 'refused: this request lacks the launch token; open the URL the app printed when it started' };
}
