import { join } from 'node:path';
import { toExcalidrawFile } from '../../../shared/canvas/excalidrawFile';
import type { SessionState } from '../../../shared/session/state';
import { writeFileAtomic } from '../atomicWrite';

/** The session's final diagram, beside its log: a standard file excalidraw.com opens. */
export const CANVAS_FILE = 'canvas.excalidraw';

export function canvasFilePath(sessionDir: string): string {
  return join(sessionDir, CANVAS_FILE);
}

/**
 * Writes `canvas.excalidraw` from the folded canvas, atomically (a crash leaves the old
 * file or the new one). Indented as Excalidraw saves it, so it diffs and reads well.
 */
export async function writeCanvasFile(sessionDir: string, state: Pick<SessionState, 'canvas'>): Promise<string> {
  const file = canvasFilePath(sessionDir);
  await writeFileAtomic(file, `${JSON.stringify(toExcalidrawFile(state.canvas), null, 2)}\n`);
  return file;
}
