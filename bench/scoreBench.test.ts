import { describe, expect, it } from 'vitest';
import { fold } from '../shared/session/reduce';
import { scoreSession } from '../shared/rubric/score';
import { strongSession } from '../shared/rubric/testing/sessions';
import { projectRoot } from './projectRoot';
import { loadBenchPrompt, stretchedSession } from './scoreBench';

// Only the shape of the benchmark's session is checked here; `npm run bench` does the timing.
describe('the scoring benchmark session', () => {
  it('has 20,000 events, folds like the strong fixture and scores the same', async () => {
    const prompt = await loadBenchPrompt(projectRoot(import.meta.url));
    const events = stretchedSession(prompt, 20_000);
    expect(events).toHaveLength(20_000);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const state = fold(events);
    expect(state.status).toBe('ended');
    expect(state.items).toEqual(fold(strongSession(prompt).build()).items);
    const report = scoreSession({ prompt, events, level: 'senior' });
    expect(report.band).toBe('strong hire');
  });
});
