import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';

type Requester = (options: RequestOptions & { rejectUnauthorized?: boolean }, onResponse: (res: IncomingMessage) => void) => ClientRequest;

export type Stream = { text: () => string; connected: Promise<void>; cut: () => void };

/**
 * An open event stream on 127.0.0.1 and everything it has carried so far, over HTTP or HTTPS
 * (`request` from node:http or node:https); `cut()` drops it as a network would.
 */
export function listenStream(request: Requester, port: number, path: string, headers: Record<string, string>): Stream {
  let text = '';
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  // A self-signed certificate is checked by its fingerprint elsewhere, not against an authority.
  const req = request({ host: '127.0.0.1', port, path, rejectUnauthorized: false, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
    res.setEncoding('utf8');
    res.on('error', () => {});
    res.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes(': connected')) connected();
    });
  });
  req.on('error', () => {});
  req.end();
  return { text: () => text, connected: ready, cut: () => req.destroy() };
}
