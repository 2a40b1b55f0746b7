import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editLog } from '../services/testing/editLog';
import { describe, expect, it } from 'vitest';
import { SessionEvent } from '../../shared/session/events';
import { PromptSnapshot, SessionExport } from '../../shared/session/exportFile';
import { runCli } from './testing/runCli';
import { filesOf, useScoredSessions } from './testing/scoredSessions';

const appWithSession = useScoredSessions();
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

const cli = (argv: string[], cwd: string) => runCli(argv, { now: () => NOW, cwd, builtinPromptsDir: 'prompts' });

const logOf = async (folder: string) =>
  (await readFile(join(folder, 'events.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => SessionEvent.parse(JSON.parse(line)));

describe('designdrill export', () => {
  it('writes <id>.designdrill.json here: metadata, plan, the prompt snapshot and every event, and changes nothing else', async () => {
    const { dataDir, id, folder, outDir } = await appWithSession();
    const before = await filesOf(dataDir);
    const { code, out, err } = await cli(['export', id, '--data-dir', dataDir], outDir);
    expect(err).toBe('');
    expect(code).toBe(0);
    const file = join(outDir, `${id}.designdrill.json`);
    expect(out).toBe(`wrote ${file} (7 events)\n`);
    expect(await filesOf(dataDir)).toEqual(before);

    const exported = SessionExport.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(exported).toMatchObject({ format: 'designdrill.session', version: 1, exportedAt: NOW, session: { id, status: 'ended', mode: 'solo', level: 'staff' } });
    expect(exported.plan.id).toBe('score-test');
    expect(exported.plan.phases.map((p) => p.id)).toEqual(['clarify', 'design', 'wrap-up']);
    expect(exported.prompt).toEqual(PromptSnapshot.parse(JSON.parse(await readFile(join(folder, 'prompt.json'), 'utf8'))));
    expect(exported.events).toEqual(await logOf(folder));
  });

  it('refuses to replace a file unless --force, and writes where --out says', async () => {
    const { dataDir, id, outDir } = await appWithSession();
    const target = join(outDir, 'mine.json');
    await writeFile(target, 'keep me');
    const refused = await cli(['export', id, '--out', 'mine.json', '--data-dir', dataDir], outDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(`designdrill: ${target} already exists; pass --force to replace it, or --out to choose another file\n`);
    expect(await readFile(target, 'utf8')).toBe('keep me');

    expect((await cli(['export', id, '--out', target, '--force', '--data-dir', dataDir], outDir)).code).toBe(0);
    expect(SessionExport.parse(JSON.parse(await readFile(target, 'utf8'))).session.id).toBe(id);
  });

  it("uses the library's prompt for a session from before snapshots, and fails clearly when there is none", async () => {
    const { dataDir, id, folder, outDir } = await appWithSession();
    const snapshot = JSON.parse(await readFile(join(folder, 'prompt.json'), 'utf8')) as PromptSnapshot;
    await rm(join(folder, 'prompt.json'));
    expect((await cli(['export', id, '--data-dir', dataDir], outDir)).code).toBe(0);
    expect(SessionExport.parse(JSON.parse(await readFile(join(outDir, `${id}.designdrill.json`), 'utf8'))).prompt).toEqual(snapshot);

    await editLog(join(folder, 'events.jsonl'), (json) => json.replace('"id":"url-shortener"', '"id":"retired-prompt"'));
    const missing = await cli(['export', id, '--out', 'again.json', '--data-dir', dataDir], outDir);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain(`session ${id} has no saved prompt`);
    expect(missing.err).toContain('"retired-prompt" is not in the library');
  });

  it('names what is wrong with the command line', async () => {
    const { dataDir, id, outDir } = await appWithSession();
    expect(await cli(['export', '--data-dir', dataDir], outDir)).toMatchObject({ code: 2, err: 'designdrill: export needs a session id (see "designdrill sessions list")\n' });
    expect((await cli(['export', id, '--json'], outDir)).code).toBe(2);
    expect(await cli(['sessions', 'list', '--force'], outDir)).toMatchObject({ code: 2, err: 'designdrill: --force only applies to "export <id>" and "doc <source>"\n' });
    expect(await cli(['export', 's-20261122-142501-zzzz', '--data-dir', dataDir], outDir)).toMatchObject({ code: 1 });
  });
});
