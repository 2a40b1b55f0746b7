import { request } from 'node:https';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Invite } from '../../../shared/pairing/invite';
import { createServices, type Services } from '../../services/services';
import { pairedPromptFile } from '../../services/testing/pairedPrompt';
import { useTempDirs } from '../../services/testing/tempDir';
import { createNetworkInvites, type NetworkInvites } from './invites';
import { PARTNER_MAX_BODY } from './partnerListener';
import { listenHttps, sendHttps } from './testing';

/**
 * The partner's listener over real HTTPS on 127.0.0.1 (the only address tests may use): the code
 * works once, the cookie opens one session's console and nothing else, and the listener closes.
 */
const HIDDEN_ANSWER = 'ZEBRA-ANSWER-41731';
const HIDDEN_CURVEBALL = 'OTTER-CURVEBALL-90210';
const PAGE = '<!doctype html><title>DesignDrill console</title>';

const tempDir = useTempDirs();
let services: Services | undefined;
let invites: NetworkInvites | undefined;
afterEach(async () => {
  await invites?.closeAll();
  await services?.close();
  services = undefined;
  invites = undefined;
});

type Waiting = Invite & { status: 'waiting' | 'joined' };

async function setUp(options: { unusedMs?: number; claimsPerMinute?: number } = {}) {
  const staticDir = await tempDir();
  await writeFile(join(staticDir, 'index.html'), PAGE);
  invites = createNetworkInvites({ staticDir, ...options });
  services = await createServices({ dataDir: await tempDir(), builtinPromptsDir: await tempDir(), host: 'web', version: 'test', invites: invites.control });
  invites.attach(services);
  const s = services;
  const pushed: Invite[] = [];
  s.events.subscribe((event, payload) => {
    if (event === 'pairing.inviteChanged') pushed.push((payload as { invite: Invite }).invite);
  });
  const file = pairedPromptFile({ answers: [HIDDEN_ANSWER, 'Keep them ninety days.'], curveballs: [HIDDEN_CURVEBALL, 'Traffic triples.'] });
  await s.handlers['prompt.import']({ files: [file] });
  const make = async (mode: 'paired' | 'solo') => (await s.handlers['session.create']({ promptId: 'paired-test', planId: 'eight-steps', mode, level: 'senior' })).id;
  const id = await make('paired');
  await s.handlers['session.append']({ id, command: { type: 'start' } });
  return { s, id, make, pushed };
}

async function invite(s: Services, id: string): Promise<Waiting> {
  const made = await s.handlers['pairing.invite']({ id, address: '127.0.0.1' });
  if (made.status !== 'waiting') throw new Error(`the invite is ${made.status}`);
  return made;
}

function origin(port: number) {
  return { Origin: `https://127.0.0.1:${port}` };
}

async function claim(port: number, code: string) {
  return sendHttps(port, '/pair', { method: 'POST', headers: { ...origin(port), 'Content-Type': 'application/x-www-form-urlencoded' }, body: `code=${encodeURIComponent(code)}` });
}

function cookieOf(reply: { headers: Record<string, string | string[] | undefined> }): string {
  const set = [reply.headers['set-cookie'] ?? []].flat();
  return set[0]!.split(';')[0]!;
}

async function asPartner(port: number, cookie: string, channel: string, body: unknown) {
  const reply = await sendHttps(port, `/console/api/${channel}`, { method: 'POST', headers: { ...origin(port), Cookie: cookie, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: reply.status, body: reply.body, json: () => JSON.parse(reply.body) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } } };
}

function refusedConnection(port: number): Promise<string> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/pair', rejectUnauthorized: false }, () => resolve('answered'));
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end();
  });
}

