import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { ProblemList } from './ProblemList';
import { readPromptFiles } from './promptFiles';
import { selectPromptImport } from './promptsSlice';

/** Two ways in: pick some .md files, or a whole folder (a prompt pack). */
export function ImportPrompts() {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const busy = useAppStore(selectPromptImport).status === 'loading';

  useEffect(() => {
    // Not in React's attribute list; both names so Chromium and Electron offer a folder.
    folder.current?.setAttribute('webkitdirectory', '');
    folder.current?.setAttribute('directory', '');
  }, []);

  const chosen = async (input: HTMLInputElement) => {
    const picked = [...(input.files ?? [])];
    // Cleared so choosing the same file again after fixing it fires a change.
    input.value = '';
    if (picked.length === 0) return;
    const { files: texts, skipped } = await readPromptFiles(picked);
    await useAppStore.getState().importPrompts(texts, skipped);
  };

  return (
    <div className="import-prompts" aria-label="Add your own prompts" role="group">
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => files.current?.click()}>
        Import prompt files…
      </button>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => folder.current?.click()}>
        Import a folder…
      </button>
      <input ref={files} type="file" multiple accept=".md,text/markdown" hidden data-testid="import-files" onChange={(e) => void chosen(e.currentTarget)} />
      <input ref={folder} type="file" multiple hidden data-testid="import-folder" onChange={(e) => void chosen(e.currentTarget)} />
    </div>
  );
}

export function ImportReport() {
  const outcome = useAppStore(selectPromptImport);
  const dismiss = useAppStore.getState().dismissPromptImport;
  if (outcome.status === 'loading') return <p className="muted">Checking the prompt files…</p>;
  if (outcome.status === 'failed') {
    return (
      <Notice tone="error" title="The prompts could not be imported" onDismiss={dismiss}>
        {outcome.error}
      </Notice>
    );
  }
  if (outcome.status !== 'ready') return null;
  const { imported, problems } = outcome.value;
  const added = imported.length === 0 ? 'No prompt was imported' : `Imported ${imported.length} prompt${imported.length === 1 ? '' : 's'}: ${imported.map((p) => p.title).join(', ')}`;
  return (
    <Notice
      tone={problems.length > 0 ? 'warning' : 'info'}
      title={problems.length > 0 ? `${added}. ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:` : `${added}.`}
      onDismiss={dismiss}
    >
      {problems.length > 0 ? <ProblemList problems={problems} /> : 'They are in your library below and kept in your data folder.'}
    </Notice>
  );
}
