import { topicOf, understandQuestions, type UnderstandPrompt } from './understand';

/** Two scripted answers the matcher cannot tell apart, and the phrasings that showed it. */
export type Confusion = {
  answer: number;
  other: number;
  phrasings: string[];
  /** `wrong`: a phrasing of the answer gets the other one (a candidate would be misled); `unsure`: they get "which do you mean". */
  severity: 'wrong' | 'unsure';
  message: string;
};

/**
 * For prompt authors (`designdrill prompts check`): each answer's own phrasings and topic are
 * asked as questions. An answer is confusable with another when one of its phrasings gets the
 * other answer, or when at least half of them get "which do you mean" between the two: a
 * candidate asking in those words would be answered wrongly, or asked back, too often.
 */
export function confusableAnswers(prompt: UnderstandPrompt): Confusion[] {
  const understand = understandQuestions(prompt);
  const out: Confusion[] = [];
  prompt.answers.forEach((a, index) => {
    const asked = [...a.asks, ...(a.topic ? [a.topic] : [])];
    const against = new Map<number, { wrong: string[]; unsure: string[] }>();
    const of = (other: number) => against.get(other) ?? against.set(other, { wrong: [], unsure: [] }).get(other)!;
    for (const question of asked) {
      const u = understand(question);
      if (u.kind === 'answer') for (const other of u.answers.filter((x) => x !== index)) of(other).wrong.push(question);
      if (u.kind === 'clarify' && u.between.includes(index)) of(u.between[0] === index ? u.between[1] : u.between[0]).unsure.push(question);
    }
    for (const [other, { wrong, unsure }] of against) {
      if (wrong.length === 0 && unsure.length * 2 < asked.length) continue;
      const phrasings = [...wrong, ...unsure];
      const how = wrong.length > 0 ? `"${wrong[0]}" gets answer ${other} (${topicOf(prompt.answers[other]!)})` : `${unsure.length} of its ${asked.length} phrasings get "which do you mean" with answer ${other} (${topicOf(prompt.answers[other]!)})`;
      out.push({ answer: index, other, phrasings, severity: wrong.length > 0 ? 'wrong' : 'unsure', message: `answer ${index} (${topicOf(a)}) is hard to tell apart: ${how}; make its phrasings or topic more distinct` });
    }
  });
  return out;
}
