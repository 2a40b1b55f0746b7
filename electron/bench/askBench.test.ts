import { describe, expect, it } from 'vitest';
import { appRoot } from '../services/appPaths';
import { benchAsk } from './askBench';
import { loadBenchPrompt } from './scoreBench';

describe('understanding one question (issue 20: under 5 ms at p95)', () => {
  it('keeps the interviewer within its budget on the URL shortener', async () => {
    const result = benchAsk(await loadBenchPrompt(appRoot(import.meta.url)), 10);
    console.log(`ask: index ${result.askIndexMs} ms, median ${result.askMedianMs} ms, p95 ${result.askP95Ms} ms (wall clock ${result.askWallP95Ms} ms)`);
    expect(result.askMedianMs).toBeGreaterThan(0);
    expect(result.askP95Ms).toBeLessThan(5);
  });
});
