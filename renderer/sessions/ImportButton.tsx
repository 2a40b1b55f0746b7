import { useRef, useState } from 'react';
import { call, describeError } from '../bridge/bridge';
import { useAppStore } from '../store/store';

type Outcome = { tone: 'info' | 'error'; title: string; text?: string; open?: string };

/** "Import a session…": reads a bundle file another DesignDrill exported and adds it to the list. */
export function ImportButton({ onDone }: { onDone(outcome: Outcome): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const { id, title, outcome } = await call('session.importBundle', { name: file.name, content: await file.text() });
      await useAppStore.getState().loadSessionList({ changed: true });
      // Also what importing one's own export gives: the session never left this history.
      if (outcome === 'already-here') onDone({ tone: 'info', title: `“${title}” is already in your history`, text: 'Nothing was added.', open: id });
      else if (outcome === 'new-id') onDone({ tone: 'info', title: `Imported “${title}”`, text: 'A different session here had the same id, so this one was given a new id.', open: id });
      else onDone({ tone: 'info', title: `Imported “${title}”`, open: id });
    } catch (error) {
      onDone({ tone: 'error', title: 'The session was not imported', text: describeError(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="btn" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? 'Importing…' : 'Import a session…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Session file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so choosing the same file again still counts as a change.
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
