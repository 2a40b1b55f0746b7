import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendJson } from './reply';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** Serves one JSON reply through `sendJson` and fetches it. */
async function serve(status: number, body: unknown, log: (line: string) => void): Promise<globalThis.Response> {
  server = createServer((_req, res) => sendJson(res, status, body, log));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', () => done()));
  return fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

describe('the JSON writer', () => {
  it('sends the body it serialised, with its status', async () => {
    const reply = await serve(201, { ok: true, value: { a: 1 } }, () => {});
    expect(reply.status).toBe(201);
    expect(await reply.json()).toEqual({ ok: true, value: { a: 1 } });
  });

  it('answers a reply that cannot be serialised with a 500 saying so, and logs it, instead of an empty 200', async () => {
    const lines: string[] = [];
    let deep: unknown = 1;
    // Deeper than any JSON writer goes.
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const reply = await serve(200, { ok: true, value: deep }, (line) => lines.push(line));
    expect(reply.status).toBe(500);
    const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toMatch(/the reply could not be written: .*call stack/i);
    expect(lines.join('\n')).toMatch(/could not be written/);
  });
});
