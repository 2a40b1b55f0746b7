import { rename } from 'node:fs/promises';

/**
 * Moves a damaged file aside under a name that says when and why, so it can be
 * inspected or recovered. Never deletes. Returns the new path.
 */
export async function quarantine(file: string, now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.damaged-${stamp}`;
  await rename(file, target);
  return target;
}
