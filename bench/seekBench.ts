import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { parseResponse } from '../shared/bridge/parse';
import { visibleElements } from '../shared/canvas/scene';
import { buildReplay, DEFAULT_CHECKPOINT_EVERY, durationMs, stateAt } from '../shared/replay';
import type { SessionEvent } from '../shared/session/events';
import { writeCanvasFile } from '../node/services/sessions/canvasFile';
import { SessionStore } from '../node/services/sessions/sessionStore';
import { sessionPaths, SNAPSHOT_VERSION, type Snapshot } from '../node/services/sessions/sessionFiles';
import { seededRandom } from './canvasSim';
import { median, percentile, round } from './stats';

export type SeekBenchResult = {
  seekEvents: number;
  /** Diagram elements visible at the end of that session. */
  seekElements: number;
  /** Events between two replay checkpoints. */
  seekCheckpointEvery: number;
  /** buildReplay: the one fold that keeps the checkpoints, chapters and marks. */
  replayBuildMs: number;
  /** stateAt for seeded-random moments of the session. */
  seekMedianMs: number;
  seekP95Ms: number;
};

/**
 * Times seeking in a 45-minute session the way the replay screen seeks: the replay built
 * once, then `stateAt` for `points` random moments. A warm-up seek comes first, so the
 * figures are the steady cost of a drag on the scrubber, not the JIT's first pass.
 */
export function benchSeek(events: readonly SessionEvent[], options: { points?: number; every?: number } = {}): SeekBenchResult {
  const every = options.every ?? DEFAULT_CHECKPOINT_EVERY;
  const built = performance.now();
  const replay = buildReplay(events, { every });
  const replayBuildMs = performance.now() - built;

  const random = seededRandom(100);
  const end = durationMs(replay);
  stateAt(replay, end / 2);
  const times: number[] = [];
  for (let i = 0; i < (options.points ?? 100); i++) {
    const t = Math.floor(random() * (end + 1));
    const started = performance.now();
    stateAt(replay, t);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    seekEvents: events.length,
    seekElements: visibleElements(replay.final.canvas).length,
    seekCheckpointEvery: every,
    replayBuildMs: round(replayBuildMs, 1),
    seekMedianMs: round(median(times), 2),
    seekP95Ms: round(percentile(times, 95), 2),
  };
}

export type SessionEventsBenchResult = {
  /** session.events on a fresh store: the session loaded from its snapshot, then the whole log read and checked line by line. */
  sessionEvents20kMs: number;
  /** The window's check of that answer against the contract, as renderer/bridge does it. */
  sessionEventsCheck20kMs: number;
  /** Size of that session's events.jsonl: the diagram's elements make most of it. */
  seekLogBytes: number;
};

/**
 * Times fetching the record of the seek session the way the replay screen does: its log and
 * a snapshot of it written as the store writes them, then `SessionStore.events` (what the
 * `session.events` handler calls) on a store that has not opened it yet.
 */
export async function benchSessionEvents(dataDir: string, events: readonly SessionEvent[]): Promise<SessionEventsBenchResult> {
  const id = 's-20260105-090000-seek';
  const paths = sessionPaths(dataDir, id);
  await mkdir(paths.dir, { recursive: true });
  const log = events.map((e) => `${JSON.stringify(e)}\n`).join('');
  await writeFile(paths.events, log);
  const state = buildReplay(events).final;
  const snapshot: Snapshot = { v: SNAPSHOT_VERSION, seq: events.length, bytes: Buffer.byteLength(log), state };
  await writeFile(paths.snapshot, JSON.stringify(snapshot));
  // As the end of the session left it, so the first open has no diagram file to make up.
  await writeCanvasFile(paths.dir, state);

  const store = new SessionStore({ dataDir });
  try {
    const started = performance.now();
    const answer = { events: await store.events(id) };
    const fetched = performance.now() - started;
    if (answer.events.length !== events.length) throw new Error(`session.events gave ${answer.events.length} events, not ${events.length}`);
    const checking = performance.now();
    parseResponse('session.events', JSON.parse(JSON.stringify(answer)));
    const checked = performance.now() - checking;
    return { sessionEvents20kMs: round(fetched, 1), sessionEventsCheck20kMs: round(checked, 1), seekLogBytes: Buffer.byteLength(log) };
  } finally {
    await store.close();
  }
}
