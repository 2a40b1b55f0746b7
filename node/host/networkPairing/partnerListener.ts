import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isEventName, type ChannelName, type FailureCode } from '../../../shared/bridge/contract';
import { dispatch } from '../../../shared/bridge/dispatch';
import { mayReceive } from '../../../shared/bridge/roles';
import { defaultSettings } from '../../../shared/schemas/settings';
import type { RefusedClaim } from '../../../shared/pairing/invite';
import { messageOf } from '../../../shared/errors';
import type { Services } from '../../services/services';
import { resolveStaticFile } from '../../services/staticFiles';
import { readBody } from '../body';
import { sameToken } from '../httpGuard';
import { closeServer, SECURITY_HEADERS, sendFile, sendJson, sendPage, sendText, STATUS } from '../reply';
import { allowedHost } from './addresses';
import type { Credentials } from './certificate';
import { claimPage, PAGE_CSP, refusedClaimPage } from './pages';
import { createRateLimit } from './rateLimit';

/**
 * What the partner's console may call on this port. Each is an interviewer channel of the local
 * console (roles.ts still decides), and each that names a session must name this one. The rest of
 * the app (the session list, prompts, settings, exports, the candidate's voice) is not here at all.
 */
const PARTNER_CHANNELS = new Set<ChannelName>(['app.info', 'settings.get', 'session.open', 'session.events', 'console.open', 'console.act', 'session.report', 'session.estimateReview']);

/** A console's calls are notes, answers and scores: small. Anything bigger is not the console. */
export const PARTNER_MAX_BODY = 256 * 1024;
const CLAIM_MAX_BODY = 1024;
/** The built renderer's folders the console's page loads from. */
const STATIC_PREFIXES = ['/assets/', '/excalidraw/'];
/** A partner whose stream has this much unsent is dropped; their page reconnects and reads the state again. */
const STREAM_BACKLOG_MAX = 1024 * 1024;

export type PartnerListenerOptions = {
  sessionId: string;
  /** A literal address of this machine, or `all`. */
  address: string;
  /** Every address a Host header may name: the one listened on, or each interface's for `all`. */
  hostAddresses: readonly string[];
  port?: number;
  staticDir: string;
  services: Pick<Services, 'handlers' | 'events'>;
  credentials: Credentials;
  code: string;
  onJoined(from: string): void;
  onRefused(claim: RefusedClaim): void;
  /** Tries of the code per address per minute. */
  claimsPerMinute?: number;
  now?: () => number;
  log?: (line: string) => void;
};

export type PartnerListener = { port: number; close(): Promise<void> };

/** The cookie naming the partner's browser: one per listener, so an old one never opens a new invite. */
export function partnerCookieName(port: number): string {
  return `designdrill_partner_${port}`;
}

/**
 * The partner's side of a network invite (docs/decisions/0013-network-pairing.md): an HTTPS
 * server of its own, on the address the candidate chose, serving one session's console and its
 * bridge as the interviewer, and nothing else. The code is traded once for a cookie; every later
 * request needs that cookie. It never serves the candidate's bridge (`/api/`), whatever the token.
 */
