import { useCallback, useEffect, useRef, useState } from 'react';
import type { Request } from '../../shared/bridge/contract';
import { alertMessage, crossedThreshold, type AlertThreshold } from '../../shared/session/alerts';
import { call, describeError } from '../bridge/bridge';
import { useAppStore } from '../store/store';
import { playChime } from './chime';

export type Cue = { threshold: AlertThreshold; phaseId: string; message: string; at: number };

const CUE_NAME = { 120_000: 'two-minutes', 30_000: 'thirty-seconds', 0: 'time-up' } as const satisfies Record<AlertThreshold, Request<'session.cue'>['cue']>;

/**
 * Watches the current phase's remaining time between readings and raises a cue when it
 * crosses two minutes, thirty seconds or zero. Readings, not ticks: a window that slept
 * past several thresholds gets the latest one only. A cue lasts while it is still true
 * (an extension past it, a phase change or Dismiss puts it away). Each cue also goes to
 * the Node side, which in the desktop app repeats it as an OS notification when no window
 * has the focus: someone in another app would not see the page's cue.
 */
export function usePhaseCues(
  phase: { id: string; title: string; remainingMs: number },
  now: number,
  chime: boolean,
): { cue: Cue | undefined; dismiss: () => void } {
  const previous = useRef<{ phaseId: string; remainingMs: number } | undefined>(undefined);
  const [cue, setCue] = useState<Cue | undefined>(undefined);
  const sessionId = useAppStore((s) => s.session?.id);

  useEffect(() => {
    const before = previous.current;
    previous.current = { phaseId: phase.id, remainingMs: phase.remainingMs };
    if (!before || before.phaseId !== phase.id) return;
    const threshold = crossedThreshold(before.remainingMs, phase.remainingMs);
    if (threshold === undefined) return;
    setCue({ threshold, phaseId: phase.id, message: alertMessage(threshold, phase.title), at: now });
    if (chime) playChime(threshold);
    if (sessionId) {
      // Only a repeat of the cue on screen, so a failure is worth a line in the console, no more.
      call('session.cue', { sessionId, phaseTitle: phase.title, cue: CUE_NAME[threshold] }).catch((error: unknown) =>
        console.warn(`The phase cue was not repeated as a notification: ${describeError(error)}`),
      );
    }
  }, [phase.id, phase.title, phase.remainingMs, now, chime, sessionId]);

  const dismiss = useCallback(() => setCue(undefined), []);
  const live = cue && cue.phaseId === phase.id && phase.remainingMs <= cue.threshold ? cue : undefined;
  return { cue: live, dismiss };
}
