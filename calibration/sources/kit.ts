import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { TargetLevel } from '../../shared/session/level';
import { arrow, box, SessionBuilder } from '../../shared/rubric/testing/builder';

/** One calibration session: its file name, the shipped prompt it was run on, and how it was written. */
export type CalibrationSource = {
  name: string;
  prompt: string;
  /** The last four characters of the session id (lowercase letters or digits), unique in the set. */
  tag: string;
  make: (prompt: PromptSnapshot) => SessionBuilder;
};

export type Shape = [id: string, label: string, kind?: 'rectangle' | 'ellipse' | 'diamond'];

export type Placed = Map<string, { id: string; x: number; y: number }>;

/**
 * Draws boxes one at a time, left to right in rows of five, each arrow as soon as both of its
 * ends are on the canvas, waiting `minutes` after each box: how a person builds a diagram.
 * Pass what an earlier call returned to go on with the same diagram later in the session.
 */
export function diagram(s: SessionBuilder, shapes: Shape[], links: [from: string, to: string][], minutes = 0.4, earlier: Placed = new Map()): Placed {
  const placed: Placed = new Map(earlier);
  const drawn = new Set<number>();
  const start = earlier.size;
  shapes.forEach(([id, label, kind], n) => {
    const i = start + n;
    const at = { id, x: (i % 5) * 250, y: Math.floor(i / 5) * 200 + (i % 2) * 60 };
    placed.set(id, at);
    const arrows = links.flatMap(([from, to], j) => {
      const a = placed.get(from);
      const b = placed.get(to);
      if (!a || !b || drawn.has(j)) return [];
      drawn.add(j);
      return [arrow(`${from}-${to}`, a, b)];
    });
    s.draw(...box(id, label, at.x, at.y, kind), ...arrows).wait(minutes);
  });
  return placed;
}

export const solo = (prompt: PromptSnapshot, level: TargetLevel) => new SessionBuilder(prompt, level).start().wait(0.3);
