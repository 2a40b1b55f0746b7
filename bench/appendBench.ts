import { SessionStore } from '../node/services/sessions/sessionStore';
import { driveSession, FakeClock } from './driver';
import { percentile, round } from './stats';

export type AppendResult = {
  /** Commands timed: every event of the session but its creation. */
  appendEvents: number;
  appendPerSecond: number;
  appendP50Ms: number;
  appendP95Ms: number;
  appendP99Ms: number;
  appendMaxMs: number;
};

/**
 * Times each SessionStore.command() of a played 45-minute session in a fresh data folder:
 * the append itself plus whatever the store does on the way (session.json on a phase
 * change, the snapshot every 500 events or 60 s of the session's wall clock).
 */
export async function benchAppend(dataDir: string, events: number, minutes = 45): Promise<AppendResult> {
  const clock = new FakeClock(Date.now() - (minutes + 5) * 60_000);
  const store = new SessionStore({ dataDir, now: clock.now });
  const times: number[] = [];
  try {
    await driveSession(store, clock, { events, minutes, end: true, timed: (ms) => times.push(ms) });
  } finally {
    await store.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const totalMs = times.reduce((sum, ms) => sum + ms, 0);
  return {
    appendEvents: times.length,
    appendPerSecond: Math.round((times.length / totalMs) * 1000),
    appendP50Ms: round(percentile(sorted, 50)),
    appendP95Ms: round(percentile(sorted, 95)),
    appendP99Ms: round(percentile(sorted, 99)),
    appendMaxMs: round(sorted[sorted.length - 1]!),
  };
}
