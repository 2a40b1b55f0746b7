import { join } from 'node:path';
import type { Prompt } from '../../shared/schemas/prompt';
import type { PromptSnapshot } from '../../shared/session/exportFile';
import { loadPromptLibrary } from '../services/promptLibrary';
import { promptMissingMessage, promptSnapshotOf, readPromptSnapshot } from '../services/sessions/reportPrompt';
import { failure } from './errors';

export type PromptSources = {
  /** The built-in prompts; a function, since finding them can fail and is only needed for old sessions. */
  builtin: () => string;
  dataDir: string;
};

/**
 * The prompt a session folder is scored and exported with: its prompt.json, else (a session
 * from before snapshots were kept, or a damaged one) the library's prompt by id, as the app does.
 */
export async function sessionPrompt(folder: string, sessionId: string, promptId: string, sources: PromptSources): Promise<{ prompt: PromptSnapshot; warnings: string[] }> {
  const saved = await readPromptSnapshot(join(folder, 'prompt.json'));
  if ('snapshot' in saved) return { prompt: saved.snapshot, warnings: [] };
  const warnings = 'problem' in saved ? [`${saved.problem}; used the library's prompt "${promptId}" instead`] : [];
  const found = await libraryPrompt(promptId, sources);
  if (!found) throw failure(promptMissingMessage(sessionId, promptId));
  return { prompt: promptSnapshotOf(found), warnings };
}

/** The library's prompt `id`, the built-in ones and the data folder's own read as the app reads them; none when there is no such prompt. */
export async function libraryPrompt(id: string, sources: PromptSources): Promise<Prompt | undefined> {
  const builtinDir = sources.builtin();
  const library = await loadPromptLibrary([builtinDir, join(sources.dataDir, 'prompts')], undefined, { builtinDir });
  return library.prompts.find((p) => p.id === id);
}
