import { mkdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../services/services';
import { useTempDirs } from '../services/testing/tempDir';
import { startHost, type Host } from './server';
import { send, type Reply } from './testing/rawRequest';

const tempDir = useTempDirs();
let host: Host | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start(): Promise<Host> {
  const dataDir = await tempDir();
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>DesignDrill</title>');
  await mkdir(join(staticDir, 'assets'));
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'assets', 'index-B2eG8Aw-.js'), 'console.log(2)');
  await writeFile(join(dataDir, 'secret.txt'), 'private');
  const services = await createServices({ dataDir, builtinPromptsDir: await tempDir(), host: 'web', version: 'test' });
  host = await startHost({ services, staticDir });
  return host;
}

const withToken = (h: Host, extra: Record<string, string> = {}) => ({ 'x-designdrill-token': h.token, ...extra });
const call = (h: Host, channel: string, body: string, headers: Record<string, string> = withToken(h)) =>
  send(h, `/api/${channel}`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

const consoleCall = (h: Host, channel: string, body: string, headers: Record<string, string>) =>
  send(h, `/console/api/${channel}`, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with its token', async () => {
    const h = await start();
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`);
    expect(h.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call that carries the token', async () => {
    const h = await start();
    const reply = await call(h, 'settings.get', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { theme: 'system', pauseOnSleep: true, chime: true, targetLevel: 'senior', recordVoice: false } });
  });

  it('refuses a call without the token with 403', async () => {
    const h = await start();
    expect((await call(h, 'settings.get', '{}', {})).status).toBe(403);
    expect((await send(h, '/')).status).toBe(403);
    expect((await send(h, '/assets/app.js')).status).toBe(403);
  });

  it('answers a page opened without the token, or with a stale one, with a page that explains where the address is', async () => {
    const h = await start();
    for (const path of ['/', `/?token=${'x'.repeat(h.token.length)}`, '/#/session/s-1']) {
      const reply = await send(h, path);
      expect(reply.status, path).toBe(403);
      expect(reply.headers['content-type'], path).toMatch(/^text\/html/);
      expect(reply.body, path).toContain('<h1>Open DesignDrill from its address</h1>');
      expect(reply.body, path).toContain('DesignDrill is running at');
      expect(reply.headers['content-security-policy']).toMatch(/script-src 'self'/);
    }
    // The console's own page points to the candidate's link instead.
    expect((await send(h, '/console/')).body).toContain("The partner console opens from the link the candidate's window shows");
    // A bridge call is told in plain words, and says why in a header the window reads.
    const api = await call(h, 'settings.get', '{}', {});
    expect(api.headers['content-type']).toMatch(/^text\/plain/);
    expect(api.headers['x-designdrill-refused']).toBe('token');
    expect(api.body).toMatch(/lacks the launch token/);
  });

  it('refuses a wrong token with 403', async () => {
    const h = await start();
    expect((await call(h, 'settings.get', '{}', { 'x-designdrill-token': 'x'.repeat(h.token.length) })).status).toBe(403);
  });

  it('refuses a foreign Origin with 403, even with the token', async () => {
    const h = await start();
    const reply = await call(h, 'settings.update', '{"theme":"dark"}', withToken(h, { Origin: 'http://evil.example' }));
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/origin "http:\/\/evil\.example"/);
    expect(JSON.parse((await call(h, 'settings.get', '{}')).body).value.theme).toBe('system');
  });

  it('accepts its own Origin', async () => {
    const h = await start();
    expect((await call(h, 'settings.get', '{}', withToken(h, { Origin: h.origin }))).status).toBe(200);
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    const h = await start();
    const reply = await send(h, '/api/settings.get', { method: 'POST', body: '{}', headers: withToken(h, { Host: `evil.example:${h.port}` }) });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatch(/Host header/);
  });

  it('answers a malformed body with 400 naming the field', async () => {
    const h = await start();
    const reply = await call(h, 'settings.update', '{"theme":"neon"}');
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body);
    expect(body.error.message).toMatch(/^settings\.update request is invalid: field "theme"/);
    expect(body.error.issues[0].field).toBe('theme');
  });

  it('answers a body that is not JSON with 400', async () => {
    const h = await start();
    const reply = await call(h, 'settings.update', '{theme:');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/not valid JSON/);
  });

  it('answers an unknown channel with 404 and a wrong method with 405', async () => {
    const h = await start();
    expect((await call(h, 'fs.writeFile', '{}')).status).toBe(404);
    expect((await send(h, '/api/settings.get', { headers: withToken(h) })).status).toBe(405);
  });

  it('trades the token in the URL for a cookie that later requests use', async () => {
    const h = await start();
    const first = await send(h, `/?token=${h.token}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await send(h, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>DesignDrill</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await call(h, 'settings.get', '{}', { Cookie: cookie })).status).toBe(200);
  });

  it('serves app routes as index.html and never a file outside the build', async () => {
    const h = await start();
    expect((await send(h, '/settings', { headers: withToken(h) })).body).toContain('<title>DesignDrill</title>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/nope.js']) {
      const reply = await send(h, path, { headers: withToken(h) });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('private');
    }
  });

  it('lets the browser keep content-named assets for good, and asks again for the page and anything named otherwise', async () => {
    const h = await start();
    const header = async (path: string) => (await send(h, path, { headers: withToken(h) })).headers['cache-control'];
    expect(await header('/assets/index-B2eG8Aw-.js')).toBe('public, max-age=31536000, immutable');
    expect(await header('/assets/app.js')).toBe('no-cache');
    expect(await header('/')).toBe('no-store');
  });

  it('pushes a settings change to open event streams', async () => {
    const h = await start();
    let update: Promise<Reply> | undefined;
    const received = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: h.port, path: '/api/events', headers: { Host: `127.0.0.1:${h.port}`, ...withToken(h) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        // The test hangs up once it has what it waited for; the reset that follows is expected.
        res.on('error', () => {});
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected')) update ??= call(h, 'settings.update', '{"theme":"dark"}');
          if (text.includes('event: settings.changed')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.end();
    });
    expect(await received).toMatch(/event: settings\.changed\ndata: \{"theme":"dark","pauseOnSleep":true,"chime":true,"targetLevel":"senior","recordVoice":false\}/);
    expect((await update)?.status).toBe(200);
  });

  it('refuses an event stream without the token', async () => {
    const h = await start();
    expect((await send(h, '/api/events')).status).toBe(403);
  });
  it('gives the interviewer their own token, traded for their own cookie at /console/', async () => {
    const h = await start();
    expect(h.interviewerToken).not.toBe(h.token);
    expect(h.consoleUrl('s-20260101-101010-abcd')).toBe(`${h.origin}/console/?token=${h.interviewerToken}#/console/s-20260101-101010-abcd`);
    const first = await send(h, `/console/?token=${h.interviewerToken}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/console/');
    expect(String(first.headers['set-cookie'])).toMatch(new RegExp(`^designdrill_interviewer_${h.port}=${h.interviewerToken}; Path=/; HttpOnly; SameSite=Strict`));
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    expect((await send(h, '/console/', { headers: { Cookie: cookie } })).body).toContain('<title>DesignDrill</title>');
    expect((await send(h, '/assets/app.js', { headers: { Cookie: cookie } })).status).toBe(200);
    expect((await consoleCall(h, 'settings.get', '{}', { Cookie: cookie })).status).toBe(200);
    // The interviewer's token is not the candidate's: the candidate's bridge refuses it.
    expect((await call(h, 'settings.get', '{}', { Cookie: cookie })).status).toBe(403);
  });

  it("refuses the candidate's token on the interviewer's bridge with 403, and console channels on their own with forbidden", async () => {
    const h = await start();
    for (const channel of ['console.open', 'console.act']) {
      const reply = await consoleCall(h, channel, '{"id":"s-20260101-101010-abcd"}', withToken(h));
      expect(reply.status, channel).toBe(403);
      expect(reply.body).toMatch(/partner console's token/);
      const own = await call(h, channel, '{"id":"s-20260101-101010-abcd"}');
      expect(own.status, channel).toBe(403);
      expect(JSON.parse(own.body).error).toMatchObject({ code: 'forbidden', channel });
    }
    expect((await send(h, '/console/api/events', { headers: withToken(h) })).status).toBe(403);
  });

  it("lets the interviewer's token call console channels, and refuses it the candidate's own", async () => {
    const h = await start();
    const asInterviewer = { 'x-designdrill-token': h.interviewerToken };
    const reply = await consoleCall(h, 'console.open', '{"id":"s-20260101-101010-abcd"}', asInterviewer);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'not-found' });
    const create = await consoleCall(h, 'session.create', '{"promptId":"x","planId":"eight-steps"}', asInterviewer);
    expect(create.status).toBe(403);
    expect(JSON.parse(create.body).error).toMatchObject({ code: 'forbidden', channel: 'session.create' });
  });

  it('refuses a canvas element or library item nested past the depth limit with 400 naming the field, and stays up', async () => {
    const h = await start();
    // Loose objects keep unknown fields (a newer Excalidraw's): about 4,100 levels of customData once came back as an empty 200.
    const deep = '{"a":'.repeat(4_100) + '1' + '}'.repeat(4_100);
    const element = `{"id":"e1","type":"rectangle","version":1,"versionNonce":1,"isDeleted":false,"customData":${deep}}`;
    const save = await call(h, 'library.save', `{"items":[{"id":"i1","status":"unpublished","created":1,"elements":[${element}]}]}`);
    expect(save.status).toBe(400);
    expect(JSON.parse(save.body).error.message).toMatch(/field "items\.0\.elements\.0\.customData": nested more than \d+ levels deep/);
    const listed = await call(h, 'library.list', '{}');
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toEqual({ ok: true, value: { items: [] } });

    const append = await call(h, 'session.append', `{"id":"s-20260101-101010-abcd","command":{"type":"canvas","delta":{"added":[${element}]}}}`);
    expect(append.status).toBe(400);
    expect(JSON.parse(append.body).error.message).toMatch(/field "command\.delta\.added\.0\.customData": nested more than \d+ levels deep/);
  });

  it('refuses prompt files that together pass 48 MiB, as the window does', async () => {
    const h = await start();
    // 97 files of 512 Ki characters: each within its own limit, 48.5 MiB together, under the 64 MiB body limit.
    const text = 'x'.repeat(512 * 1024);
    const files = Array.from({ length: 97 }, (_, i) => ({ name: `p${i}.md`, text }));
    const reply = await call(h, 'prompt.import', JSON.stringify({ files }));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/field "files": the files together pass 48 MiB; import the rest separately/);
  });

  it('takes a canvas batch carrying a large pasted image, and refuses a body past 64 MiB saying why', async () => {
    const h = await start();
    // An image of nearly 8 MB as a data: URL, the most the log keeps for one file.
    const dataURL = `data:image/png;base64,${'A'.repeat(7_900_000)}`;
    const delta = { added: [], changed: [], deleted: [], files: [{ id: 'f1', mimeType: 'image/png', dataURL, created: 1 }] };
    const big = await call(h, 'session.append', JSON.stringify({ id: 's-20260101-101010-abcd', command: { type: 'canvas', delta } }));
    // Read and checked (no such session here), not refused for its size.
    expect(big.body).not.toContain('larger than');
    expect(JSON.parse(big.body).error.code).toBe('not-found');

    const huge = await call(h, 'settings.update', `{"theme":"${'x'.repeat(65 * 1024 * 1024)}"}`);
    expect(huge.status).toBe(400);
    expect(JSON.parse(huge.body).error.message).toMatch(/settings\.update request is larger than 64 MiB/);
  });
});
