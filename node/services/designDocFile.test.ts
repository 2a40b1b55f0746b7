import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createSaveDesignDoc, designDocBytes } from './designDocFile';
import type { SaveQuestion } from './exportFile';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const CREATED = new Date(2026, 10, 22, 14, 30).getTime();
const ZIP = Buffer.from(zipSync({ 'Doc.md': strToU8('# Doc\n') }));
const session = async () => ({ title: 'Design a URL Shortener', createdAt: CREATED });

describe('saving a design-document package', () => {
  it('asks where, offering the prompt and date as the name, and writes the zip there', async () => {
    const dir = await tempDir();
    const questions: SaveQuestion[] = [];
    const save = createSaveDesignDoc({ defaultDir: dir, sessionOf: session, ask: async (q) => (questions.push(q), join(dir, 'mine')) });
    expect(await save({ id: 's-1', content: ZIP.toString('base64') })).toEqual({ saved: true, path: join(dir, 'mine.zip') });
    expect(await readFile(join(dir, 'mine.zip'))).toEqual(ZIP);
    expect(questions[0]!.defaultPath).toBe(join(dir, 'Design a URL Shortener 2026-11-22.zip'));
    expect(await readdir(dir)).toEqual(['mine.zip']);
  });

  it('answers saved: false when the dialog is cancelled, or when there is none (the browser host)', async () => {
    const cancelled = createSaveDesignDoc({ sessionOf: session, ask: async () => undefined });
    expect(await cancelled({ id: 's-1', content: ZIP.toString('base64') })).toEqual({ saved: false });
    const web = createSaveDesignDoc({ sessionOf: session });
    expect(await web({ id: 's-1', content: ZIP.toString('base64') })).toEqual({ saved: false });
  });

  it('refuses what is not a zip before asking anything', async () => {
    let asked = false;
    const save = createSaveDesignDoc({ sessionOf: session, ask: async () => ((asked = true), '/tmp/x.zip') });
    await expect(save({ id: 's-1', content: Buffer.from('# just markdown').toString('base64') })).rejects.toThrow(/not a zip file/);
    expect(() => designDocBytes('not base64!')).toThrow(/not base64/);
    expect(asked).toBe(false);
  });
});
