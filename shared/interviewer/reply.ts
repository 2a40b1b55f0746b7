import type { Payload } from '../session/events';
import { createMatcher, type Askable } from './match';

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

export type ScriptedAnswers = readonly (Askable & { answer: string })[];

/**
 * The interviewer's side of one question: the scripted answer it matched, or a neutral
 * reply. `unansweredBefore` counts the earlier questions that got a neutral reply.
 */
export function replyTo(answers: ScriptedAnswers, question: string, unansweredBefore: number): Payload<'interviewer.asked'> {
  const { answer, score } = createMatcher(answers)(question);
  const reply = answer === null ? neutralReply(unansweredBefore) : answers[answer]!.answer;
  return { question, reply, answer, score };
}
