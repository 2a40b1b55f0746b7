import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { safeFileStem } from '../../shared/fileName';
import { createSaveExport, exportBytes, exportFileName, exportFilters, withExtension, type SaveQuestion } from './exportFile';
import { useTempDirs } from './testing/tempDir';

const tempDir = useTempDirs();
const CREATED = new Date(2026, 10, 22, 14, 30).getTime();
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('rest of the image')]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="4" height="4"/></svg>';
const SCENE = JSON.stringify({ type: 'excalidraw', version: 2, source: 'DesignDrill', elements: [{ id: 'a', type: 'rectangle' }], appState: {}, files: {} });

describe('the default export name', () => {
  it('is the prompt title, the session date and the extension', () => {
    expect(exportFileName('Design a URL Shortener', CREATED, 'png')).toBe('Design a URL Shortener 2026-11-22.png');
    expect(exportFileName('Design a URL Shortener', CREATED, 'svg')).toBe('Design a URL Shortener 2026-11-22.svg');
    expect(exportFileName('Design a URL Shortener', CREATED, 'excalidraw')).toBe('Design a URL Shortener 2026-11-22.excalidraw');
  });

  it('drops what no file system accepts', () => {
    expect(safeFileStem('Chat: 1:1 / group\\rooms?')).toBe('Chat 1 1 group rooms');
    expect(safeFileStem('a\u0000b\tc')).toBe('a b c');
    expect(safeFileStem('..hidden...')).toBe('hidden');
    expect(safeFileStem('  ')).toBe('Diagram');
    expect(safeFileStem('CON')).toBe('CON diagram');
    expect(safeFileStem('x'.repeat(300))).toHaveLength(100);
  });

  it('gets its extension when the person typed a name without it', () => {
    expect(withExtension('/home/me/diagram', 'svg')).toBe('/home/me/diagram.svg');
    expect(withExtension('/home/me/diagram.SVG', 'svg')).toBe('/home/me/diagram.SVG');
    expect(withExtension('/home/me/diagram.v2', 'excalidraw')).toBe('/home/me/diagram.v2.excalidraw');
  });

  it('offers the format first in the dialog, then any file', () => {
    expect(exportFilters('excalidraw')).toEqual([
      { name: 'Excalidraw drawing', extensions: ['excalidraw'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });
});

describe('the exported content', () => {
  it('is decoded from base64 for PNG and kept as text otherwise', () => {
    expect(Buffer.from(exportBytes('png', PNG.toString('base64')) as Uint8Array)).toEqual(PNG);
    expect(exportBytes('svg', SVG)).toBe(SVG);
    expect(exportBytes('excalidraw', SCENE)).toBe(SCENE);
  });

  it.each([
    ['png', 'not base64!', /not base64/],
    ['png', Buffer.from('GIF89a....').toString('base64'), /PNG signature/],
    ['svg', '<html></html>', /no <svg>/],
    ['excalidraw', '{"type":', /not JSON/],
    ['excalidraw', '{"type":"other","elements":[]}', /not an Excalidraw scene/],
  ] as const)('is refused when it is not what %s says', (format, content, why) => {
    expect(() => exportBytes(format, content)).toThrow(why);
  });
});

describe('saving an export', () => {
  const session = async () => ({ title: 'Design a URL Shortener', createdAt: CREATED });

  it('asks with the default name in the default folder, then writes the file', async () => {
    const dir = await tempDir();
    const questions: SaveQuestion[] = [];
    const save = createSaveExport({
      defaultDir: dir,
      sessionOf: session,
      ask: async (q) => {
        questions.push(q);
        return join(dir, 'mine');
      },
    });
    const reply = await save({ id: 's-1', format: 'png', content: PNG.toString('base64') });
    expect(reply).toEqual({ saved: true, path: join(dir, 'mine.png') });
    expect(await readFile(join(dir, 'mine.png'))).toEqual(PNG);
    expect(questions[0]).toMatchObject({ defaultPath: join(dir, 'Design a URL Shortener 2026-11-22.png'), filters: exportFilters('png') });
    // No temporary file is left beside it.
    expect(await readdir(dir)).toEqual(['mine.png']);
  });

  it('opens the next dialog in the folder chosen last', async () => {
    const dir = await tempDir();
    const ask = vi.fn(async (_q: SaveQuestion) => join(dir, 'sub.svg'));
    const save = createSaveExport({ defaultDir: '/nowhere', sessionOf: session, ask });
    await save({ id: 's-1', format: 'svg', content: SVG });
    await save({ id: 's-1', format: 'excalidraw', content: SCENE });
    expect(ask.mock.calls[1]![0].defaultPath).toBe(join(dir, 'Design a URL Shortener 2026-11-22.excalidraw'));
    expect(await readFile(join(dir, 'sub.svg'), 'utf8')).toBe(SVG);
    expect(await readFile(join(dir, 'sub.svg.excalidraw'), 'utf8')).toBe(SCENE);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn();
    const save = createSaveExport({ sessionOf: session, ask: async () => undefined, write });
    expect(await save({ id: 's-1', format: 'svg', content: SVG })).toEqual({ saved: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('shows no dialog for content that could not be saved', async () => {
    const ask = vi.fn(async () => '/tmp/x.png');
    const save = createSaveExport({ sessionOf: session, ask });
    await expect(save({ id: 's-1', format: 'png', content: 'AAAA' })).rejects.toThrow(/PNG signature/);
    expect(ask).not.toHaveBeenCalled();
  });
});
