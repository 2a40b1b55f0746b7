import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeError } from '../../../shared/bridge/parse';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { createServices } from '../services';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

/**
 * A real full disk: a 1 MiB tmpfs. Needs root and a system that lets tests mount one; where
 * it cannot, the test says why and is skipped (the simulated faults in diskFaults.test.ts
 * still run everywhere).
 */
let mountPoint: string | undefined;
let whyNot = '';
const stores: SessionStore[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'designdrill-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' });
    mountPoint = dir;
  } catch (error) {
    whyNot = `cannot mount a 1 MiB tmpfs here (${((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim()}): the real full-disk test is skipped`;
    console.log(whyNot);
    await rm(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  if (!mountPoint) return;
  await Promise.all(stores.map((store) => store.close().catch(() => {})));
  // Lazy: a handle a failed test left open must not keep the mount (and this folder) behind.
  execFileSync('umount', ['-l', mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

describe('a session on a disk that fills up (a real 1 MiB tmpfs)', () => {
  it('keeps every acknowledged event whole, refuses the rest in words, and loses nothing across a restart on the full disk', async (context) => {
    if (!mountPoint) return context.skip(whyNot);
    const dataDir = join(mountPoint, 'data');
    await mkdir(dataDir);
    const store = new SessionStore({ dataDir });
    stores.push(store);
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    // Leave about 60 KB, then type until the disk says no.
    const filler = join(mountPoint, 'filler');
    const { bavail, bsize } = await import('node:fs/promises').then((fs) => fs.statfs(mountPoint!));
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 60_000)));
    let acknowledged = '';
    let refusal: BridgeError | undefined;
    for (let i = 0; i < 2000 && !refusal; i++) {
      const text = `${acknowledged}${'note '.repeat(20)}${i}\n`;
      try {
        await store.command(id, { type: 'notes', phase: 'clarify', text: text.slice(-3000) });
        acknowledged = text.slice(-3000);
      } catch (error) {
        refusal = error as BridgeError;
      }
    }
    expect(refusal?.failure).toMatchObject({ code: 'storage', message: expect.stringMatching(/^Could not save: the disk is full: free some space; nothing after \d\d:\d\d was saved\.$/) });
    const events = sessionPaths(dataDir, id).events;
    const size = (await stat(events)).size;

    // A restart while the disk is still full: the log is read as it is, never moved away.
    const restarted = new SessionStore({ dataDir });
    stores.push(restarted);
    const reopened = await restarted.get(id).catch((error: unknown) => error as Error);
    expect(reopened).not.toBeInstanceOf(Error);
    const { state } = reopened as Awaited<ReturnType<SessionStore['get']>>;
    expect(state.notes.clarify).toBe(acknowledged);
    expect((await stat(events)).size).toBeGreaterThanOrEqual(size);

    // Room again: the next note goes in after the last acknowledged one.
    await rm(filler);
    const { event } = await restarted.command(id, { type: 'notes', phase: 'clarify', text: 'after the space was freed' });
    await restarted.close();
    const third = new SessionStore({ dataDir });
    const last = await third.get(id);
    // Closed here, not left to the garbage collector (Node warns of an unclosed FileHandle, DEP0137).
    await third.close();
    expect(last.state.lastSeq).toBe(event.seq);
    expect(last.state.notes.clarify).toBe('after the space was freed');
  }, 30_000);

  it('says at start that a read-only data folder cannot be written, and still opens its sessions to be read', async (context) => {
    if (!mountPoint) return context.skip(whyNot);
    // A disk of its own: a file another test left open would keep a remount from taking.
    const disk = join(mountPoint, 'ro-disk');
    await mkdir(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]);
    const dataDir = join(disk, 'data');
    const store = new SessionStore({ dataDir });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    await store.command(id, { type: 'notes', phase: 'clarify', text: 'written before the disk went read-only' });
    await store.close();
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    try {
      const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
      try {
        const { notices } = await services.handlers['app.info']({});
        // Titled by what it is (a small disk is also nearly full: that is a notice of its own).
        expect(notices).toContainEqual({
          kind: 'read-only',
          text: expect.stringMatching(/cannot be written \(the data folder is on a read-only disk\): sessions open to be read, but nothing new can be saved/),
        });
        const opened = await services.handlers['session.open']({ id });
        expect(opened.state.notes.clarify).toBe('written before the disk went read-only');
        const refused = await services.handlers['session.append']({ id, command: { type: 'notes', phase: 'clarify', text: 'more' } }).catch((e: unknown) => e as BridgeError);
        expect((refused as BridgeError).failure).toMatchObject({ code: 'storage', message: expect.stringMatching(/read-only disk; nothing after \d\d:\d\d was saved/) });
        const create = await services.handlers['session.create']({ promptId: 'url-shortener', planId: 'eight-steps', mode: 'solo', level: 'senior' }).catch((e: unknown) => e as BridgeError);
        expect((create as BridgeError).failure).toMatchObject({ code: 'storage', message: 'Cannot start a session: the data folder is on a read-only disk.' });
      } finally {
        await services.close();
      }
    } finally {
      execFileSync('umount', ['-l', disk]);
    }
  }, 30_000);
});
