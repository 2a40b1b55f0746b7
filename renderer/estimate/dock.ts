import { useCallback, useState } from 'react';
import type { PhaseKind } from '../../shared/schemas/prompt';

/** The person's own choice for a session's pad, once they have made one. */
export type DockChoice = 'open' | 'closed' | undefined;

/**
 * Whether entering a phase unfolds the pad by itself: an estimation phase, whose record the
 * pad is, even with a diagram under way (the canvas keeps its room above the pad).
 */
export function phaseWantsPad(kind: PhaseKind | undefined): boolean {
  return kind === 'estimate';
}

/**
 * Whether the pad is unfolded under the canvas. Until the person folds or unfolds it, it
 * follows the session: what the phase wanted when it was entered (see phaseWantsPad), and
 * after the end, open when it has lines to read back. Once they choose, their choice holds
 * for the whole session: nothing the app does later folds away a pad they opened, or opens
 * one they put away.
 */
export function dockOpen(choice: DockChoice, phaseWants: boolean, ended: boolean, hasLines: boolean): boolean {
  if (choice !== undefined) return choice === 'open';
  if (ended) return hasLines;
  return phaseWants;
}

const choiceKey = (sessionId: string) => `designdrill.pad.${sessionId}`;
const HEIGHT_KEY = 'designdrill.session.padHeight';

export const DOCK_MIN = 170;
/** The pad's height before it is dragged, as a share of the canvas column: the diagram keeps the larger part. */
export const DOCK_DEFAULT_SHARE = 0.36;

function readChoice(sessionId: string): DockChoice {
  try {
    const value = sessionStorage.getItem(choiceKey(sessionId));
    return value === 'open' || value === 'closed' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The choice, kept for this window's session (a reload keeps it; another window decides for itself). */
export function useDockChoice(sessionId: string): [DockChoice, (open: boolean) => void] {
  const [choice, setChoice] = useState<DockChoice>(() => readChoice(sessionId));
  const choose = useCallback(
    (open: boolean) => {
      const value = open ? 'open' : 'closed';
      setChoice(value);
      try {
        sessionStorage.setItem(choiceKey(sessionId), value);
      } catch {
        // Storage refused: the choice holds until the window closes.
      }
    },
    [sessionId],
  );
  return [choice, choose];
}

/** The height the pad was last dragged to (px), shared by every session; undefined for the default. */
export function useDockHeight(): [number | undefined, (height: number) => void] {
  const [height, setHeight] = useState<number | undefined>(() => {
    try {
      const value = Number(localStorage.getItem(HEIGHT_KEY));
      return Number.isFinite(value) && value >= DOCK_MIN ? Math.round(value) : undefined;
    } catch {
      return undefined;
    }
  });
  const set = useCallback((value: number) => {
    const rounded = Math.round(Math.max(DOCK_MIN, value));
    setHeight(rounded);
    try {
      localStorage.setItem(HEIGHT_KEY, String(rounded));
    } catch {
      // As above.
    }
  }, []);
  return [height, set];
}
