import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isEventName } from '../../shared/bridge/contract';
import { dispatch } from '../../shared/bridge/dispatch';
import { mayReceive, type Role } from '../../shared/bridge/roles';
import type { Services } from '../services/services';
import { resolveStaticFile } from '../services/staticFiles';
import { checkRequest, REFUSAL_HEADER, tokenCookieName, type RoleToken } from './httpGuard';
import { readBody } from './body';
import { refusedPage } from './refusedPage';
import { closeServer, SECURITY_HEADERS, sendFailure as sendFailureWith, sendFile, sendJson as sendJsonWith, sendPage, sendText, STATUS } from './reply';
import { messageOf } from '../../shared/errors';

export type HostOptions = {
  services: Services;
  /** The built renderer. */
  staticDir: string;
  /** 0 or absent picks a free port. */
  port?: number;
  /** The candidate's token; random per launch unless given. */
  token?: string;
  /** The interviewer's token, for the console page; random per launch unless given. */
  interviewerToken?: string;
  log?: (line: string) => void;
};

export type Host = {
  url: string;
  origin: string;
  port: number;
  token: string;
  interviewerToken: string;
  /** The console of session `id`, with the interviewer's token for the browser to trade for a cookie. */
  consoleUrl(id: string): string;
  close(): Promise<void>;
};

/**
 * Bodies above this are refused. Large enough for a canvas batch carrying pasted images
 * (each kept up to 8 MB as a data: URL, see shared/canvas/element.ts) and for an exported
 * diagram; small enough that a runaway page cannot exhaust the host's memory.
 */
const MAX_BODY_MIB = 64;
const MAX_BODY = MAX_BODY_MIB * 1024 * 1024;
const API_PREFIX = '/api/';
/** The interviewer's page and bridge: the same app, its own token. */
const CONSOLE_PREFIX = '/console/';
const CONSOLE_API_PREFIX = '/console/api/';

/**
 * Serves the renderer and the bridge contract on 127.0.0.1 only: POST /api/<channel>
 * for requests and GET /api/events (server-sent events) for pushes, as the candidate;
 * the same under /console/api/ as the interviewer, with the interviewer's own token.
 * Which role calls is decided here by the token, never by the page (docs/decisions/0005).
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const interviewerToken = options.interviewerToken ?? randomBytes(24).toString('base64url');
  const candidate: RoleToken = { role: 'candidate', token };
  const interviewer: RoleToken = { role: 'interviewer', token: interviewerToken };
  const log = options.log ?? (() => {});
  const openStreams = new Set<ServerResponse>();
  let port = 0;
  const sendJson = (res: ServerResponse, status: number, body: unknown, channel = '') => sendJsonWith(res, status, body, log, channel);
  const sendFailure = (res: ServerResponse, code: Parameters<typeof sendFailureWith>[1], channel: string, message: string) =>
    sendFailureWith(res, code, channel, message, log);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`host error: ${(error as Error).stack ?? String(error)}`);
      const message = `the host failed: ${messageOf(error) ?? String(error)}`;
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', channel: '', message, issues: [] } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const apiPrefix = url.pathname.startsWith(CONSOLE_API_PREFIX) ? CONSOLE_API_PREFIX : url.pathname.startsWith(API_PREFIX) ? API_PREFIX : undefined;
    // Each bridge takes its own role's token only; the page files take either.
    const accepted = apiPrefix === CONSOLE_API_PREFIX ? [interviewer] : apiPrefix === API_PREFIX ? [candidate] : [candidate, interviewer];
    const verdict = checkRequest(req, url, port, accepted);
    if (!verdict.ok) {
      // The page's bridge reads why (a stale token means another launch of the host is here).
      res.setHeader(REFUSAL_HEADER, verdict.refusal);
      if (apiPrefix === undefined && verdict.refusal === 'token' && req.method === 'GET') return sendPage(res, 403, refusedPage(url.pathname.startsWith(CONSOLE_PREFIX) ? 'interviewer' : 'candidate'));
      return sendText(res, 403, verdict.reason);
    }
    if (verdict.tokenFromQuery) {
      // Trade the token in the address bar for a cookie, so it stays out of history and reloads work.
      url.searchParams.delete('token');
      const given = verdict.role === 'candidate' ? token : interviewerToken;
      res.setHeader('Set-Cookie', `${tokenCookieName(port, verdict.role)}=${given}; Path=/; HttpOnly; SameSite=Strict`);
      res.setHeader('Location', url.pathname + url.search + url.hash);
      return sendText(res, 303, 'signed in');
    }
    if (apiPrefix !== undefined) {
      const rest = url.pathname.slice(apiPrefix.length);
      if (rest === 'events') {
        if (req.method !== 'GET') return sendText(res, 405, 'use GET for events');
        return openEventStream(res, verdict.role);
      }
      if (req.method !== 'POST') return sendText(res, 405, 'use POST for bridge calls');
      return call(req, res, rest, verdict.role);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
    return serveStatic(res, url.pathname, req.method === 'HEAD');
  }

  async function call(req: IncomingMessage, res: ServerResponse, channel: string, role: Role): Promise<void> {
    const body = await readBody(req, MAX_BODY);
    if (body === undefined) return sendFailure(
        res,
        'bad-request',
        channel,
        `${channel} request is larger than ${MAX_BODY_MIB} MiB; a pasted image may be too big: use a smaller one`,
      );
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      return sendFailure(res, 'bad-request', channel, `${channel} request is not valid JSON: ${messageOf(error)}`);
    }
    const envelope = await dispatch(options.services.handlers, channel, payload, { role }, (error) =>
      log(`${channel} failed: ${(error as Error).stack ?? String(error)}`),
    );
    sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope, channel);
  }

  function openEventStream(res: ServerResponse, role: Role): void {
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    openStreams.add(res);
    const unsubscribe = options.services.events.subscribe((event, payload) => {
      if (!isEventName(event) || !mayReceive(role, event)) return;
      let data: string;
      try {
        data = JSON.stringify(payload);
      } catch (error) {
        // One push that cannot be written is left out (the window reads the state again on a gap); the stream stays.
        log(`host error: the ${event} push could not be written: ${(error as Error).stack ?? String(error)}`);
        return;
      }
      res.write(`event: ${event}\ndata: ${data}\n\n`);
    });
    // A comment now and then keeps idle connections from being dropped by the browser.
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
      openStreams.delete(res);
    });
  }

  async function serveStatic(res: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const file = await resolveStaticFile(options.staticDir, pathname);
    if (!file) return sendText(res, 404, `not found: ${pathname}`);
    return sendFile(res, options.staticDir, file, headOnly);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    interviewerToken,
    consoleUrl: (id) => `${origin}${CONSOLE_PREFIX}?token=${interviewerToken}#/console/${encodeURIComponent(id)}`,
    close: () => closeServer(server, openStreams),
  };
}