describe('inviting a partner over the network', () => {
  it('is off until asked, and then serves a one-time code over HTTPS with the certificate the invite names', async () => {
    const { s, id, pushed } = await setUp();
    expect(await s.handlers['pairing.inviteStatus']({ id })).toEqual({ status: 'off' });
    const addresses = (await s.handlers['pairing.addresses']({})).addresses;
    expect(addresses.map((a) => a.address)).toEqual(expect.arrayContaining(['127.0.0.1', 'all']));

    const made = await invite(s, id);
    expect(made.url).toBe(`https://127.0.0.1:${made.port}/pair?code=${made.code}`);
    expect(made.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(made.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(pushed.at(-1)).toMatchObject({ status: 'waiting', port: made.port });
    // Asking again while it is open hands back the same invite, not a second listener.
    expect(await s.handlers['pairing.invite']({ id, address: '127.0.0.1' })).toEqual(made);

    // Opening the link shows a form; it spends nothing (a link preview fetches it too).
    const page = await sendHttps(made.port, `/pair?code=${made.code}`);
    expect(page.status).toBe(200);
    expect(page.fingerprint).toBe(made.fingerprint);
    expect(page.body).toContain(`value="${made.code}"`);
    expect(page.headers['content-security-policy']).toContain("form-action 'self'");

    const wrong = await claim(made.port, 'AAAAAAAA');
    expect(wrong.status).toBe(403);
    expect(await s.handlers['pairing.inviteStatus']({ id })).toMatchObject({ status: 'waiting', refused: [{ why: 'wrong-code', from: '127.0.0.1' }] });

    const joined = await claim(made.port, made.code.toLowerCase());
    expect(joined.status).toBe(303);
    expect(joined.headers.location).toBe(`/console/#/console/${id}`);
    const setCookie = String(joined.headers['set-cookie']);
    expect(setCookie).toMatch(new RegExp(`^designdrill_partner_${made.port}=[A-Za-z0-9_-]{43};`));
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/']) expect(setCookie).toContain(flag);
    expect(await s.handlers['pairing.inviteStatus']({ id })).toMatchObject({ status: 'joined', partner: '127.0.0.1' });

    // The code is spent: a second browser with the right code is refused, and the candidate is told.
    const second = await claim(made.port, made.code);
    expect(second.status).toBe(403);
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(second.body).toContain('already been used');
    expect(pushed.at(-1)).toMatchObject({ status: 'joined', refused: [{ why: 'wrong-code' }, { why: 'used' }] });

    // The cookie opens this session's console, hidden facts and all.
    const cookie = cookieOf(joined);
    const opened = await asPartner(made.port, cookie, 'console.open', { id });
    expect(opened.status).toBe(200);
    expect(opened.body).toContain(HIDDEN_ANSWER);
    expect((await asPartner(made.port, cookie, 'console.act', { id, command: { type: 'hint', kind: 'hint', text: 'Think about reads.' } })).json().ok).toBe(true);
    const console = await sendHttps(made.port, '/console/', { headers: { Cookie: cookie } });
    expect(console.body).toBe(PAGE);
    // What the candidate's window was told of the invite holds none of the console's hidden facts.
    expect(JSON.stringify(pushed)).not.toContain(HIDDEN_ANSWER);
    expect(JSON.stringify(pushed)).not.toContain(HIDDEN_CURVEBALL);
  });

  it('opens one session and the console alone: other sessions, the candidate’s channels and the app’s other routes are refused', async () => {
    const { s, id, make } = await setUp();
    const made = await invite(s, id);
    const cookie = cookieOf(await claim(made.port, made.code));
    const other = await make('paired');

    expect(await asPartner(made.port, cookie, 'console.open', { id: other })).toMatchObject({ status: 403 });
    expect((await asPartner(made.port, cookie, 'console.open', { id: other })).json().error).toMatchObject({ code: 'forbidden', message: expect.stringContaining(id) });
    for (const channel of ['session.list', 'prompt.list', 'pairing.invite', 'pairing.inviteStop', 'session.append', 'audio.list', 'session.exportBundle', 'settings.update', 'trash.list']) {
      const reply = await asPartner(made.port, cookie, channel, { id });
      expect(reply.status, channel).toBe(403);
      expect(reply.json().error?.code, channel).toBe('forbidden');
    }
    // Where the candidate keeps their files is theirs.
    const info = (await asPartner(made.port, cookie, 'app.info', {})).json().value!;
    expect(info.dataDir).toBe('');
    for (const path of ['/api/session.list', '/api/events', '/', '/sessions/', '/vad/silero_vad_legacy.onnx', `/${id}/events.jsonl`, '/console/../index.html']) {
      const method = path.startsWith('/api/session') ? 'POST' : 'GET';
      const reply = await sendHttps(made.port, path, { method, headers: { ...origin(made.port), Cookie: cookie } });
      expect(reply.status, path).toBe(404);
    }
    // Without the cookie nothing but the claim form answers.
    expect((await asPartner(made.port, 'designdrill_partner_1=nope', 'console.open', { id })).status).toBe(403);
    expect((await sendHttps(made.port, '/console/')).status).toBe(403);
  });

  it('refuses a wrong Host or Origin, a POST without an Origin, a body past the cap, and a guesser past the rate limit', async () => {
    const { s, id, pushed } = await setUp({ claimsPerMinute: 3 });
    const made = await invite(s, id);
    const form = { 'Content-Type': 'application/x-www-form-urlencoded' };
    // DNS rebinding: some site's name pointed at this address.
    expect((await sendHttps(made.port, '/pair', { headers: { Host: `evil.example:${made.port}` } })).status).toBe(403);
    expect((await sendHttps(made.port, '/pair', { method: 'POST', headers: { ...form, Origin: 'https://evil.example' }, body: `code=${made.code}` })).status).toBe(403);
    expect((await sendHttps(made.port, '/pair', { method: 'POST', headers: form, body: `code=${made.code}` })).status).toBe(403);
    // None of those spent the code or counted as a try.
    expect(await s.handlers['pairing.inviteStatus']({ id })).toMatchObject({ status: 'waiting', refused: [] });

    expect((await sendHttps(made.port, '/pair', { method: 'POST', headers: { ...form, ...origin(made.port) }, body: `code=${'A'.repeat(2000)}` })).status).toBe(413);
    expect((await claim(made.port, 'BBBBBBBB')).status).toBe(403);
    expect((await claim(made.port, 'CCCCCCCC')).status).toBe(403);
    const limited = await claim(made.port, made.code);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(pushed.at(-1)).toMatchObject({ status: 'waiting', refused: [{ why: 'wrong-code' }, { why: 'wrong-code' }, { why: 'too-many' }] });

    // Through a tunnel the partner's browser names its own loopback port; that is allowed.
    await s.handlers['pairing.inviteStop']({ id });
    const again = await invite(s, id);
    const viaTunnel = await sendHttps(again.port, '/pair', { headers: { Host: 'localhost:8443' } });
    expect(viaTunnel.status).toBe(200);
    const cookie = cookieOf(await sendHttps(again.port, '/pair', { method: 'POST', headers: { ...form, Host: 'localhost:8443', Origin: 'https://localhost:8443' }, body: `code=${again.code}` }));
    const big = JSON.stringify({ id, command: { type: 'hint', kind: 'hint', text: 'x'.repeat(PARTNER_MAX_BODY) } });
    const tooBig = await sendHttps(again.port, '/console/api/console.act', { method: 'POST', headers: { ...origin(again.port), Cookie: cookie }, body: big });
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body)).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('256 KiB') } });
  });

  it('closes when the session ends, when turned off and when its code goes unused; it never opens again by itself', async () => {
    const { s, id, make, pushed } = await setUp({ unusedMs: 300 });
    const made = await invite(s, id);
    expect((await claim(made.port, made.code)).status).toBe(303);
    await s.handlers['session.append']({ id, command: { type: 'end' } });
    await expect.poll(() => s.handlers['pairing.inviteStatus']({ id })).toMatchObject({ status: 'closed', reason: 'session-ended' });
    expect(await refusedConnection(made.port)).toBe('ECONNREFUSED');
    expect(pushed.at(-1)).toMatchObject({ status: 'closed', reason: 'session-ended' });
    await expect(s.handlers['pairing.invite']({ id, address: '127.0.0.1' })).rejects.toThrow(/has ended/);

    const second = await make('paired');
    await s.handlers['session.append']({ id: second, command: { type: 'start' } });
    const off = await invite(s, second);
    expect(await s.handlers['pairing.inviteStop']({ id: second })).toMatchObject({ status: 'closed', reason: 'turned-off' });
    expect(await refusedConnection(off.port)).toBe('ECONNREFUSED');

    const third = await make('paired');
    const unused = await invite(s, third);
    await expect.poll(() => s.handlers['pairing.inviteStatus']({ id: third }), { timeout: 3000 }).toMatchObject({ status: 'closed', reason: 'timed-out' });
    expect(await refusedConnection(unused.port)).toBe('ECONNREFUSED');

    const solo = await make('solo');
    await expect(s.handlers['pairing.invite']({ id: solo, address: '127.0.0.1' })).rejects.toThrow(/solo/);
    await expect(s.handlers['pairing.invite']({ id: third, address: '203.0.113.9' })).rejects.toThrow(/no address "203.0.113.9"/);
  });

  it('pushes the partner this session’s events only, and after a cut connection the console reads every note and score again while the candidate went on', async () => {
    const { s, id, make } = await setUp();
    const made = await invite(s, id);
    const cookie = cookieOf(await claim(made.port, made.code));
    const other = await make('paired');
    await s.handlers['session.append']({ id: other, command: { type: 'start' } });
    const stream = listenHttps(made.port, '/console/api/events', { Cookie: cookie });
    await stream.connected;
    const act = async (command: unknown) => expect((await asPartner(made.port, cookie, 'console.act', { id, command })).json()).toMatchObject({ ok: true });

    await act({ type: 'note', id: 'n1', text: 'Clear about scope', tags: ['strength'] });
    await act({ type: 'score', criterion: 'scope', score: 3 });
    await s.handlers['session.append']({ id: other, command: { type: 'notes', phase: 'clarify', text: 'OTHER-SESSION-NOTES' } });
    await s.handlers['settings.update']({ chime: false });
    await s.handlers['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'THIS-SESSION-NOTES' } });
    await expect.poll(() => stream.text()).toContain('THIS-SESSION-NOTES');
    expect(stream.text()).toContain('Clear about scope');
    expect(stream.text()).not.toContain('OTHER-SESSION-NOTES');
    expect(stream.text()).not.toContain('settings.changed');

    // The network drops; the candidate's session goes on meanwhile, unhindered.
    stream.cut();
    await s.handlers['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'WRITTEN-WHILE-CUT' } });
    await s.handlers['session.append']({ id, command: { type: 'pause' } });
    await s.handlers['session.append']({ id, command: { type: 'resume' } });

    // Back: the page reconnects and reads the console again, which holds everything.
    const again = listenHttps(made.port, '/console/api/events', { Cookie: cookie });
    await again.connected;
    await act({ type: 'note', id: 'n2', text: 'Estimates came late', tags: ['concern'] });
    await act({ type: 'score', criterion: 'api', score: 2 });
    const opened = (await asPartner(made.port, cookie, 'console.open', { id })).json().value as { state: { notes: unknown; status: string }; own: { notes: { text: string }[]; scores: Record<string, number> } };
    expect(opened.own.notes.map((n) => n.text)).toEqual(['Clear about scope', 'Estimates came late']);
    expect(opened.own.scores).toEqual({ scope: 3, api: 2 });
    expect(JSON.stringify(opened.state)).toContain('WRITTEN-WHILE-CUT');
    expect(opened.state.status).toBe('running');
  });
});
