import { SHIPPED_PROMPTS } from '../../rubric/testing/prompts';
import { checkQuestionBundle, checkQuestionSet, type QuestionSet } from './schema';

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

// Test-only: Vite reads the files at build time (shared/ may not touch the file system), and
// nothing in the app imports this, so the labelled questions stay out of the bundle.
const files = (import.meta as unknown as ViteGlob).glob('./*.json', { query: '?raw', import: 'default', eager: true });
// The blind sets: questions written before a pass changed the matcher, kept apart so their
// figures say how the matcher does on phrasings nobody tuned it to. The first is one file per
// prompt; the second, written in one sitting over many prompts, is one file.
const blindFiles = (import.meta as unknown as ViteGlob).glob('./blind/*.json', { query: '?raw', import: 'default', eager: true });
const SECOND_BLIND = './blind/second-set.json';

/** The shipped prompts' answer counts, which every label is checked against. */
export const SHIPPED_ANSWER_COUNTS: ReadonlyMap<string, number> = new Map(SHIPPED_PROMPTS.map((p) => [p.id, p.answers.length]));

/** Which committed questions: the in-project set the matcher is tuned on, or a blind set. */
export type QuestionSetName = 'in-project' | 'blind' | 'blind-2';

/** The committed question sets, each checked against its shipped prompt; throws naming the first bad file. */
export function loadQuestionSets(which: QuestionSetName = 'in-project'): QuestionSet[] {
  if (which === 'blind-2') {
    const text = blindFiles[SECOND_BLIND];
    if (text === undefined) throw new Error(`${SECOND_BLIND.slice(2)}: the second blind set is missing`);
    return checkQuestionBundle(SECOND_BLIND.slice(2), text, SHIPPED_ANSWER_COUNTS);
  }
  const chosen = which === 'blind' ? Object.entries(blindFiles).filter(([name]) => name !== SECOND_BLIND) : Object.entries(files);
  return chosen.sort(([a], [b]) => a.localeCompare(b)).map(([name, text]) => checkQuestionSet(name.replace(/^\.\//, ''), text, SHIPPED_ANSWER_COUNTS));
}
