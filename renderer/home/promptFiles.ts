import { PROMPT_IMPORT_LIMITS, type PromptProblem } from '../../shared/schemas/prompt';

export type PromptFileText = { name: string; text: string };

/** The bridge refuses past these (shared/schemas/prompt.ts); saying so here names the file instead of failing the whole import. */
const MAX_PROMPT_FILE_BYTES = PROMPT_IMPORT_LIMITS.fileChars;
const MAX_PROMPT_FILES = PROMPT_IMPORT_LIMITS.files;
const MAX_IMPORT_CHARS = PROMPT_IMPORT_LIMITS.totalChars;

/**
 * Reads the files a person chose. From a folder only the Markdown files are taken (a pack
 * may hold a README image or a licence); each file keeps the path it had in the folder so
 * a problem names it as the person knows it.
 */
export async function readPromptFiles(chosen: readonly File[]): Promise<{ files: PromptFileText[]; skipped: PromptProblem[] }> {
  const files: PromptFileText[] = [];
  const skipped: PromptProblem[] = [];
  const named = chosen.map((file) => ({ file, name: file.webkitRelativePath || file.name }));
  const fromFolder = named.some((n) => n.name.includes('/'));
  let total = 0;
  for (const { file, name } of named) {
    if (!name.toLowerCase().endsWith('.md')) {
      if (!fromFolder) skipped.push({ file: name, message: 'not a prompt file: prompts are Markdown files ending in .md' });
      continue;
    }
    if (file.size > MAX_PROMPT_FILE_BYTES) {
      skipped.push({ file: name, message: `too big for a prompt (${Math.round(file.size / 1024)} KiB; the limit is 512 KiB)` });
      continue;
    }
    if (files.length >= MAX_PROMPT_FILES) {
      skipped.push({ file: name, message: `not imported: at most ${MAX_PROMPT_FILES} files at a time` });
      continue;
    }
    const text = await file.text();
    if (total + text.length > MAX_IMPORT_CHARS) {
      skipped.push({ file: name, message: `not imported: the files chosen together pass ${PROMPT_IMPORT_LIMITS.totalMiB} MiB; import the rest separately` });
      continue;
    }
    total += text.length;
    files.push({ name, text });
  }
  if (fromFolder && files.length === 0 && skipped.length === 0) {
    skipped.push({ file: named[0]?.name.split('/')[0] ?? 'the folder', message: 'has no .md prompt files' });
  }
  return { files, skipped };
}
