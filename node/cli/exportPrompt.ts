import { join } from 'node:path';
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
  const library = await loadPromptLibrary([sources.builtin(), join(sources.dataDir, 'prompts')]);
  const found = library.prompts.find((p) => p.id === promptId);
  if (!found) throw failure(promptMissingMessage(sessionId, promptId));
  return { prompt: promptSnapshotOf(found), warnings };
}
