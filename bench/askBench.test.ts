import { describe, expect, it } from 'vitest';
import { projectRoot } from './projectRoot';
import { benchAsk } from './askBench';
import { loadBenchPrompt } from './scoreBench';

// The 5 ms budget (issue 20) is judged by `npm run bench` on a quiet machine; a timed bar here
// fails on a busy CI runner and proves nothing about speed, so this checks the measurement.
describe('the question-understanding benchmark', () => {
  it('times every question of the URL shortener and reports median and p95', async () => {
    const result = benchAsk(await loadBenchPrompt(projectRoot(import.meta.url)), 10);
    console.log(`ask: index ${result.askIndexMs} ms, median ${result.askMedianMs} ms, p95 ${result.askP95Ms} ms (wall clock ${result.askWallP95Ms} ms)`);
    expect(result.askMedianMs).toBeGreaterThan(0);
    expect(result.askP95Ms).toBeGreaterThanOrEqual(result.askMedianMs);
  });
});
