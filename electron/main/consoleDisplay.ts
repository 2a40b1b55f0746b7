type Rect = { x: number; y: number; width: number; height: number };
type Display = { id: number; workArea: Rect };

/** The console's size: a laptop-sized window, smaller when the screen is. */
const CONSOLE_SIZE = { width: 1280, height: 860 };

/**
 * Where the interviewer's console opens: on a display other than the candidate's window's
 * when there is one (the partner usually faces their own screen), centred in its work area;
 * with one display, on that one.
 */
export function consoleBounds(displays: readonly Display[], candidateDisplayId: number): Rect {
  const display = displays.find((d) => d.id !== candidateDisplayId) ?? displays.find((d) => d.id === candidateDisplayId) ?? displays[0];
  if (!display) return { x: 0, y: 0, ...CONSOLE_SIZE };
  const area = display.workArea;
  const width = Math.min(CONSOLE_SIZE.width, area.width);
  const height = Math.min(CONSOLE_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/** The console of session `id`, as the renderer routes it. */
export function consoleUrl(origin: string, id: string): string {
  return `${origin}/index.html#/console/${encodeURIComponent(id)}`;
}
