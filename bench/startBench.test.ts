import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../node/services/testing/tempDir';
import { benchStartBrowser } from './startBrowser';

const tempDir = useTempDirs();

describe('start-up figures for npm run bench', () => {
  it('report why they are missing instead of failing, and leave nothing behind', async () => {
    const root = await tempDir();
    const result = await benchStartBrowser({ root, tempRoot: root });
    expect(result).toEqual({ startSkipped: expect.stringMatching(/dist\/renderer\/index\.html is missing/) });
    expect(await readdir(root)).toEqual([]);
  });
});
