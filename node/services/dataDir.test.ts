import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformUserDataDir, resolveDataDir } from './dataDir';

describe('the data folder', () => {
  it('takes --data-dir first, in either spelling', () => {
    const env = { DESIGNDRILL_DATA_DIR: '/from/env' };
    expect(resolveDataDir({ argv: ['node', 'x', '--data-dir', '/from/flag'], env })).toBe(resolve('/from/flag'));
    expect(resolveDataDir({ argv: ['--data-dir=/from/flag'], env })).toBe(resolve('/from/flag'));
  });

  it('then DESIGNDRILL_DATA_DIR, then the fallback', () => {
    expect(resolveDataDir({ argv: [], env: { DESIGNDRILL_DATA_DIR: 'rel/dir' } })).toBe(resolve('rel/dir'));
    expect(resolveDataDir({ argv: [], env: {}, fallback: '/electron/userData' })).toBe(resolve('/electron/userData'));
  });

  it("defaults to the platform's user-data folder, where Electron keeps it", () => {
    expect(platformUserDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/DesignDrill');
    expect(platformUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/DesignDrill');
    expect(platformUserDataDir('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/DesignDrill');
    expect(platformUserDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toContain('DesignDrill');
  });
});
