import type { RubricNote } from '../../shared/bridge/contract';

/**
 * The one line a list or chart shows of which rubric scored it, and how many of its sessions
 * were scored again by it ("Scored with rubric 2.0.0; 3 older reports rescored").
 */
export function rubricLine(note: RubricNote, rescored = note.rescored): string {
  const again = rescored === 0 ? '' : rescored === 1 ? '; 1 older report rescored' : `; ${rescored} older reports rescored`;
  return `Scored with rubric ${note.version}${again}`;
}
