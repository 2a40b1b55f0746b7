import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { replyTo } from '../../shared/interviewer/reply';
import { topicOf, understandQuestions, type Understanding } from '../../shared/interviewer/understand';
import type { Prompt } from '../../shared/schemas/prompt';
import { checkPromptFile } from '../services/promptLibrary';
import { libraryPrompt } from './exportPrompt';
import { badArgument, failure } from './errors';
import { formatProblem } from './promptsCheck';

export type Asked = { prompt: Prompt; question: string; reply: string; understood: Understanding };

/**
 * `designdrill ask <prompt> "question"`: what the scripted interviewer of a solo session would
 * reply, and the scores of the closest answers with the words that counted, so a prompt's
 * author sees why a question matched (or did not).
 */
export async function askPrompt(promptRef: string, question: string, options: { cwd: string; builtinDir: () => string; dataDir: string }): Promise<Asked> {
  const prompt = await findPrompt(promptRef, options);
  const understood = understandQuestions(prompt)(question);
  return { prompt, question, reply: replyTo(prompt.answers, question, 0).reply, understood };
}

async function findPrompt(ref: string, options: { cwd: string; builtinDir: () => string; dataDir: string }): Promise<Prompt> {
  const path = resolve(options.cwd, ref);
  if (ref.endsWith('.md') || (await stat(path).catch(() => undefined))?.isFile()) {
    const text = await readFile(path, 'utf8').catch(() => {
      throw badArgument(`no such prompt file: ${ref}`);
    });
    const checked = checkPromptFile(path, text);
    if (!('prompt' in checked)) throw failure(`${ref} is not a valid prompt: ${checked.problems.map(formatProblem).join('; ')}`);
    return checked.prompt;
  }
  const found = await libraryPrompt(ref, { builtin: options.builtinDir, dataDir: options.dataDir });
  if (!found) throw badArgument(`no prompt "${ref}" in the library; give a prompt id (e.g. url-shortener) or a .md file`);
  return found;
}

const pct = (score: number) => score.toFixed(2);

/** The reply, what kind it is, then the top candidates, best first, each with why it scored. */
export function formatAsked({ prompt, reply, understood }: Asked, top = 5): string {
  const name = (i: number) => `answer ${i} (${topicOf(prompt.answers[i]!)})`;
  const kind =
    understood.kind === 'answer'
      ? `answer: ${understood.answers.map(name).join(' and ')}`
      : understood.kind === 'clarify'
        ? `clarify: between ${name(understood.between[0])} and ${name(understood.between[1])}`
        : 'neutral: no scripted answer fits';
  const lines = [`reply: ${reply}`, kind, 'candidates (answers counted from 0, in file order):'];
  for (const c of understood.candidates.slice(0, top)) lines.push(`  ${pct(c.score)}  ${name(c.answer)}: ${c.why.join('; ') || 'nothing shared'}`);
  if (understood.candidates.length === 0) lines.push('  none: the question shares no meaningful word with any answer');
  return `${lines.join('\n')}\n`;
}
