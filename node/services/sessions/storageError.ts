import { BridgeError } from '../../../shared/bridge/parse';
import { STORAGE_CODES, errnoOf } from '../storeFs';

/** What the disk's refusal means for the person, in words. */
export function diskTrouble(error: unknown): string | undefined {
  const code = errnoOf(error);
  if (code === undefined || !STORAGE_CODES.has(code)) return undefined;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full: free some space';
    case 'EROFS':
      return 'the data folder is on a read-only disk';
    case 'EACCES':
    case 'EPERM':
      return 'DesignDrill is not allowed to write to the data folder';
    default:
      return 'the disk failed to write (an input/output error)';
  }
}

/** "14:05", the wall-clock time a person last saw saved. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * A failed save as the window should show it: typed `storage`, saying why and what was
 * not saved ("the disk is full: free some space; nothing after 12:31 was saved"). Errors
 * that are not the disk's pass through unchanged.
 */
export function savingFailed(error: unknown, channel: string, lastSavedAt: number | undefined): unknown {
  const trouble = diskTrouble(error);
  if (trouble === undefined) return error;
  const since = lastSavedAt === undefined ? 'nothing was saved' : `nothing after ${clockTime(lastSavedAt)} was saved`;
  return BridgeError.of('storage', channel, `Could not save: ${trouble}; ${since}.`);
}
