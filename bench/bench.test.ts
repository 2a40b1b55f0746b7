import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readLog } from '../node/services/sessions/readLog';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { SessionStore } from '../node/services/sessions/sessionStore';
import { useTempDirs } from '../node/services/testing/tempDir';
import { driveSession, FakeClock } from './driver';
import { runBench } from './runBench';
import { percentile } from './stats';

const tempDir = useTempDirs();

describe('npm run bench', () => {
  it('measures appends, resume and folding on a small session, and cleans up after itself', async () => {
    const tempRoot = await tempDir();
    const progress: string[] = [];
    const result = await runBench({ appendEvents: 200, resumeEvents: 200, seekEvents: 600, repeats: 1, foldMinMs: 20, tempRoot, progress: (line) => progress.push(line) });

    for (const key of [
      'appendPerSecond',
      'appendP50Ms',
      'appendP95Ms',
      'appendP99Ms',
      'appendMaxMs',
      'resume20kMs',
      'resume20kNoSnapshotMs',
      'bytesFor45MinSession',
      'snapshotBytes',
      'parseLog20kMs',
      'verifyLog20kMs',
      'foldPerSecond',
      'replayBuildMs',
      'seekMedianMs',
      'seekP95Ms',
      'askP95Ms',
      'cpus',
      'totalMs',
    ] as const) {
      expect(result[key], key).toBeTypeOf('number');
      expect(Number.isFinite(result[key]), key).toBe(true);
      expect(result[key], key).toBeGreaterThanOrEqual(0);
    }
    expect(result.appendEvents).toBe(199);
    expect(result.resumeEvents).toBe(200);
    expect(result.resumeTailEvents).toBeGreaterThanOrEqual(0);
    expect(result.bytesFor45MinSession).toBeGreaterThan(200 * 100);
    expect(result.node).toBe(process.version);
    expect(result.platform).toBe(process.platform);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(progress.length).toBeGreaterThan(0);
    expect(await readdir(tempRoot)).toEqual([]);
  });

  it('plays a realistic session: notes that grow, phases moved through on time, pauses, the end', async () => {
    const dataDir = await tempDir();
    const clock = new FakeClock(Date.UTC(2026, 10, 22, 9));
    const store = new SessionStore({ dataDir, now: clock.now });
    const { id, state } = await driveSession(store, clock, { events: 600, minutes: 45, end: true });
    await store.close();
    const { events } = readLog(await readFile(sessionPaths(dataDir, id).events, 'utf8'));
    expect(events).toHaveLength(600);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('phase.entered')).toBe(state.phases.length - 1);
    expect(count('session.paused')).toBe(2);
    expect(count('session.resumed')).toBe(2);
    expect(count('phase.extended')).toBe(1);
    expect(count('notes.changed')).toBeGreaterThan(500);
    expect(state.status).toBe('ended');
    expect(state.activeMs).toBeGreaterThan(40 * 60_000);
    expect(Object.values(state.notes).every((text) => text.length > 100)).toBe(true);
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([4], 99)).toBe(4);
  });
});
