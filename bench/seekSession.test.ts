import { describe, expect, it } from 'vitest';
import { visibleElements } from '../shared/canvas/scene';
import { buildReplay, chapters, durationMs, stateAt } from '../shared/replay';
import { fold } from '../shared/session/reduce';
import { seekSession } from './seekSession';

describe('the session the seek benchmark replays', () => {
  const events = seekSession();
  const replay = buildReplay(events);

  it('is the session the issue names: 20,000 events over 45 minutes, ending with 500 elements on the diagram', () => {
    expect(events).toHaveLength(20_000);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    // The session clock stands still through the two pauses, so it reads a little under 45 minutes.
    expect(durationMs(replay)).toBeGreaterThan(40 * 60_000);
    expect(durationMs(replay)).toBeLessThanOrEqual(45 * 60_000);
    expect(replay.final.status).toBe('ended');
    expect(visibleElements(replay.final.canvas)).toHaveLength(500);
    expect(events.filter((e) => e.type === 'canvas.changed').length).toBeLessThanOrEqual(45 * 60);
  });

  it('has what makes seeking hard: a phase gone back to, and many events sharing the moment of a pause', () => {
    expect(chapters(replay).some((c) => c.visit === 2)).toBe(true);
    const paused = events.find((e) => e.type === 'session.paused')!;
    expect(events.filter((e) => e.t === paused.t).length).toBeGreaterThan(100);
  });

  it('replays to the fold of its log, half way and at the end', () => {
    const half = events[10_000]!.t;
    expect(stateAt(replay, half)).toEqual(fold(events.filter((e) => e.t <= half)));
    expect(stateAt(replay, durationMs(replay))).toEqual(fold(events));
  });
});
