import * as fs from 'node:fs/promises';

/**
 * The few file-system calls the session store makes, in one place, so tests can put a
 * disk that is full, read-only or failing under it (short writes, ENOSPC, EROFS, EIO)
 * without needing one. The app passes node:fs/promises as it is.
 */
export type StoreFs = Pick<
  typeof fs,
  'open' | 'readFile' | 'writeFile' | 'rename' | 'link' | 'copyFile' | 'truncate' | 'mkdir' | 'rm' | 'stat' | 'readdir' | 'utimes' | 'statfs' | 'access'
>;

export const nodeFs: StoreFs = fs;

/** Errors that say the disk, not the data, is at fault: the session is fine, it just cannot grow. */
export const STORAGE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM']);

export function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Whether a file system call failed because the file or folder is not there (ENOENT). */
export function isMissing(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}
