import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BridgeError } from '../../../shared/bridge/parse';
import { scoreSession } from '../../../shared/rubric/score';
import type { SessionEvent } from '../../../shared/session/events';
import type { SessionExport } from '../../../shared/session/exportFile';
import { fold } from '../../../shared/session/reduce';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { readSessionFiles } from '../../cli/readSession';
import { createServices } from '../services';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

/**
 * The probes of issue 18 as tests: two sessions the app wrote itself (one ended, one paused
 * with a snapshot) damaged the ways disks and editors damage files. For every case the
 * command line (read first: it must change nothing) and the store agree on the events or on
 * the error, the events fold to the state the open gives, damage is reported whenever the
 * bytes differ from what was written, and an event appended after the damage is there after
 * a restart.
 */
let root: string;
const FILES = ['events.jsonl', 'snapshot.json', 'session.json', 'prompt.json'] as const;
type Files = Partial<Record<(typeof FILES)[number], Buffer>>;
const made: Record<'ended' | 'paused', { id: string; files: Files }> = {} as never;

beforeAll(async () => {
  // A memory disk where there is one: some 1,200 cases each open, fsync and close files,
  // and on a real disk the fsyncs alone would take most of the time the suite may have.
  root = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'designdrill-probes-'));
  for (const kind of ['ended', 'paused'] as const) {
    const dataDir = join(root, `made-${kind}`);
    const store = new SessionStore({ dataDir });
    const { id } = await store.create(samplePrompt, samplePlan, 'solo');
    await store.command(id, { type: 'start' });
    for (let i = 0; i < 8; i++) await store.command(id, { type: 'notes', phase: 'clarify', text: `note ${i}: 10M links a day — é` });
    await store.command(id, { type: kind === 'ended' ? 'end' : 'pause' });
    await store.close();
    const files: Files = {};
    for (const name of FILES) files[name] = await readFile(join(sessionPaths(dataDir, id).dir, name)).catch(() => undefined);
    made[kind] = { id, files };
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let cases = 0;
type Outcome = { events?: SessionEvent[]; error?: string };

async function probe(kind: 'ended' | 'paused', label: string, damage: (files: Files) => Files | Promise<Files>, options: { through?: 'services' } = {}): Promise<Outcome> {
  const { id, files: original } = made[kind];
  const dataDir = join(root, `case-${++cases}`);
  const dir = sessionPaths(dataDir, id).dir;
  await mkdir(dir, { recursive: true });
  const files = await damage({ ...original });
  for (const name of FILES) {
    const bytes = files[name];
    if (bytes === undefined) continue;
    if (bytes.length === 1 && bytes[0] === 0x2f) await mkdir(join(dir, name)); // "/": a folder in its place
    else await writeFile(join(dir, name), bytes);
  }
  const changed = FILES.some((name) => !(files[name] ?? Buffer.alloc(0)).equals(original[name] ?? Buffer.alloc(0)));
  const where = `${kind} session, ${label}`;

  const cli = await readSessionFiles(dataDir, id).then(
    (read) => ({ events: read.events, warnings: read.warnings }),
    (error: Error) => ({ error: error.message }),
  );
  const store = new SessionStore({ dataDir });
  try {
    const opened = await store.get(id).catch((error: unknown) => error as BridgeError);
    if (opened instanceof BridgeError) {
      expect(['damaged', 'not-found'], where).toContain(opened.failure.code);
      expect('error' in cli, `${where}: the command line read what the app refused`).toBe(true);
      if (opened.failure.code === 'damaged') expect((cli as { error: string }).error, where).toContain(opened.failure.message.slice(1, -1));
      // The events channel and the list say the same.
      expect(((await store.events(id).catch((e: unknown) => e)) as BridgeError).failure?.code, where).toBe(opened.failure.code);
      return { error: opened.failure.message };
    }
    const events = await store.events(id);
    expect(fold(events), where).toEqual(opened.state);
    expect('events' in cli, `${where}: ${(cli as { error?: string }).error}`).toBe(true);
    const seen = (cli as { events: SessionEvent[]; warnings: string[] }).events;
    // The same events; the app may add one: the pause of a clock it found running, or the
    // end of a session that had ended before the damage took its end (the command line says so).
    const endedBefore = kind === 'ended' && files['session.json']?.equals(original['session.json']!) === true;
    expect(events.slice(0, seen.length), where).toEqual(seen);
    expect(events.slice(seen.length).map((e) => e.type), where).toEqual(events.length > seen.length ? [endedBefore ? 'session.ended' : 'session.paused'] : []);
    if (events.length > seen.length && endedBefore) expect((cli as { warnings: string[] }).warnings.join('\n'), where).toMatch(/ends it again after the kept events/);
    // Whatever the log lost, a session that had ended stays ended: never shown paused, never continued.
    if (endedBefore) expect(opened.state.status, where).toBe('ended');
    if (changed) {
      // A damaged session.json is the list's to find (a fresh one, as after a restart), not the open's.
      const fresh = new SessionStore({ dataDir });
      const listWarning = (await fresh.list()).find((s) => s.id === id)?.warning;
      // Closed as the app closes it: a check of the log its list queued is done before the folder goes.
      await fresh.close();
      expect(opened.warnings.length > 0 || listWarning !== undefined, `${where}: damage not reported`).toBe(true);
    }
    if (options.through === 'services') await throughServices(dataDir, id, events, where);
    if (opened.state.status !== 'ended') {
      const { event } = await store.command(id, { type: 'notes', phase: 'clarify', text: 'typed after the damage' });
      await store.close();
      const restarted = new SessionStore({ dataDir });
      const after = await restarted.events(id);
      expect(after.slice(0, events.length), where).toEqual(events);
      expect(after.at(-1), where).toEqual(event);
      await restarted.close();
    }
    return { events };
  } finally {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Open, events, the bundle export and rescoring, through the app's own channels: one reading. */
async function throughServices(dataDir: string, id: string, events: SessionEvent[], where: string): Promise<void> {
  const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
  try {
    const h = services.handlers;
    const opened = await h['session.open']({ id });
    expect((await h['session.events']({ id })).events, where).toEqual(events);
    const bundle = JSON.parse((await h['session.exportBundle']({ id })).content!) as SessionExport;
    expect(bundle.events, where).toEqual(events);
    if (opened.state.status === 'ended') {
      // Scored from the very same events: the report equals one made from the export's.
      const { report } = await h['session.rescore']({ id });
      expect(report, where).toEqual(scoreSession({ prompt: bundle.prompt, events: bundle.events, level: opened.state.level }, report.scoredAt));
    }
  } finally {
    await services.close();
  }
}

/** A fixed-seed generator, so a failing flip can be found again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = (log: Buffer) => log.toString('utf8').split('\n').slice(0, -1);
const join_ = (ls: string[]) => Buffer.from(ls.map((l) => `${l}\n`).join(''));

describe('the session log under probes (issue 18)', () => {
  for (const kind of ['ended', 'paused'] as const) {
    it(`${kind}: a cut at every byte offset of the last two records`, async () => {
      const log = made[kind].files['events.jsonl']!;
      const start = log.lastIndexOf(0x0a, log.lastIndexOf(0x0a, log.length - 2) - 1) + 1;
      let n = 0;
      for (let cut = start; cut < log.length; cut++, n++) await probe(kind, `log cut to ${cut} of ${log.length} bytes`, (f) => ({ ...f, 'events.jsonl': log.subarray(0, cut) }));
      console.log(`${kind}: ${n} cuts of the last two records (bytes ${start} to ${log.length - 1})`);
    }, 60_000);

    it(`${kind}: 100 single-byte flips (seed 18)`, async () => {
      const log = made[kind].files['events.jsonl']!;
      const next = random(kind === 'ended' ? 18 : 1818);
      for (let i = 0; i < 100; i++) {
        const at = Math.floor(next() * log.length);
        const bit = 1 << Math.floor(next() * 8);
        await probe(kind, `bit ${bit} of byte ${at} flipped`, (f) => {
          const flipped = Buffer.from(log);
          flipped[at]! ^= bit;
          return { ...f, 'events.jsonl': flipped };
        });
      }
      console.log(`${kind}: 100 single-bit flips anywhere in the log`);
    }, 60_000);

    it(`${kind}: 24 kinds of garbage, through open, events, export and rescoring`, async () => {
      const log = made[kind].files['events.jsonl']!;
      const ls = lines(log);
      const mid = Math.floor(ls.length / 2);
      const swap = (i: number, j: number) => ls.map((l, k) => (k === i ? ls[j]! : k === j ? ls[i]! : l));
      const events = (text: Buffer | string) => (f: Files) => ({ ...f, 'events.jsonl': Buffer.from(text) });
      const kinds: Array<[string, (f: Files) => Files]> = [
        ['two lines swapped in the middle', events(join_(swap(mid, mid + 1)))],
        ['the last two lines swapped', events(join_(swap(ls.length - 2, ls.length - 1)))],
        ['a line overwritten by NUL bytes', events(join_(ls.map((l, k) => (k === mid ? '\0'.repeat(l.length) : l))))],
        ['NUL bytes after the end', events(Buffer.concat([log, Buffer.alloc(64)]))],
        ['a line duplicated in the middle', events(join_([...ls.slice(0, mid), ls[mid]!, ...ls.slice(mid)]))],
        ['the last line duplicated', events(join_([...ls, ls.at(-1)!]))],
        ['a byte-order mark at the start', events(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), log]))],
        ['CRLF line ends', events(log.toString('utf8').replaceAll('\n', '\r\n'))],
        ['an empty log', events('')],
        ['all files empty', () => Object.fromEntries(FILES.map((n) => [n, Buffer.alloc(0)]))],
        ['events.jsonl a folder', events('/')],
        ['the first line missing', events(join_(ls.slice(1)))],
        ['a middle line missing', events(join_([...ls.slice(0, mid), ...ls.slice(mid + 1)]))],
        ['the last line missing', events(join_(ls.slice(0, -1)))],
        ['a blank line in the middle', events(join_([...ls.slice(0, mid), '', ...ls.slice(mid)]))],
        ['text after the last line, no newline', events(Buffer.concat([log, Buffer.from('{"v":1,"seq"')]))],
        ['a garbage line at the end', events(Buffer.concat([log, Buffer.from('garbage\n')]))],
        ['a line cut in half in the middle', events(join_(ls.map((l, k) => (k === mid ? l.slice(0, l.length / 2) : l))))],
        ['the lines in reverse order', events(join_([...ls].reverse()))],
        ['random bytes', events(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)))],
        ['a line without its checksum', events(join_(ls.map((l, k) => (k === mid ? l.replace(/,"crc":"[0-9a-f]{8}"\}$/, '}') : l))))],
        ['the snapshot gone and a middle line changed', (f) => ({ ...events(join_(ls.map((l, k) => (k === mid ? l.replace('note', 'nope') : l))))(f), 'snapshot.json': undefined })],
        ['snapshot.json garbage', (f) => ({ ...f, 'snapshot.json': Buffer.from('{"v":1,"seq":') })],
        ['session.json garbage', (f) => ({ ...f, 'session.json': Buffer.from('garbage') })],
      ];
      const seen: string[] = [];
      for (const [label, damage] of kinds) {
        const outcome = await probe(kind, label, damage, { through: 'services' });
        seen.push(`${label}: ${outcome.error ? 'refused in words' : `${outcome.events!.length} events kept`}`);
      }
      console.log(`${kind}: ${kinds.length} kinds of garbage\n  ${seen.join('\n  ')}`);
    }, 60_000);
  }
});
