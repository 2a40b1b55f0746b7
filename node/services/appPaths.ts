import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __APP_VERSION__: string;

/** The version stamped in at build time from package.json. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';

/** The project (or unpacked app) folder: the bundles live two levels down, in dist/<side>/. */
export function appRoot(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..');
}

export function appPaths(root: string) {
  return {
    renderer: join(root, 'dist', 'renderer'),
    prompts: join(root, 'prompts'),
  };
}
