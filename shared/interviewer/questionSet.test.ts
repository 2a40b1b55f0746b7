import { describe, expect, it } from 'vitest';
import { shippedPrompt } from '../rubric/testing/prompts';
import { loadQuestionSets } from './questions/load';
import { formatFigures, measureQuestionSet } from './questions/measure';
import { understandQuestions } from './understand';

describe('the scripted interviewer on the in-project question set (issue 20)', () => {
  it('answers everyday questions, stays neutral off script and almost never gives a wrong answer', () => {
    const sets = loadQuestionSets();
    const figures = measureQuestionSet(sets, (id) => understandQuestions(shippedPrompt(id)));
    console.log(formatFigures(figures));
    if (process.env.SHOW_MISSES) for (const m of figures.misses) console.log(JSON.stringify(m));
    const { recall, wrong, offScript } = figures.overall;
    expect(recall.share, 'recall').toBeGreaterThanOrEqual(0.9);
    expect(wrong.share, 'wrong-answer rate').toBeLessThanOrEqual(0.01);
    expect(offScript.share, 'off-script handling').toBeGreaterThanOrEqual(0.95);
  });
});
