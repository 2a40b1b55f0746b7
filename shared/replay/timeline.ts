import type { SessionEvent } from '../session/events';
import type { SessionState } from '../session/state';
import { LogStartError } from '../session/reduce';
import { type Chapter, ChapterTracker } from './chapters';
import { type Mark, MarkCollector } from './marks';
import { ReplayFold } from './replayFold';

/**
 * Checkpoint spacing in events. A seek folds at most this many events on top of the nearest
 * checkpoint; `npm run bench` (seekP95Ms) is what chose it. See docs/decisions/0004.
 */
export const DEFAULT_CHECKPOINT_EVERY = 500;

/**
 * A session log made ready for seeking: folded once, with the state kept after every
 * `every` events. Nothing folded later changes a checkpoint: the reducer never mutates the
 * state it is given, and ReplayFold copies the diagram before its first change after one.
 */
export type Replay = {
  readonly events: readonly SessionEvent[];
  readonly every: number;
  /** `checkpoints[i]` is the state after the first `(i + 1) * every` events. */
  readonly checkpoints: readonly SessionState[];
  /** The fold of the whole log: what session.open shows. */
  readonly final: SessionState;
  readonly chapters: readonly Chapter[];
  readonly marks: readonly Mark[];
  readonly durationMs: number;
};

export function buildReplay(events: readonly SessionEvent[], options: { every?: number } = {}): Replay {
  const every = Math.max(1, Math.floor(options.every ?? DEFAULT_CHECKPOINT_EVERY));
  const checkpoints: SessionState[] = [];
  const chapterTracker = new ChapterTracker();
  const markCollector = new MarkCollector();
  const folder = new ReplayFold(undefined);
  let state: SessionState | undefined;
  events.forEach((event, i) => {
    const before = state;
    state = folder.step(event);
    if (state !== before) {
      chapterTracker.see(before, state, event);
      markCollector.see(before, state, event);
    }
    if ((i + 1) % every === 0) checkpoints.push(folder.take()!);
  });
  const final = folder.take();
  if (!final) throw new LogStartError('replay: the session log is empty');
  const durationMs = events[events.length - 1]!.t;
  return {
    events,
    every,
    checkpoints,
    final,
    chapters: chapterTracker.finish(final, durationMs),
    marks: markCollector.finish(final),
    durationMs,
  };
}

/** How many events happened at or before session-clock `t` (events are in seq order, t never falls). */
export function eventsUpTo(replay: Replay, t: number): number {
  const { events } = replay;
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The session as it was at session-clock `t` (ms): every event with `event.t <= t` folded,
 * ties included. Before the first event it is the session as created.
 */
export function stateAt(replay: Replay, t: number): SessionState {
  return stateAfter(replay, Math.max(1, eventsUpTo(replay, t)));
}

/** The state after the first `count` events, folded forward from the nearest checkpoint. */
export function stateAfter(replay: Replay, count: number): SessionState {
  const { events, every, checkpoints } = replay;
  const n = Math.min(Math.max(1, count), events.length);
  if (n === events.length) return replay.final;
  const c = Math.floor(n / every);
  const folder = new ReplayFold(c > 0 ? checkpoints[c - 1] : undefined);
  for (let i = c * every; i < n; i++) folder.step(events[i]!);
  return folder.take()!;
}

/** The session clock's reading when the log stops: the end of the timeline. */
export function durationMs(replay: Replay): number {
  return replay.durationMs;
}

/** The phases as chapters in the order they were entered, one per visit. */
export function chapters(replay: Replay): readonly Chapter[] {
  return replay.chapters;
}

/** Moments worth a marker on the timeline, in time order. */
export function marks(replay: Replay): readonly Mark[] {
  return replay.marks;
}
