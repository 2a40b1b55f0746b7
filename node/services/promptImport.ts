import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Prompt, PromptProblem } from '../../shared/schemas/prompt';
import { writeFileAtomic } from './atomicWrite';
import { checkPromptFile, loadPromptLibrary } from './promptLibrary';
import { messageOf } from '../../shared/errors';

export type ImportedFile = { name: string; text: string };
export type ImportResult = { imported: Prompt[]; problems: PromptProblem[] };

/**
 * Saves the good files among `files` into `userDir` as `<id>.md` and reports the rest by the
 * name the person chose. `name` never reaches the file system: the id (lowercase words and
 * hyphens only) names the saved file, so no name can write outside the prompts folder.
 */
export async function importPrompts(files: readonly ImportedFile[], dirs: { builtinDir: string; userDir: string }): Promise<ImportResult> {
  const builtinIds = new Set((await loadPromptLibrary([dirs.builtinDir])).prompts.map((p) => p.id));
  const own = new Map((await loadPromptLibrary([dirs.userDir])).prompts.map((p) => [p.id, p.source]));
  const imported: Prompt[] = [];
  const problems: PromptProblem[] = [];
  const importedFrom = new Map<string, string>();

  for (const { name, text } of files) {
    if (!/\.md$/i.test(name)) {
      problems.push({ file: name, message: 'not a prompt file (.md)' });
      continue;
    }
    // An imported prompt is judged as the person's own: reference shortfalls are warnings.
    const checked = checkPromptFile(name, text);
    if ('problems' in checked) {
      problems.push(...checked.problems);
      continue;
    }
    const { id } = checked.prompt;
    const idProblem = (message: string) => problems.push({ file: name, line: checked.idLine, field: 'id', message });
    if (builtinIds.has(id)) {
      idProblem(`id "${id}" is a built-in prompt; choose another id`);
      continue;
    }
    const first = importedFrom.get(id);
    if (first !== undefined) {
      idProblem(`id "${id}" is also the id of ${first} in this import; only that one was imported`);
      continue;
    }
    // Their earlier prompt with this id is replaced where it is, whatever its file is called.
    const target = own.get(id) ?? join(dirs.userDir, `${id}.md`);
    try {
      await mkdir(dirs.userDir, { recursive: true });
      if (!own.has(id) && (await exists(target))) {
        idProblem(`your prompts folder already has ${id}.md holding something else (another prompt, or one with problems); move it away first`);
        continue;
      }
      await writeFileAtomic(target, text);
    } catch (error) {
      problems.push({ file: name, message: `could not be saved to ${target}: ${messageOf(error)}` });
      continue;
    }
    importedFrom.set(id, name);
    imported.push({ ...checked.prompt, source: target });
    // Shown with the problems, so the person sees what to improve; the prompt is in the library.
    problems.push(...checked.warnings.map((w) => ({ ...w, message: `imported, but: ${w.message}` })));
  }
  return { imported, problems };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
