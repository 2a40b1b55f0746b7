import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExcalidrawFile } from '../../shared/canvas/excalidrawFile';
import { visibleElements } from '../../shared/canvas/scene';
import { FIXTURE_SESSIONS } from '../../shared/rubric/testing/fixtures';
import { fold } from '../../shared/session/reduce';
import { designDocName } from '../../shared/designDoc/package';
import { runCli } from './testing/runCli';
import { filesOf, useScoredSessions } from './testing/scoredSessions';

const appWithSession = useScoredSessions();
const cli = (argv: string[], cwd: string) => runCli(argv, { now: () => Date.UTC(2026, 10, 23, 12), cwd, builtinPromptsDir: 'prompts' });

describe('designdrill doc', () => {
  it('writes the design document of a session by id, named for its prompt and date, changing nothing else', async () => {
    const { dataDir, services, id, outDir } = await appWithSession();
    const { state } = await services.handlers['session.open']({ id });
    const before = await filesOf(dataDir);
    const { code, out, err } = await cli(['doc', id, '--data-dir', dataDir], outDir);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const name = `${designDocName(state.prompt.title, state.createdAt)}.md`;
    expect(out).toBe(`wrote ${join(outDir, name)}\n`);
    expect(await readdir(outDir)).toEqual([name]);
    const doc = await readFile(join(outDir, name), 'utf8');
    expect(doc).toContain('- Shorten a long URL into a 7-character code');
    expect(doc).toContain('### Decision: Key-value store');
    expect(doc).toContain('*No diagram was drawn in this session.*');
    expect(await filesOf(dataDir)).toEqual(before);
  });

  it('puts the diagram beside the document as an Excalidraw file and links it', async () => {
    const { outDir } = await appWithSession();
    const strong = FIXTURE_SESSIONS.strong;
    await writeFile(join(outDir, 'strong.json'), JSON.stringify(strong));
    const { code, out } = await cli(['doc', 'strong.json', '--out', 'shortener.md'], outDir);
    expect(code).toBe(0);
    expect(out).toBe(`wrote ${join(outDir, 'shortener.md')}\nwrote ${join(outDir, 'shortener.excalidraw')}\n`);
    expect(await readFile(join(outDir, 'shortener.md'), 'utf8')).toContain('[shortener.excalidraw](shortener.excalidraw)');
    const scene = parseExcalidrawFile(await readFile(join(outDir, 'shortener.excalidraw'), 'utf8'));
    expect(scene.elements).toHaveLength(visibleElements(fold(strong.events).canvas).length);
  });

  it('replaces an existing document only with --force', async () => {
    const { id, dataDir, outDir } = await appWithSession();
    await writeFile(join(outDir, 'mine.md'), 'keep me');
    expect(await cli(['doc', id, '--data-dir', dataDir, '--out', 'mine.md'], outDir)).toMatchObject({
      code: 1,
      err: `designdrill: ${join(outDir, 'mine.md')} already exists; pass --force to replace it, or --out to choose another file\n`,
    });
    expect(await readFile(join(outDir, 'mine.md'), 'utf8')).toBe('keep me');
    expect((await cli(['doc', id, '--data-dir', dataDir, '--out', 'mine.md', '--force'], outDir)).code).toBe(0);
    expect(await readFile(join(outDir, 'mine.md'), 'utf8')).toMatch(/^# Design a URL Shortener\n/);
  });

  it('says what it needs', async () => {
    const { outDir } = await appWithSession();
    expect(await cli(['doc'], outDir)).toMatchObject({ code: 2, err: 'designdrill: doc needs a session folder, an export file or a session id\n' });
    expect((await cli(['doc', 'x', '--json'], outDir)).err).toBe('designdrill: --json does not apply to "doc": the file it writes is Markdown\n');
  });
});
