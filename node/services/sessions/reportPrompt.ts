import { readFile } from 'node:fs/promises';
import type { Prompt } from '../../../shared/schemas/prompt';
import { PromptSnapshot } from '../../../shared/session/exportFile';
import { writeFileAtomic } from '../atomicWrite';
import { messageOf } from '../../../shared/errors';
import { isMissing } from '../storeFs';

/** The prompt as a session keeps it: front matter and outline, without the file's raw text. */
export function promptSnapshotOf(prompt: Prompt): PromptSnapshot {
  const { source: _source, ...snapshot } = prompt;
  return PromptSnapshot.parse(snapshot);
}

export async function writePromptSnapshot(file: string, snapshot: PromptSnapshot): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(snapshot, null, 2)}\n`);
}

export type SavedPrompt = { snapshot: PromptSnapshot } | { missing: true } | { problem: string };

/**
 * The prompt.json of a session. Sessions created before it existed have none (`missing`);
 * a damaged one is reported, not thrown, so the caller decides whether to fall back.
 */
export async function readPromptSnapshot(file: string): Promise<SavedPrompt> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { missing: true };
    return { problem: `${file} cannot be read (${messageOf(error)})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problem: `${file} is not JSON (${messageOf(error)})` };
  }
  const parsed = PromptSnapshot.safeParse(data);
  if (parsed.success) return { snapshot: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { problem: `${file} does not match the prompt snapshot schema (${issue.path.join('.') || 'prompt'}: ${issue.message})` };
}

/** Why a session cannot be scored without its prompt, in words that say what to do. */
export function promptMissingMessage(sessionId: string, promptId: string): string {
  return (
    `session ${sessionId} has no saved prompt (it was created before DesignDrill kept one) and the prompt "${promptId}" ` +
    'is not in the library any more, so there is nothing to score it against; import that prompt again to score it'
  );
}
