import { formatUsed } from '../session/format';

/** What the scrubber says to a screen reader and in its tooltip: `12:30 of 45:00, Deep dive`. */
export function positionText(t: number, durationMs: number, phaseTitle: string): string {
  return `${formatUsed(t)} of ${formatUsed(durationMs)}, ${phaseTitle}`;
}

/** Where `t` sits along a timeline of `durationMs`, in percent (a timeline of no length is all start). */
export function percentOf(t: number, durationMs: number): number {
  if (durationMs <= 0) return 0;
  return Math.min(100, Math.max(0, (t / durationMs) * 100));
}
