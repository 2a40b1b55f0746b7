import { freeSpace, LOW_SPACE_BYTES, runningLowSpaceWarning } from './diskCheck';
import { nodeFs, type StoreFs } from './storeFs';

/** How often, at most, free space is checked while sessions are written: statfs is cheap, but not per keystroke. */
export const SPACE_CHECK_EVERY_MS = 60_000;

export type SpaceWatch = {
  /** Something was written to the data folder: checks the disk if the last check is old enough. */
  written(): void;
  /** Resolves once a check under way has finished (for tests and shutdown). */
  settled(): Promise<void>;
};

/**
 * Watches the free space of the data folder's disk while sessions run, so a disk filling up
 * during a long session is said before it refuses a write. `onChange` hears the warning when
 * space drops under the low mark, and `undefined` once there is room again; the first check
 * always reports, so a window learns the state as soon as a session writes.
 */
export function watchFreeSpace(options: {
  dir: string;
  onChange: (warning: string | undefined) => void;
  fs?: StoreFs;
  now?: () => number;
  everyMs?: number;
}): SpaceWatch {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now;
  const everyMs = options.everyMs ?? SPACE_CHECK_EVERY_MS;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let said: string | undefined | null = null;
  let running: Promise<void> = Promise.resolve();
  return {
    written() {
      const at = now();
      if (at - lastCheck < everyMs) return;
      lastCheck = at;
      running = running.then(async () => {
        const free = await freeSpace(options.dir, fs);
        if (free === undefined) return; // the disk cannot say: say nothing rather than guess
        const warning = free < LOW_SPACE_BYTES ? runningLowSpaceWarning(free) : undefined;
        if (warning === said) return;
        said = warning;
        options.onChange(warning);
      });
    },
    settled: () => running,
  };
}
