import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The tree says what runs where (docs/decisions/0010-node-and-electron-folders.md); lint holds it.
const eslint = new ESLint();

async function problemsIn(code: string, filePath: string): Promise<string> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`).join('\n');
}

describe('the lint rules that keep the Node side and the preload apart', () => {
  it.each([
    ["import { app } from 'electron';\nexport const x = app;", 'node/services/example.ts'],
    ["import { ipcMain } from 'electron/main';\nexport const x = ipcMain;", 'node/host/example.ts'],
    ["import { x } from '../../electron/main/ipc';\nexport const y = x;", 'node/cli/example.ts'],
  ])('keeps Electron out of node/: %j', async (code, file) => {
    expect(await problemsIn(code, file)).toMatch(/no-restricted-imports.*run in plain Node/);
  });

  it.each([
    ["import { readFile } from 'node:fs';\nexport const x = readFile;"],
    ["import { join } from 'path';\nexport const x = join;"],
    ["import { x } from '../../node/services/services';\nexport const y = x;"],
  ])('keeps Node and the services out of the preload: %j', async (code) => {
    expect(await problemsIn(code, 'electron/preload/example.ts')).toMatch(/no-restricted-imports.*preload/);
  });

  it('lets the preload use Electron and the shared contract, and the main process use Node and the services', async () => {
    const preload = "import { contextBridge } from 'electron';\nimport { channelNames } from '../../shared/bridge/names';\nexport const x = [contextBridge, channelNames];\n";
    expect(await problemsIn(preload, 'electron/preload/example.ts')).toBe('');
    const main = "import { app } from 'electron';\nimport { join } from 'node:path';\nimport { createServices } from '../../node/services/services';\nexport const x = [app, join, createServices];\n";
    expect(await problemsIn(main, 'electron/main/example.ts')).toBe('');
  });
});
