import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { SessionStore } from '../node/services/sessions/sessionStore';
import { median, round } from './stats';

/**
 * Times opening a session the way the app does after a restart: a fresh SessionStore and
 * get(id), which reads the snapshot, reads and folds the log from where the snapshot ends,
 * and (the session being found running) appends a pause and rewrites session.json. Each run gets its own copy of
 * the session, so every run resumes the same files; the median is returned.
 */
export async function benchResume(templateDir: string, id: string, scratch: string, options: { repeats: number; withSnapshot: boolean; expectEvents: number }): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < options.repeats; i++) {
    const dataDir = await mkdtemp(join(scratch, 'resume-'));
    try {
      const paths = sessionPaths(dataDir, id);
      await cp(sessionPaths(templateDir, id).dir, paths.dir, { recursive: true });
      if (!options.withSnapshot) await rm(paths.snapshot);
      const started = performance.now();
      const store = new SessionStore({ dataDir });
      const { state } = await store.get(id);
      times.push(performance.now() - started);
      await store.close();
      // The crash pause comes on top of the log's events.
      if (state.lastSeq !== options.expectEvents + 1) throw new Error(`resumed at event ${state.lastSeq}, expected ${options.expectEvents + 1}`);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return round(median(times), 1);
}
