import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrivateEvent } from '../../../shared/pairing/privateLog';
import { useTempDirs } from '../testing/tempDir';
import { PrivateLogStore } from './privateLog';

const tempDir = useTempDirs();

const note = (seq: number, id: string): PrivateEvent => ({ v: 1, seq, t: seq * 1_000, at: 1_800_000_000_000, phase: 'clarify', type: 'inote.added', payload: { id, text: `note ${id}`, tags: [] } });

async function store() {
  const file = join(await tempDir(), 'interviewer.jsonl');
  const logged: string[] = [];
  return { file, logged, logs: new PrivateLogStore({ fileOf: () => file, log: (line) => logged.push(line) }) };
}

describe('the private log file', () => {
  it('is empty until written, and reads back what was appended, one line each', async () => {
    const { file, logs } = await store();
    expect((await logs.get('s')).state.notes).toEqual([]);
    await Promise.all([logs.append('s', (own) => note(own.lastSeq + 1, 'a')), logs.append('s', (own) => note(own.lastSeq + 1, 'b'))]);
    expect((await readFile(file, 'utf8')).split('\n')).toHaveLength(3);
    const reopened = new PrivateLogStore({ fileOf: () => file });
    expect((await reopened.get('s')).state.notes.map((n) => [n.id, n.t])).toEqual([['a', 1_000], ['b', 2_000]]);
  });

  it('starts a new line after a write cut short, and names the cut line without removing it', async () => {
    const { file, logged, logs } = await store();
    await writeFile(file, `${JSON.stringify(note(1, 'a'))}\n{"v":1,"seq":2,"ty`);
    await logs.append('s', (own) => note(own.lastSeq + 1, 'c'));
    const { state, problems } = await logs.get('s');
    expect(state.notes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2 is not JSON`))]);
    expect(logged).toContain(problems[0]);
    expect(await readFile(file, 'utf8')).toContain('{"v":1,"seq":2,"ty\n');
  });

  it('names a line that goes back in seq, and a line of the wrong shape', async () => {
    const { file, logs } = await store();
    await writeFile(file, [note(2, 'a'), note(1, 'b'), { ...note(3, 'c'), type: 'inote.shouted' }].map((e) => JSON.stringify(e)).join('\n') + '\n');
    const { state, problems } = await logs.get('s');
    expect(state.notes.map((n) => n.id)).toEqual(['a']);
    expect(problems).toEqual([expect.stringContaining('line 2 has seq 1, not after 2'), expect.stringContaining('line 3 does not match the interviewer event schema')]);
  });
});
