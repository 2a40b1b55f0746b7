import { z } from 'zod';
import { messageOf } from '../../errors';
import { PromptId } from '../../schemas/prompt';

/**
 * How a question is phrased, or why no scripted answer fits it. 'terse' names its measure by a
 * noun in a few words ("seat hold duration?"); 'non-native' asks without the usual word order or
 * articles ("driver can take how many rides in same time?").
 */
export const QuestionKind = z.enum(['everyday', 'terse', 'non-native', 'typo', 'slang', 'rambling', 'two-part', 'near-miss', 'off-script']);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** One labelled question: `expect` holds the indices (into the prompt's `answers:`) that should reply; [] means neutral. */
export const LabelledQuestion = z
  .object({
    q: z.string().trim().min(1, 'the question must not be empty'),
    expect: z.array(z.number().int().nonnegative()),
    kind: QuestionKind,
  })
  .strict();
export type LabelledQuestion = z.infer<typeof LabelledQuestion>;

/** One file of shared/interviewer/questions/: the labelled questions for one prompt. */
export const QuestionSet = z
  .object({
    prompt: PromptId,
    questions: z.array(LabelledQuestion).min(1),
  })
  .strict();
export type QuestionSet = z.infer<typeof QuestionSet>;

/**
 * One file holding questions for several prompts (a blind set written in one sitting), each
 * prompt's questions as one set: `about` says when and how it was written.
 */
export const QuestionBundle = z
  .object({
    about: z.string().trim().min(1, 'say when and how the questions were written'),
    sets: z.array(QuestionSet).min(1),
  })
  .strict();
export type QuestionBundle = z.infer<typeof QuestionBundle>;

/** How many answers each known prompt has, by prompt id. */
export type AnswerCounts = ReadonlyMap<string, number>;

const normalise = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Parses one question-set file and checks it against the prompts it labels, so a label
 * that points at no answer (or the wrong prompt) is caught before any figure is computed.
 * Returns the set, or throws one error listing every problem with the file and question named.
 */
export function checkQuestionSet(fileName: string, text: string, answerCounts: AnswerCounts): QuestionSet {
  const set = parseAs(fileName, text, QuestionSet, 'a question set');
  const expectedName = `${set.prompt}.json`;
  const named = fileName.endsWith(expectedName) ? [] : [`the file is named for another prompt than "${set.prompt}" (expected ${expectedName})`];
  const problems = [...named, ...labelProblems(set, answerCounts)];
  if (problems.length) throw new Error(`${fileName}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return set;
}

/**
 * Parses a file of several prompts' questions (QuestionBundle) and checks every label as
 * checkQuestionSet does, each problem named by its prompt and question; a prompt given twice
 * is a problem too (its questions belong in one set).
 */
export function checkQuestionBundle(fileName: string, text: string, answerCounts: AnswerCounts): QuestionSet[] {
  const bundle = parseAs(fileName, text, QuestionBundle, 'a bundle of question sets');
  const seen = new Set<string>();
  const problems = bundle.sets.flatMap((set) => {
    const twice = seen.has(set.prompt) ? [`prompt "${set.prompt}" is given twice`] : [];
    seen.add(set.prompt);
    return [...twice, ...labelProblems(set, answerCounts).map((p) => `${set.prompt}: ${p}`)];
  });
  if (problems.length) throw new Error(`${fileName}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return bundle.sets;
}

function parseAs<T>(fileName: string, text: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${messageOf(e)})`, { cause: e });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new Error(`${fileName}: not ${what}\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** What is wrong with one set's labels against the prompt's answers (nothing: an empty list). */
function labelProblems(set: QuestionSet, answerCounts: AnswerCounts): string[] {
  const problems: string[] = [];
  const count = answerCounts.get(set.prompt);
  if (count === undefined) problems.push(`no prompt "${set.prompt}" exists`);
  const seen = new Map<string, number>();
  set.questions.forEach((question, i) => {
    const where = `question ${i + 1} "${question.q}"`;
    const key = normalise(question.q);
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${where} repeats question ${first + 1}`);
    else seen.set(key, i);
    if (count !== undefined) {
      for (const index of question.expect) {
        if (index >= count) problems.push(`${where} expects answer ${index}, but "${set.prompt}" has answers 0 to ${count - 1}`);
      }
    }
    if (new Set(question.expect).size !== question.expect.length) problems.push(`${where} lists the same answer twice`);
    const n = question.expect.length;
    if ((question.kind === 'near-miss' || question.kind === 'off-script') && n !== 0) problems.push(`${where} is ${question.kind} but expects an answer`);
    if (question.kind === 'two-part' && n !== 2) problems.push(`${where} is two-part but expects ${n} answer(s), not 2`);
    if (!['near-miss', 'off-script', 'two-part'].includes(question.kind) && n !== 1) problems.push(`${where} is ${question.kind} but expects ${n} answers, not 1`);
  });
  return problems;
}
