import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { flag } from './flags';

const APP_FOLDER = 'DesignDrill';
export const DATA_DIR_ENV = 'DESIGNDRILL_DATA_DIR';

/** Where Electron's app.getPath('userData') points, computed without Electron so the browser host shares it. */
export function platformUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/** The flag wins over the variable, which wins over the platform's default. */
export function resolveDataDir(options: {
  argv?: readonly string[];
  env?: NodeJS.ProcessEnv;
  fallback?: string;
} = {}): string {
  const env = options.env ?? process.env;
  const chosen = flag(options.argv ?? process.argv, 'data-dir') || env[DATA_DIR_ENV];
  return resolve(chosen || options.fallback || platformUserDataDir(process.platform, env));
}
