import { readFile } from 'node:fs/promises';
import type { Server, ServerResponse } from 'node:http';
import type { FailureCode } from '../../shared/bridge/contract';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { messageOf } from '../../shared/errors';
import { contentType, isHashedAsset } from '../services/staticFiles';

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const STATUS: Record<FailureCode, number> = { 'bad-request': 400, forbidden: 403, 'not-found': 404, damaged: 422, storage: 507, internal: 500 };

/**
 * Serialises first, then sends: once the status is out, a failure could only end the reply
 * empty, which the page would read as a success with nothing in it.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, log: (line: string) => void, channel = ''): void {
  let text: string;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    const message = `${channel || 'the'} reply could not be written: ${messageOf(error)}`;
    log(`host error: ${message}\n${(error as Error).stack ?? ''}`);
    status = 500;
    text = JSON.stringify({ ok: false, error: { code: 'internal', channel, message, issues: [] } });
  }
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function sendFailure(res: ServerResponse, code: FailureCode, channel: string, message: string, log: (line: string) => void): void {
  sendJson(res, STATUS[code], { ok: false, error: { code, channel, message, issues: [] } }, log, channel);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

/** A file of the built renderer `staticDir` (one resolveStaticFile found), with how long a browser may keep it. */
export async function sendFile(res: ServerResponse, staticDir: string, file: string, headOnly: boolean): Promise<void> {
  const data = await readFile(file);
  // Vite names what it puts in assets/ by a hash of its content, so a copy once fetched never
  // goes stale: the window need not fetch and compile 1 MB of script again on each reload.
  // Anything else (the page itself, a file named as it was written) is asked for again.
  const cache = file.endsWith('.html') ? 'no-store' : isHashedAsset(staticDir, file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentType(file), 'Content-Length': data.length, 'Cache-Control': cache });
  res.end(headOnly ? undefined : data);
}

/** A whole HTML page; `headers` add to or replace the security headers (a page with a form needs its own policy). */
export function sendPage(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

/** Ends the event streams, then the server and every connection it holds, so a closed host answers nothing. */
export function closeServer(server: Pick<Server, 'close' | 'closeAllConnections'>, streams: Iterable<ServerResponse>): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const stream of streams) stream.end();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
