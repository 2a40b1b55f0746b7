import { describe, expect, it } from 'vitest';
import { projectRoot } from './projectRoot';
import { benchRescore } from './rescoreBench';

// A few sessions only, to check the measurement runs and rescores them all; the figures for
// 200 come from running it by hand (see the report of issue 21).
describe('the rescoring benchmark', () => {
  it('lists a data folder of sessions with older reports, scoring each again once', async () => {
    const result = await benchRescore(projectRoot(import.meta.url), Number(process.env.RESCORE_BENCH_SESSIONS ?? 3));
    if (process.env.RESCORE_BENCH_SESSIONS) console.log(JSON.stringify(result));
    expect(result.rescoreSessions).toBeGreaterThan(0);
    expect(result.progressScoredMs).toBeGreaterThanOrEqual(result.progressFirstMs);
    expect(result.rescoreListMs).toBeGreaterThan(0);
    expect(result.rescoreBackgroundMs).toBeGreaterThanOrEqual(result.rescoreListMs);
    expect(result.listAfterMs).toBeGreaterThan(0);
  }, 600_000);
});
