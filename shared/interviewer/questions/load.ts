import { SHIPPED_PROMPTS } from '../../rubric/testing/prompts';
import { checkQuestionSet, type QuestionSet } from './schema';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

// Test-only: Vite reads the files at build time (shared/ may not touch the file system), and
// nothing in the app imports this, so the labelled questions stay out of the bundle.
const files = (import.meta as unknown as ViteGlob).glob('./*.json', { query: '?raw', import: 'default', eager: true });
// The blind set: questions written before a pass changed the matcher, kept apart so their
// figures say how the matcher does on phrasings nobody tuned it to.
const blindFiles = (import.meta as unknown as ViteGlob).glob('./blind/*.json', { query: '?raw', import: 'default', eager: true });

/** The shipped prompts' answer counts, which every label is checked against. */
export const SHIPPED_ANSWER_COUNTS: ReadonlyMap<string, number> = new Map(SHIPPED_PROMPTS.map((p) => [p.id, p.answers.length]));

/** Which committed questions: the in-project set the matcher is tuned on, or the blind set. */
export type QuestionSetName = 'in-project' | 'blind';

/** The committed question sets, each checked against its shipped prompt; throws naming the first bad file. */
export function loadQuestionSets(which: QuestionSetName = 'in-project'): QuestionSet[] {
  return Object.entries(which === 'blind' ? blindFiles : files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, text]) => checkQuestionSet(name.replace(/^\.\//, ''), text, SHIPPED_ANSWER_COUNTS));
}
