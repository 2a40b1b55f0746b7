import { request as httpRequest } from 'node:http';
import type { Host } from '../server';

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw request, so the test controls every header (fetch would set Origin and Host itself). */
export function send(h: Host, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: h.port, path, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${h.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
