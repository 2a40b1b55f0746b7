import { describe, expect, it, vi } from 'vitest';
import { askWhereToSave } from './exportDialog';

const question = { title: 'Export', defaultPath: '/docs/Design a Chat 2026-11-22.svg', filters: [{ name: 'SVG image', extensions: ['svg'] }] };

describe('the export save dialog', () => {
  it('is attached to the window in use and answers the chosen path', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/docs/mine.svg' }));
    const win = { isDestroyed: () => false };
    expect(await askWhereToSave({ showSaveDialog } as never, win as never, question)).toBe('/docs/mine.svg');
    expect(showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: question.defaultPath, filters: question.filters }));
  });

  it('answers nothing when cancelled, and opens unattached without a window', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: true, filePath: '' }));
    expect(await askWhereToSave({ showSaveDialog } as never, undefined, question)).toBeUndefined();
    expect(showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export' }));
  });
});
