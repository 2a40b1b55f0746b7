import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { listenStream, type Stream } from '../testing/eventStream';

export type HttpsReply = { status: number; headers: Record<string, string | string[] | undefined>; body: string; fingerprint: string };

/**
 * A raw HTTPS request to 127.0.0.1, so a test sets every header itself (Host, Origin, Cookie).
 * The certificate is self-signed, so it is not checked against an authority: the test compares
 * its fingerprint with the one the invite shows, as the partner would.
 */
export function sendHttps(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpsReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', rejectUnauthorized: false, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        let body = '';
        const fingerprint = (res.socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, fingerprint }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An open event stream over HTTPS and everything it has carried so far; `cut()` drops it as a network would. */
export function listenHttps(port: number, path: string, headers: Record<string, string>): Stream {
  return listenStream(request, port, path, headers);
}