export async function startPartnerListener(options: PartnerListenerOptions): Promise<PartnerListener> {
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  const claims = createRateLimit(options.claimsPerMinute ?? 10, 60_000, now);
  // And for all addresses together, so a guesser with many addresses (IPv6 gives plenty) gets little more.
  const allClaims = createRateLimit(3 * (options.claimsPerMinute ?? 10), 60_000, now);
  let partnerToken: string | undefined;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer({ key: options.credentials.key, cert: options.credentials.cert, minVersion: 'TLSv1.2' }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`partner listener error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) sendText(res, 500, `the host failed: ${messageOf(error)}`);
      else res.end();
    });
  });
  // A slow or silent partner must not hold sockets open for ever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (!allowedHost(host, port, options.hostAddresses)) return sendText(res, 403, `refused: Host header "${host ?? ''}" is not this invite's address`);
    const origin = req.headers.origin;
    // A POST must say where it comes from: this listener's own pages, never another site's.
    if (origin !== undefined ? origin !== `https://${host}` : req.method === 'POST') {
      return sendText(res, 403, `refused: requests from origin "${origin ?? 'none'}" are not allowed`);
    }
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (url.pathname === '/pair') return pair(req, res, url);
    if (!signedIn(req)) {
      if (req.method === 'GET' && !url.pathname.startsWith('/console/api/')) return sendPage(res, 403, refusedClaimPage('signed-out'), PAGE_HEADERS);
      return sendText(res, 403, 'refused: open the invite link your partner sent and join with its code');
    }
    if (url.pathname.startsWith('/console/api/')) {
      const channel = url.pathname.slice('/console/api/'.length);
      if (channel === 'events') return req.method === 'GET' ? openStream(res) : sendText(res, 405, 'use GET for events');
      if (req.method !== 'POST') return sendText(res, 405, 'use POST for bridge calls');
      return call(req, res, channel);
    }
    // The console's page lives under /console/; its scripts and styles under /assets/, the canvas's fonts under
    // /excalidraw/. Nothing else of the app is served (the candidate's voice detector in /vad/ is not the console's).
    const isPage = url.pathname === '/console/' || (url.pathname.startsWith('/console/') && !url.pathname.slice(1).includes('.'));
    if (!isPage && !STATIC_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) return sendText(res, 404, `not found: ${url.pathname} (this address serves the interviewer's console only)`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    const file = await resolveStaticFile(options.staticDir, isPage ? '/console/' : url.pathname);
    if (!file) return sendText(res, 404, `not found: ${url.pathname}`);
    return sendFile(res, options.staticDir, file, req.method === 'HEAD');
  }

  function signedIn(req: IncomingMessage): boolean {
    if (partnerToken === undefined) return false;
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === partnerCookieName(port) && sameToken(rest.join('='), partnerToken)) return true;
    }
    return false;
  }

  async function pair(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method === 'GET') return sendPage(res, 200, claimPage(url.searchParams.get('code') ?? ''), PAGE_HEADERS);
    if (req.method !== 'POST') return sendText(res, 405, 'use the form to join');
    const from = req.socket.remoteAddress ?? 'unknown';
    const refuse = (status: number, why: RefusedClaim['why']) => {
      options.onRefused({ at: now(), from, why });
      return sendPage(res, status, refusedClaimPage(why), PAGE_HEADERS);
    };
    const mine = claims.take(from);
    const allowed = mine.ok ? allClaims.take('*') : mine;
    if (!allowed.ok) {
      res.setHeader('Retry-After', String(Math.ceil(allowed.retryAfterMs / 1000)));
      return refuse(429, 'too-many');
    }
    const body = await readBody(req, CLAIM_MAX_BODY);
    if (body === undefined) return sendText(res, 413, `refused: the form is larger than ${CLAIM_MAX_BODY} bytes`);
    const given = new URLSearchParams(body).get('code')?.trim().toUpperCase() ?? '';
    // Once used, the code opens nothing, even typed right: a second browser is told and the candidate sees it.
    if (partnerToken !== undefined) return refuse(403, 'used');
    if (!sameToken(given, options.code)) return refuse(403, 'wrong-code');
    partnerToken = randomBytes(32).toString('base64url');
    options.onJoined(from);
    res.setHeader('Set-Cookie', `${partnerCookieName(port)}=${partnerToken}; Path=/; HttpOnly; Secure; SameSite=Strict`);
    res.setHeader('Location', `/console/#/console/${encodeURIComponent(options.sessionId)}`);
    return sendText(res, 303, 'joined');
  }

  async function call(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const body = await readBody(req, PARTNER_MAX_BODY);
    const fail = (status: number, code: FailureCode, message: string) =>
      sendJson(res, status, { ok: false, error: { code, channel, message, issues: [] } }, log, channel);
    if (body === undefined) return fail(413, 'bad-request', `${channel} request is larger than ${PARTNER_MAX_BODY / 1024} KiB`);
    if (!PARTNER_CHANNELS.has(channel as ChannelName)) return fail(403, 'forbidden', `${channel} refused: the partner's console may not use it`);
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      return fail(400, 'bad-request', `${channel} request is not valid JSON: ${messageOf(error)}`);
    }
    const id = typeof payload === 'object' && payload !== null ? (payload as { id?: unknown }).id : undefined;
    if (id !== undefined && id !== options.sessionId) return fail(403, 'forbidden', `${channel} refused: this invite opens session ${options.sessionId} only`);
    // Where the candidate keeps their files and how their window is set up are theirs: the partner's page gets neutral answers.
    if (channel === 'app.info') {
      const info = await options.services.handlers['app.info']({}, { role: 'interviewer' });
      return sendJson(res, 200, { ok: true, value: { version: info.version, host: 'web', dataDir: '', notices: [] } }, log, channel);
    }
    if (channel === 'settings.get') return sendJson(res, 200, { ok: true, value: defaultSettings }, log, channel);
    const envelope = await dispatch(options.services.handlers, channel, payload, { role: 'interviewer' }, (error) => log(`${channel} failed (partner): ${(error as Error).stack ?? String(error)}`));
    sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope, log, channel);
  }

  function openStream(res: ServerResponse): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    const unsubscribe = options.services.events.subscribe((event, payload) => {
      // This session's pushes only, and none about the candidate's own window (settings).
      if (!isEventName(event) || !mayReceive('interviewer', event) || event === 'settings.changed') return;
      if ((payload as { id?: unknown }).id !== options.sessionId) return;
      // The candidate's session never waits for a partner: a backlog this large means they are gone or stalled.
      if (res.writableLength > STREAM_BACKLOG_MAX) {
        log(`partner of session ${options.sessionId} is not reading its stream; dropped it (their page reconnects)`);
        res.destroy();
        return;
      }
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    });
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      streams.delete(res);
    });
  }

  const listen = (address: string) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, address, () => {
        server.off('error', reject);
        resolve();
      });
    });
  if (options.address !== 'all') await listen(options.address);
  else {
    // Every interface: IPv6's wildcard takes IPv4 too where the system allows it; a machine without IPv6 gets IPv4's.
    await listen('::').catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EAFNOSUPPORT' && error.code !== 'EADDRNOTAVAIL') throw error;
      return listen('0.0.0.0');
    });
  }
  port = (server.address() as AddressInfo).port;

  return {
    port,
    close: () => closeServer(server, streams),
  };
}

/** The claim form's POST must carry its origin, which a browser sends as "null" under no-referrer; no other site is told anything. */
const PAGE_HEADERS = { 'Content-Security-Policy': PAGE_CSP, 'Referrer-Policy': 'same-origin' };
