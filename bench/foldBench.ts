import { performance } from 'node:perf_hooks';
import { fold } from '../shared/session/reduce';
import { readLog } from '../node/services/sessions/readLog';
import { round } from './stats';

/**
 * Splits a resume into its parts: parsing and validating the log text (readLog), and the
 * pure reducer, folded over the whole log again and again for at least `minMs`.
 */
export function benchFold(logText: string, minMs: number): { parseLogMs: number; foldPerSecond: number } {
  let started = performance.now();
  const { events } = readLog(logText);
  const parseLogMs = performance.now() - started;
  if (events.length === 0) throw new Error('the log to fold is empty');

  let folded = 0;
  started = performance.now();
  let elapsed: number;
  do {
    fold(events);
    folded += events.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return { parseLogMs: round(parseLogMs, 1), foldPerSecond: Math.round((folded / elapsed) * 1000) };
}
