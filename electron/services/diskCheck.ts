import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { diskTrouble } from './sessions/storageError';
import { nodeFs, type StoreFs } from './storeFs';

/** Below this much free space a long session may not fit: say so before it starts and while it runs. */
export const LOW_SPACE_BYTES = 200 * 1024 * 1024;

/** A warning in words when the disk of `dir` is nearly full, or nothing (also when the disk cannot say). */
export async function lowSpaceWarning(dir: string, fs: StoreFs = nodeFs): Promise<string | undefined> {
  try {
    const { bavail, bsize } = await fs.statfs(dir);
    const free = Number(bavail) * Number(bsize);
    if (free >= LOW_SPACE_BYTES) return undefined;
    return `Only ${Math.floor(free / (1024 * 1024))} MB are free on the disk of the data folder: free some space, or the end of a long session may not be saved.`;
  } catch {
    return undefined;
  }
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
