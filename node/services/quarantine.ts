import { join, relative, sep } from 'node:path';
import { nodeFs, type StoreFs } from './storeFs';

const QUARANTINE_DIR = 'quarantine';

/**
 * Moves a damaged file into the data folder's quarantine/, beside a note saying where it
 * came from and why, so it can be inspected or recovered. Never deletes. Returns the new path.
 */
export async function quarantine(dataDir: string, file: string, why: string, now: Date = new Date(), fs: StoreFs = nodeFs): Promise<string> {
  const target = await placeFor(dataDir, file, now, fs);
  await fs.rename(file, target);
  await writeNote(target, file, why, now, fs);
  return target;
}

/**
 * Puts a copy of `file` into quarantine/ and leaves the file where it is: a hard link
 * (no space needed, so it works on a full disk), or a copy where links are not allowed.
 * The repair of a log uses this so the original is never gone before its mended copy is in place.
 */
export async function quarantineCopy(dataDir: string, file: string, why: string, now: Date = new Date(), fs: StoreFs = nodeFs): Promise<string> {
  const target = await placeFor(dataDir, file, now, fs);
  await fs.link(file, target).catch(() => fs.copyFile(file, target));
  await writeNote(target, file, why, now, fs);
  return target;
}

/** Keeps bytes cut from a file (a record torn by a crash) in quarantine/, with the note. */
export async function quarantineBytes(dataDir: string, file: string, bytes: Uint8Array, why: string, now: Date = new Date(), fs: StoreFs = nodeFs): Promise<string> {
  const target = await placeFor(dataDir, file, now, fs, '.cut');
  await fs.writeFile(target, bytes, { flag: 'wx' });
  await writeNote(target, file, why, now, fs);
  return target;
}

async function placeFor(dataDir: string, file: string, now: Date, fs: StoreFs, suffix = ''): Promise<string> {
  const folder = join(dataDir, QUARANTINE_DIR);
  await fs.mkdir(folder, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = relative(dataDir, file).split(sep).join('__') + suffix;
  let target = join(folder, `${stamp}-${name}`);
  // Two repairs in one millisecond (a test, a retry) must not overwrite each other.
  for (let n = 2; await fs.stat(target).then(() => true, () => false); n++) target = join(folder, `${stamp}-${n}-${name}`);
  return target;
}

async function writeNote(target: string, file: string, why: string, now: Date, fs: StoreFs): Promise<void> {
  // The kept bytes matter more than the note: on a full disk the note may not fit.
  await fs.writeFile(`${target}.why.txt`, `${file}\nmoved here on ${now.toISOString()} because ${why}\n`).catch(() => {});
}
