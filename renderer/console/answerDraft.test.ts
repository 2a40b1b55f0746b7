import { describe, expect, it } from 'vitest';
import { draftAfterSend, emptyAnswer, type AnswerDraft } from './AnswerForm';

describe('the answer draft after a send', () => {
  const halfTyped: AnswerDraft = { question: 'How many users?', answer: 'About ten mil', note: { id: 'n1', text: 'How many users?' } };

  it('a scripted answer sent from the prompt column keeps a half-typed answer', () => {
    expect(draftAfterSend(halfTyped, halfTyped, 'scripted')).toBe(halfTyped);
  });

  it('a scripted answer clears a draft that held only the question', () => {
    const onlyQuestion = { ...halfTyped, answer: '' };
    expect(draftAfterSend(onlyQuestion, onlyQuestion, 'scripted')).toEqual(emptyAnswer);
  });

  it('the typed answer, once sent, is cleared', () => {
    expect(draftAfterSend(halfTyped, halfTyped, 'typed')).toEqual(emptyAnswer);
  });

  it('words typed while the answer was on its way stay', () => {
    const later = { ...halfTyped, answer: 'About ten million a day' };
    expect(draftAfterSend(later, halfTyped, 'typed')).toBe(later);
  });
});
