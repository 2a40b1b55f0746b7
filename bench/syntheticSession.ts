import { cp, readFile, stat } from 'node:fs/promises';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { SessionStore } from '../node/services/sessions/sessionStore';
import { driveSession, FakeClock } from './driver';

export type SyntheticSession = {
  id: string;
  /** Size of events.jsonl. */
  eventsBytes: number;
  snapshotBytes: number;
  /** Events after the snapshot, which a resume folds on top of it. */
  tailEvents: number;
};

/**
 * Plays a session of `events` events over `minutes` through the real SessionStore in
 * `workDir`, and copies its folder to `templateDir` while the clock still runs: what a
 * crash would leave, a log with a snapshot up to 500 events or 60 s behind it. The files
 * are the store's own, so a resume of the copy reads exactly what the app would.
 */
export async function writeSyntheticSession(workDir: string, templateDir: string, events: number, minutes = 45): Promise<SyntheticSession> {
  const clock = new FakeClock(Date.now() - (minutes + 5) * 60_000);
  const store = new SessionStore({ dataDir: workDir, now: clock.now });
  let id: string;
  let lastSeq: number;
  try {
    const played = await driveSession(store, clock, { events, minutes, end: false });
    id = played.id;
    lastSeq = played.state.lastSeq;
    await cp(sessionPaths(workDir, id).dir, sessionPaths(templateDir, id).dir, { recursive: true });
  } finally {
    await store.close();
  }
  const paths = sessionPaths(templateDir, id);
  const snapshot = JSON.parse(await readFile(paths.snapshot, 'utf8')) as { seq: number };
  return {
    id,
    eventsBytes: (await stat(paths.events)).size,
    snapshotBytes: (await stat(paths.snapshot)).size,
    tailEvents: lastSeq - snapshot.seq,
  };
}
