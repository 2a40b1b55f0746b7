/** Phase time left at which the app gives a cue: two minutes, thirty seconds, and time up. */
export const ALERT_THRESHOLDS_MS = [120_000, 30_000, 0] as const;
export type AlertThreshold = (typeof ALERT_THRESHOLDS_MS)[number];

/**
 * The thresholds crossed between two readings of a phase's remaining time. Works on
 * readings, not ticks: a window that slept past two thresholds reports the latest only,
 * so a person coming back is not greeted by a burst of stale chimes.
 */
export function crossedThreshold(previousMs: number, currentMs: number): AlertThreshold | undefined {
  const crossed = ALERT_THRESHOLDS_MS.filter((limit) => previousMs > limit && currentMs <= limit);
  return crossed[crossed.length - 1];
}

export function alertMessage(threshold: AlertThreshold, phaseTitle: string): string {
  if (threshold === 0) return `Time is up for “${phaseTitle}”. Wrap up and move on when you are ready.`;
  return threshold === 120_000 ? `Two minutes left in “${phaseTitle}”.` : `Thirty seconds left in “${phaseTitle}”.`;
}
