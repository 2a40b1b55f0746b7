import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable if it is on this machine. The electron package fetches its
 * binary on first use, so this looks without triggering that download.
 */
export function findElectronBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) return undefined;
  const binary = join(distDir, relative || defaultBinaryName());
  return existsSync(binary) ? binary : undefined;
}

function defaultBinaryName(): string {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** Tries the electron package's own download once; false when it cannot (offline). */
export function tryDownloadElectron(): boolean {
  try {
    const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
    return spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 }).status === 0;
  } catch {
    return false;
  }
}
