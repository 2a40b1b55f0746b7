import { mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePlan, samplePrompt } from '../../../shared/session/testing/samplePlan';
import { refusal } from '../testing/refusal';
import { useTempDirs } from '../testing/tempDir';
import { readSessionFiles } from '../../cli/readSession';
import { checkLine, encodeRecord } from './logRecord';
import { readLog } from './readLog';
import { sessionPaths } from './sessionFiles';
import { SessionStore } from './sessionStore';

const tempDir = useTempDirs();

async function pausedSession(notes = 3) {
  const dataDir = await tempDir();
  const store = new SessionStore({ dataDir });
  const { id } = await store.create(samplePrompt, samplePlan, 'solo');
  await store.command(id, { type: 'start' });
  for (let i = 0; i < notes; i++) await store.command(id, { type: 'notes', phase: 'clarify', text: `note ${i}` });
  await store.command(id, { type: 'pause' });
  await store.close();
  return { dataDir, id, paths: sessionPaths(dataDir, id), open: () => new SessionStore({ dataDir }) };
}

describe('checked log records', () => {
  it('writes every record with a checksum of its content, and finds a changed byte in any of them', async () => {
    const { paths, id, open, dataDir } = await pausedSession();
    const text = await readFile(paths.events, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.every((line) => checkLine(Buffer.from(line)).kind === 'verified')).toBe(true);
    // "note 1" becomes "note 7": still JSON, still an event, same length; only the checksum tells.
    await writeFile(paths.events, text.replace('"note 1"', '"note 7"'));
    const store = open();
    const { warnings, state } = await store.get(id);
    expect(warnings[0]).toMatch(/breaks at line 4 \(its checksum does not match its content\)/);
    expect(state.notes.clarify).toBe('note 0');
    expect((await store.events(id)).length).toBe(state.lastSeq);
    expect((await readdir(join(dataDir, 'quarantine'))).some((f) => f.endsWith('events.jsonl'))).toBe(true);
  });

  it('reads a log from before checksums as unverified, adds checksums only to the lines it appends, and refuses a bare line after a checked one', async () => {
    const { paths, id, open } = await pausedSession();
    const events = readLog(await readFile(paths.events)).events;
    await writeFile(paths.events, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rm(paths.snapshot);
    expect(readLog(await readFile(paths.events))).toMatchObject({ unverified: events.length });
    const store = open();
    expect((await store.get(id)).warnings).toEqual([]);
    await store.command(id, { type: 'notes', phase: 'clarify', text: 'new' });
    await store.close();
    const after = readLog(await readFile(paths.events));
    expect(after.events).toHaveLength(events.length + 1);
    expect(after.unverified).toBe(events.length);
    // The old lines are left byte for byte: an acknowledged record is never rewritten.
    expect((await readFile(paths.events, 'utf8')).startsWith(events.map((e) => `${JSON.stringify(e)}\n`).join(''))).toBe(true);
    const bare = readLog(`${encodeRecord(events[0]!)}\n${JSON.stringify(events[1])}\n`);
    expect(bare.damaged).toMatchObject({ line: 2, reason: 'has no checksum, though the lines before it have one' });
  });

  it('mends a log cut just before its last newline before appending, so no record is glued onto another', async () => {
    const { paths, id, open } = await pausedSession();
    const size = (await readFile(paths.events)).length;
    await truncate(paths.events, size - 1);
    const store = open();
    const { state, warnings } = await store.get(id);
    expect(warnings[0]).toMatch(/lost its line end; it was kept/);
    const { event } = await store.command(id, { type: 'notes', phase: 'clarify', text: 'after the cut' });
    expect(event.seq).toBe(state.lastSeq + 1);
    await store.close();
    const again = open();
    expect((await again.get(id)).warnings).toEqual([]);
    expect((await again.events(id)).map((e) => e.seq)).toEqual(Array.from({ length: event.seq }, (_, i) => i + 1));
  });

  it('answers a log with nothing readable with a typed error in words, the same on the command line, and leaves it in place', async () => {
    const { paths, id, open, dataDir } = await pausedSession();
    for (const [what, content] of [
      ['an empty log', ''],
      ['a log of garbage', 'garbage\x00\x00\n'],
      ['a log missing its first line', (await readFile(paths.events, 'utf8')).split('\n').slice(1).join('\n')],
    ] as const) {
      await writeFile(paths.events, content);
      const store = open();
      const refused = await refusal(store.get(id));
      expect(refused.failure.code, what).toBe('damaged');
      expect(refused.failure.message).toMatch(new RegExp(`^Session ${id} cannot be opened: its log holds no readable events`));
      const cli = await readSessionFiles(dataDir, id).catch((error: Error) => error.message);
      expect(cli).toContain(refused.failure.message.slice(1, -1));
      expect(await readFile(paths.events, 'utf8')).toBe(content);
      // The list says so too, rather than showing it as it last stood.
      expect((await store.list())[0]).toMatchObject({ id, status: 'damaged' });
    }
    await rm(paths.events);
    await mkdir(paths.events);
    const refused = await refusal(open().get(id));
    expect(refused.failure).toMatchObject({ code: 'damaged', message: expect.stringMatching(/events\.jsonl is a folder, not a file/) });
  });

  it('tolerates a byte-order mark and CRLF line ends, keeps every event, and tidies them away once', async () => {
    const { paths, id, open } = await pausedSession();
    const text = await readFile(paths.events, 'utf8');
    const events = readLog(text).events.length;
    await rm(paths.snapshot);
    await writeFile(paths.events, `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    const store = open();
    const { state, warnings } = await store.get(id);
    expect(state.lastSeq).toBe(events);
    expect(warnings[0]).toMatch(/tidied: it holds a byte-order mark at its start, CRLF line ends.*all \d+ events were kept/);
    expect(await readFile(paths.events, 'utf8')).toBe(text);
  });
});
