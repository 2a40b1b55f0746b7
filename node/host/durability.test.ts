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

  it('loses no acknowledged event over 20 kill -9s during appends from three writers at once', async () => {
    const dataDir = await tempDir();
    const writers = 3;
    const kills = 20;
    let host = await startHost(dataDir);
    const ids: string[] = [];
    for (let w = 0; w < writers; w++) {
      const { id } = await call(host, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps' });
      await call(host, 'session.append', { id, command: { type: 'start' } });
      ids.push(id);
    }
    // Every event a writer was told was saved, by session and seq.
    const acknowledged = ids.map(() => new Map<number, string>());
    let total = 0;
    const started = Date.now();
    try {
      for (let round = 0; round < kills; round++) {
        let typing = true;
        const typists = ids.map(async (id, w) => {
          for (let i = 0; typing; i++) {
            const text = `round ${round}, writer ${w}, keystroke ${i}`;
            try {
              const { event } = await call(host, 'session.append', { id, command: { type: 'notes', phase: 'clarify', text } });
              acknowledged[w]!.set(event.seq, text);
              total++;
            } catch {
              return; // the host died mid-request
            }
          }
        });
        await new Promise((r) => setTimeout(r, 150 + ((round * 37) % 200)));
        const exited = new Promise((resolve) => host.child.once('exit', resolve));
        host.child.kill('SIGKILL');
        typing = false;
        await Promise.all(typists);
        await exited;
        host = await startHost(dataDir);
        if (process.env.DURABILITY_TRACE) console.log(`round ${round}: ${total} acknowledged, ${Date.now() - started} ms`);
        for (const [w, id] of ids.entries()) {
          const { events } = await call(host, 'session.events', { id });
          const opened = await call(host, 'session.open', { id });
          expect(opened.warnings.join(' '), `round ${round}`).not.toMatch(/breaks at line|tidied/);
          for (const [seq, text] of acknowledged[w]!) expect(events[seq - 1]?.payload.text, `round ${round}, session ${w}, event ${seq}`).toBe(text);
        }
      }
    } finally {
      const exited = new Promise((resolve) => host.child.once('exit', resolve));
      host.child.kill();
      await exited;
    }
    console.log(`kill -9 loop: ${kills} kills, ${writers} writers, ${total} acknowledged appends, every one found after each restart (${Math.round((Date.now() - started) / 1000)} s)`);
  }, 300_000);
});
