import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const QUARANTINE_DIR = 'quarantine';

/**
 * Moves a damaged file into the data folder's quarantine/, beside a note saying where it
 * came from and why, so it can be inspected or recovered. Never deletes. Returns the new path.
 */
export async function quarantine(dataDir: string, file: string, why: string, now: Date = new Date()): Promise<string> {
  const folder = join(dataDir, QUARANTINE_DIR);
  await mkdir(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = relative(dataDir, file).split(sep).join('__');
  const target = join(folder, `${stamp}-${name}`);
  await rename(file, target);
  await writeFile(`${target}.why.txt`, `${file}\nmoved here on ${now.toISOString()} because ${why}\n`);
  return target;
}
