import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { confusableAnswers } from '../../shared/interviewer/distinct';
import type { PromptProblem } from '../../shared/schemas/prompt';
import { checkPromptFile, loadPromptLibrary, type PromptLibrary } from '../services/promptLibrary';
import { builtinPromptsDir } from './builtinPrompts';
import { badArgument } from './errors';

export { builtinPromptsDir };

/**
 * Checks a prompt file, or a folder's .md files, as the app would load them. Without a path,
 * the built-in prompts and then the data folder's prompts/, as the app reads them. Files in the
 * built-in folder are judged as built-in prompts (reference shortfalls are errors), all others
 * as imported ones (warnings).
 */
export async function checkPrompts(path: string | undefined, dirs: { builtin: () => string; user: string }): Promise<CheckedPrompts> {
  return withAnswerCheck(await loadForCheck(path, dirs));
}

/** What `prompts check` found: the library's problems and warnings, plus notes that do not fail it. */
export type CheckedPrompts = PromptLibrary & { notes: PromptProblem[] };

/**
 * Scripted answers the interviewer cannot tell apart (shared/interviewer/distinct.ts): one whose
 * own phrasing gets another answer is a warning (a candidate would be told the wrong fact); one
 * whose phrasings mostly get "which do you mean" is a note (safe, but the candidate is asked back).
 */
function withAnswerCheck(library: PromptLibrary): CheckedPrompts {
  const warnings = [...library.warnings];
  const notes: PromptProblem[] = [];
  for (const prompt of library.prompts) {
    for (const c of confusableAnswers(prompt)) {
      (c.severity === 'wrong' ? warnings : notes).push({ file: prompt.source, field: `answers.${c.answer}`, message: c.message });
    }
  }
  return { ...library, warnings, notes };
}

async function loadForCheck(path: string | undefined, dirs: { builtin: () => string; user: string }): Promise<PromptLibrary> {
  if (path === undefined) {
    const builtinDir = dirs.builtin();
    return loadPromptLibrary([builtinDir, dirs.user], undefined, { builtinDir });
  }
  const found = await stat(path).catch(() => undefined);
  if (!found) throw badArgument(`no such file or folder: ${path}`);
  const folder = found.isDirectory() ? path : dirname(path);
  const builtin = isBuiltinFolder(folder, dirs.builtin);
  if (found.isDirectory()) return loadPromptLibrary([path], undefined, builtin ? { builtinDir: path } : {});
  const checked = checkPromptFile(path, await readFile(path, 'utf8'), { builtin });
  return 'prompt' in checked ? { prompts: [checked.prompt], problems: [], warnings: checked.warnings } : { prompts: [], problems: checked.problems, warnings: [] };
}

function isBuiltinFolder(folder: string, builtin: () => string): boolean {
  try {
    return resolve(folder) === resolve(builtin());
  } catch {
    // No built-in prompts beside this command line: nothing checked is one of them.
    return false;
  }
}

/** `file:line: field: message`, leaving out what is not known, as editors and CI logs link it. */
export function formatProblem(p: PromptProblem): string {
  return `${[p.file, p.line].filter((part) => part !== undefined).join(':')}: ${p.field === undefined ? '' : `${p.field}: `}${p.message}`;
}

export function formatCheck({ prompts, problems, warnings, notes = [] }: PromptLibrary & { notes?: PromptProblem[] }): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const warned = warnings.map((w) => formatProblem({ ...w, message: `warning: ${w.message}` }));
  const noted = notes.map((n) => formatProblem({ ...n, message: `note: ${n.message}` }));
  const total = `${count(prompts.length, 'prompt')} ok, ${count(problems.length, 'problem')}${warnings.length > 0 ? `, ${count(warnings.length, 'warning')}` : ''}`;
  return [...problems.map(formatProblem), ...warned, ...noted, total, ''].join('\n');
}
