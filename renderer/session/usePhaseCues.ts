import { useCallback, useEffect, useRef, useState } from 'react';
import { alertMessage, crossedThreshold, type AlertThreshold } from '../../shared/session/alerts';
import { playChime } from './chime';

export type Cue = { threshold: AlertThreshold; phaseId: string; message: string; at: number };

/**
 * Watches the current phase's remaining time between readings and raises a cue when it
 * crosses two minutes, thirty seconds or zero. Readings, not ticks: a window that slept
 * past several thresholds gets the latest one only. A cue lasts while it is still true
 * (an extension past it, a phase change or Dismiss puts it away).
 */
export function usePhaseCues(
  phase: { id: string; title: string; remainingMs: number },
  now: number,
  chime: boolean,
): { cue: Cue | undefined; dismiss: () => void } {
  const previous = useRef<{ phaseId: string; remainingMs: number } | undefined>(undefined);
  const [cue, setCue] = useState<Cue | undefined>(undefined);

  useEffect(() => {
    const before = previous.current;
    previous.current = { phaseId: phase.id, remainingMs: phase.remainingMs };
    if (!before || before.phaseId !== phase.id) return;
    const threshold = crossedThreshold(before.remainingMs, phase.remainingMs);
    if (threshold === undefined) return;
    setCue({ threshold, phaseId: phase.id, message: alertMessage(threshold, phase.title), at: now });
    if (chime) playChime(threshold);
  }, [phase.id, phase.title, phase.remainingMs, now, chime]);

  const dismiss = useCallback(() => setCue(undefined), []);
  const live = cue && cue.phaseId === phase.id && phase.remainingMs <= cue.threshold ? cue : undefined;
  return { cue: live, dismiss };
}
