import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../services/testing/tempDir';

const tempDir = useTempDirs();
const ENTRY = 'dist/node/web.mjs';

type Running = { child: ChildProcess; origin: string; token: string };

async function startHost(dataDir: string): Promise<Running> {
  if (!existsSync(ENTRY)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const child = spawn(process.execPath, [ENTRY, '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (\S+)/.exec(out);
      if (match) resolve(new URL(match[1]!));
    });
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${out}`)));
  });
  return { child, origin: url.origin, token: url.searchParams.get('token')! };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are read loosely; the contract is tested elsewhere
async function call(host: Running, channel: string, body: unknown): Promise<any> {
  const reply = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-designdrill-token': host.token },
    body: JSON.stringify(body),
  });
  const envelope = (await reply.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}

describe('a session survives kill -9 of the browser host', () => {
  it('keeps every acknowledged keystroke and stops the clock within a second of the kill', async () => {
    const dataDir = await tempDir();
    const first = await startHost(dataDir);
    const { id } = await call(first, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps' });
    await call(first, 'session.append', { id, command: { type: 'start' } });

    // A script types into the notes, one character per request, as fast as the host answers.
    const sentence = 'Who uses it? 10M new links a day, 100 reads per write, keep links five years. ';
    let acknowledged = '';
    let typing = true;
    const typist = (async () => {
      for (let i = 1; typing; i++) {
        const text = sentence.repeat(4).slice(0, i);
        try {
          await call(first, 'session.append', { id, command: { type: 'notes', phase: 'clarify', text } });
          acknowledged = text;
        } catch {
          return; // the host died mid-request
        }
      }
    })();
    await new Promise((r) => setTimeout(r, 1500));
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    typing = false;
    await typist;
    expect(acknowledged.length).toBeGreaterThan(10);

    const second = await startHost(dataDir);
    try {
      // The list, the first thing a person sees, already shows the session as paused.
      const listed = await call(second, 'session.list', {});
      expect(listed.sessions.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([[id, 'paused']]);
      const opened = await call(second, 'session.open', { id });
      const notes: string = opened.state.notes.clarify;
      // Everything the host acknowledged is there; at most the one request in flight is extra.
      expect(notes.startsWith(acknowledged)).toBe(true);
      expect(notes.length - acknowledged.length).toBeLessThanOrEqual(1);
      expect(opened.state.status).toBe('paused');
      expect(opened.state.pauses.at(-1).reason).toBe('closed');
      expect(opened.warnings.join(' ')).toMatch(/stopped while this session was running/);
      const stoppedAt = opened.state.pauses.at(-1).at;
      expect(killedAt - stoppedAt).toBeLessThanOrEqual(1500);
    } finally {
      // Wait for it to go: a host closing writes into the folder the clean-up removes.
      const exited = new Promise((resolve) => second.child.once('exit', resolve));
      second.child.kill();
      await exited;
    }
  }, 30_000);
});
