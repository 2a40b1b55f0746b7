import { join } from 'node:path';
import { z } from 'zod';
import { loadJsonFile, saveJsonFile } from '../../node/services/jsonFile';

export const WindowBounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 860, maximized: false };

type Rect = { x: number; y: number; width: number; height: number };

/** Drops a saved position that no longer lies on any screen (a monitor was unplugged). */
export function fitToDisplays(bounds: WindowBounds, workAreas: readonly Rect[]): WindowBounds {
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const { x, y } = bounds;
  const visible = workAreas.some(
    (a) => x + 100 > a.x && y + 50 > a.y && x < a.x + a.width - 100 && y < a.y + a.height - 50,
  );
  return visible ? bounds : { width: bounds.width, height: bounds.height, maximized: bounds.maximized };
}

function windowStateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json');
}

export async function loadWindowBounds(dataDir: string): Promise<{ bounds: WindowBounds; notice?: string }> {
  const loaded = await loadJsonFile(dataDir, windowStateFile(dataDir), WindowBounds, DEFAULT_BOUNDS);
  return { bounds: loaded.value, notice: loaded.notice };
}

export function saveWindowBounds(dataDir: string, bounds: WindowBounds): Promise<void> {
  return saveJsonFile(windowStateFile(dataDir), bounds);
}
