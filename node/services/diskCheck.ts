import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { diskTrouble } from './sessions/storageError';
import { nodeFs, type StoreFs } from './storeFs';

/** Below this much free space a long session may not fit: say so before it starts and while it runs. */
export const LOW_SPACE_BYTES = 200 * 1024 * 1024;

/** Free bytes on the disk of `dir`, or nothing when the disk cannot say. */
export async function freeSpace(dir: string, fs: StoreFs = nodeFs): Promise<number | undefined> {
  try {
    const { bavail, bsize } = await fs.statfs(dir);
    return Number(bavail) * Number(bsize);
  } catch {
    return undefined;
  }
}

const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

/** A warning in words when the disk of `dir` is nearly full, or nothing (also when the disk cannot say). */
export async function lowSpaceWarning(dir: string, fs: StoreFs = nodeFs): Promise<string | undefined> {
  const free = await freeSpace(dir, fs);
  if (free === undefined || free >= LOW_SPACE_BYTES) return undefined;
  return `Only ${megabytes(free)} are free on the disk of the data folder: free some space, or the end of a long session may not be saved.`;
}

/** The same, said while a session is being written: how much is left and what happens as it runs out. */
export function runningLowSpaceWarning(free: number): string {
  return `Only ${megabytes(free)} are left on the disk of the data folder. This session keeps saving until the disk is full; free some space so the rest of it is kept.`;
}

/** Why the data folder cannot be written (read-only disk, no permission), or nothing when it can. Tries a real write: permissions alone do not tell (root, ACLs, read-only mounts). */
export async function readOnlyReason(dir: string, fs: StoreFs = nodeFs): Promise<string | undefined> {
  const probe = join(dir, `.write-check-${randomBytes(4).toString('hex')}`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(probe, '', { flag: 'wx' });
    await fs.rm(probe, { force: true });
    return undefined;
  } catch (error) {
    return diskTrouble(error);
  }
}
