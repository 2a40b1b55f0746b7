import type { SessionEvent } from '../session/events';
import type { SessionState } from '../session/state';

/**
 * One stretch of the timeline spent in one phase. A phase gone back to with Previous gets a
 * chapter per visit: a single chapter per phase would hide where the time really went.
 */
export type Chapter = {
  phaseId: string;
  title: string;
  /** The phase's place in the plan. */
  phaseIndex: number;
  /** 1 for the first visit to this phase, 2 for the second… */
  visit: number;
  /** Session-clock ms; a chapter ends where the next begins, the last at the end of the log. */
  startT: number;
  endT: number;
};

type Open = Omit<Chapter, 'endT'>;

/** Builds the chapters while the replay folds, from the moments the current phase changed. */
export class ChapterTracker {
  private readonly closed: Chapter[] = [];
  private open: Open | undefined;

  see(before: SessionState | undefined, after: SessionState, event: SessionEvent): void {
    if (before === undefined) {
      this.open = this.chapter(after, 0);
      return;
    }
    if (before.phaseIndex === after.phaseIndex) return;
    this.enter(after, event.t);
  }

  finish(final: SessionState, durationMs: number): Chapter[] {
    const open = this.open ?? this.chapter(final, 0);
    return [...this.closed, { ...open, endT: Math.max(open.startT, durationMs) }];
  }

  private enter(state: SessionState, t: number): void {
    const open = this.open!;
    if (t > open.startT) {
      this.closed.push({ ...open, endT: t });
      this.open = this.chapter(state, t);
      return;
    }
    // Two moves at the same moment leave no time in the one in between: it gets no chapter.
    const previous = this.closed[this.closed.length - 1];
    if (previous && previous.phaseIndex === state.phaseIndex) {
      this.closed.pop();
      this.open = { ...previous };
    } else {
      this.open = this.chapter(state, open.startT);
    }
  }

  private chapter(state: SessionState, startT: number): Open {
    const phase = state.phases[state.phaseIndex]!;
    const visit = 1 + this.closed.filter((c) => c.phaseIndex === state.phaseIndex).length;
    return { phaseId: phase.id, title: phase.title, phaseIndex: state.phaseIndex, visit, startT };
  }
}
