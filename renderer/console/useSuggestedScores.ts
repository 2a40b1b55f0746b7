import { useEffect, useRef, useState } from 'react';
import type { CriterionId } from '../../shared/rubric/report';
import { scoreSession } from '../../shared/rubric/score';
import type { SessionEvent } from '../../shared/session/events';
import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { TargetLevel } from '../../shared/session/level';
import { loadTextModel } from '../text/textModel';

export type Suggested = Partial<Record<CriterionId, number>>;

/** Scoring reads the whole log (tens of ms on a long session): often enough to follow, never per stroke. */
const EVERY_MS = 3000;

/**
 * The automatic rubric's score per criterion for the log so far, shown beside the
 * partner's own as a suggestion. Worked out again at most every few seconds.
 */
export function useSuggestedScores(prompt: PromptSnapshot, log: readonly SessionEvent[] | undefined, level: TargetLevel): Suggested | undefined {
  const [suggested, setSuggested] = useState<Suggested>();
  const lastRun = useRef(0);
  useEffect(() => {
    if (!log || log.length === 0) return;
    let live = true;
    const run = async () => {
      lastRun.current = Date.now();
      try {
        // Scoring reads what was written; the model for that comes in its own chunk, once.
        await loadTextModel();
        if (!live) return;
        const report = scoreSession({ prompt, events: log, level });
        setSuggested(Object.fromEntries(report.criteria.map((c) => [c.id, c.score])));
      } catch {
        // A log that does not begin with session.created (or a model that failed to load) has
        // no suggestion; the scores stay the partner's.
        if (live) setSuggested(undefined);
      }
    };
    const wait = Math.max(0, lastRun.current + EVERY_MS - Date.now());
    const timer = window.setTimeout(() => void run(), wait);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [prompt, log, level]);
  return suggested;
}
