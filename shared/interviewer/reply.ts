import type { Payload } from '../session/events';
import { topicOf, understandQuestions, type UnderstandAnswer, type Understanding } from './understand';

/**
 * What the interviewer says to a question the script does not cover. A real interviewer
 * would not invent a figure either: the candidate decides, says so, and writes it down.
 */
export const NEUTRAL_REPLIES = [
  'That is your call. Pick a reasonable answer, say it out loud, and note it as an assumption.',
  'I will leave that to you. State what you assume and write it in your assumptions, then carry on.',
  'Nothing specific there; decide what makes sense for this design and record it as an assumption.',
  'Good question, but I have no fixed answer. Make an assumption, tell me why, and note it down.',
] as const;

/** The neutral reply after `before` unanswered questions: they take turns, the same on every replay. */
export function neutralReply(before: number): string {
  return NEUTRAL_REPLIES[before % NEUTRAL_REPLIES.length]!;
}

export type ScriptedAnswers = readonly UnderstandAnswer[];

/** "Do you mean daily viewers or daily uploads?": the two answers named by their topics. */
export function clarifyReply(answers: ScriptedAnswers, between: readonly [number, number]): string {
  return `Do you mean ${topicOf(answers[between[0]]!)} or ${topicOf(answers[between[1]]!)}?`;
}

// Indexing a prompt's answers reads every phrasing through the language model: once per list.
const understanders = new WeakMap<ScriptedAnswers, (question: string) => Understanding>();

/** The understanding of `question` against these answers (the index is built once per list). */
export function understand(answers: ScriptedAnswers, question: string): Understanding {
  let understandOne = understanders.get(answers);
  if (!understandOne) {
    understandOne = understandQuestions({ answers });
    understanders.set(answers, understandOne);
  }
  return understandOne(question);
}

/**
 * The interviewer's side of one question: the scripted answer(s) it asks for, "which do you
 * mean" when two are close, or a neutral reply. `unansweredBefore` counts the earlier
 * questions that got no scripted answer.
 */
export function replyTo(answers: ScriptedAnswers, question: string, unansweredBefore: number): Payload<'interviewer.asked'> {
  const understood = understand(answers, question);
  const best = understood.candidates[0];
  const score = best ? Math.round((1 - Math.min(1, best.score)) * 1000) / 1000 : null;
  switch (understood.kind) {
    case 'answer':
      return {
        question,
        reply: understood.answers.map((a) => answers[a]!.answer).join('\n\n'),
        answer: understood.answers[0]!,
        score,
        kind: 'answer',
        answers: understood.answers,
      };
    case 'clarify':
      return { question, reply: clarifyReply(answers, understood.between), answer: null, score, kind: 'clarify', answers: [...understood.between] };
    case 'neutral':
      return { question, reply: neutralReply(unansweredBefore), answer: null, score, kind: 'neutral', answers: [] };
  }
}
