import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strongSession } from '../shared/rubric/testing/sessions';
import { createServices, type Services } from '../node/services/services';
import { listOnceScored, progressOnceScored } from '../node/services/testing/scoredList';
import { sessionPaths } from '../node/services/sessions/sessionFiles';
import { loadBenchPrompt } from './scoreBench';
import { round } from './stats';

export type RescoreBenchResult = {
  /** Ended sessions in the data folder, each with a report by "an older rubric". */
  rescoreSessions: number;
  /** The charts' first reading after an update, before the history: answered at once, the older reports counted as being scored. */
  progressFirstMs: number;
  /** From then until the charts show every session, scored again behind them. */
  progressScoredMs: number;
  /** The first history listing after an update: answered at once, older reports marked scoring. */
  rescoreListMs: number;
  /** From that listing until every session has been scored again behind it and pushed. */
  rescoreBackgroundMs: number;
  /** The next listing after a relaunch: every report is current, so only read. */
  listAfterMs: number;
  /** Another listing in the same launch: each report.json is only looked at (size and time). */
  listAgainMs: number;
  /** The charts' reading after that (report.json and the log's first line of each). */
  progressAfterMs: number;
};

/**
 * The cost of an update of the rubric on a data folder of `count` ended sessions (the strong
 * fixture, imported as bundles): times the history's first listing, which has them all scored
 * again behind the listing (the first listing's time, then the time until all are pushed as
 * scored), then the listing and the charts that follow, which only read. Run from a fresh launch
 * of the services each time, as after starting the app.
 */
export async function benchRescore(root: string, count = 200): Promise<RescoreBenchResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'designdrill-rescore-'));
  const options = { dataDir, builtinPromptsDir: join(root, 'prompts'), host: 'web' as const, version: 'bench' };
  try {
    const prompt = await loadBenchPrompt(root);
    const setup = await createServices(options);
    const ids: string[] = [];
    let older = '';
    try {
      for (let i = 0; i < count; i++) {
        const file = strongSession(prompt).toExport(`r${String(i).padStart(3, '0')}`);
        ids.push((await setup.handlers['session.importBundle']({ name: 'bench.json', content: JSON.stringify(file) })).id);
      }
      const { report } = await setup.handlers['session.report']({ id: ids[0]! });
      // "Older" is the file's word: another version than this app's, whatever the scorer does.
      older = JSON.stringify({ ...report, rubricVersion: `0.0.0-bench` });
      await Promise.all(ids.map((id) => writeFile(sessionPaths(dataDir, id).report, older)));
    } finally {
      await setup.close();
    }

    const timed = async (run: (h: Services['handlers'], s: Services) => Promise<unknown>) => {
      const services = await createServices(options);
      try {
        const started = performance.now();
        await run(services.handlers, services);
        return round(performance.now() - started, 1);
      } finally {
        await services.close();
      }
    };
    let progressFirstMs = 0;
    const progressScoredMs = await timed(async (h, services) => {
      const started = performance.now();
      await h['progress.get']({});
      progressFirstMs = round(performance.now() - started, 1);
      const { last } = await progressOnceScored(services);
      if (last.sessions.length !== count) throw new Error(`expected ${count} sessions charted, ${last.sessions.length} were`);
    });
    // The same update again for the history: every report back to the older one.
    await Promise.all(ids.map((id) => writeFile(sessionPaths(dataDir, id).report, older)));
    let rescoreListMs = 0;
    const rescoreBackgroundMs = await timed(async (_h, services) => {
      const { firstMs, pushed, again } = await listOnceScored(services);
      rescoreListMs = round(firstMs, 1);
      const rescored = pushed.filter((p) => p.rescored).length;
      if (rescored !== count) throw new Error(`expected ${count} sessions rescored in the background, ${rescored} were`);
      if (again.rubric.rescored !== count) throw new Error(`expected ${count} sessions rescored, the list says ${again.rubric.rescored}`);
    });
    const listAfterMs = await timed((h) => h['session.list']({}));
    let listAgainMs = 0;
    await timed(async (h) => {
      await h['session.list']({});
      const started = performance.now();
      await h['session.list']({});
      listAgainMs = round(performance.now() - started, 1);
    });
    const progressAfterMs = await timed((h) => h['progress.get']({}));
    return { rescoreSessions: count, progressFirstMs, progressScoredMs, rescoreListMs, rescoreBackgroundMs, listAfterMs, listAgainMs, progressAfterMs };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
