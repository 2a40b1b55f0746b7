import { useState } from 'react';
import type { SessionSummary } from '../../shared/session/summary';
import { describeError } from '../bridge/bridge';
import { formatDate } from '../session/format';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { selectTrashList } from './sessionsSlice';

type Message = { tone: 'info' | 'error'; title: string; text?: string };

/** Deleted sessions, kept until the person erases them for good (after saying so twice). */
export function TrashSection({ onMessage }: { onMessage(message: Message | undefined): void }) {
  const trash = useAppStore(selectTrashList);
  const [erasing, setErasing] = useState<SessionSummary>();

  if (trash.status === 'failed') {
    return (
      <p className="trash-problem" role="alert">
        The trash could not be listed: {trash.error}
      </p>
    );
  }
  if (trash.status !== 'ready' || trash.value.length === 0) return null;

  const act = async (what: () => Promise<void>, failed: string, done?: string) => {
    try {
      await what();
      onMessage(done ? { tone: 'info', title: done } : undefined);
    } catch (error) {
      onMessage({ tone: 'error', title: failed, text: describeError(error) });
    }
  };

  return (
    <section className="trash" aria-labelledby="trash-title">
      <h2 id="trash-title">Trash</h2>
      <p className="muted">Deleted sessions stay here, files and all, until you delete them forever.</p>
      <ul className="trash-list">
        {trash.value.map((s) => {
          const when = s.createdAt > 0 ? formatDate(s.createdAt) : s.id;
          return (
            <li key={s.id} className="trash-item">
              <span className="trash-item-title">{s.prompt.title}</span>
              <span className="trash-item-date muted">{when}</span>
              <button type="button" className="btn btn-small" aria-label={`Restore ${s.prompt.title}, ${when}`} onClick={() => void act(() => useAppStore.getState().restoreSession(s.id), 'The session could not be restored')}>
                Restore
              </button>
              <button type="button" className="btn btn-small btn-quiet-danger" aria-label={`Delete ${s.prompt.title}, ${when}, forever`} onClick={() => setErasing(s)}>
                Delete forever
              </button>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={erasing !== undefined}
        title="Delete this session forever?"
        confirmLabel="Delete forever"
        onCancel={() => setErasing(undefined)}
        onConfirm={() => {
          const session = erasing!;
          setErasing(undefined);
          void act(() => useAppStore.getState().eraseSession(session.id), 'The session could not be deleted', `Deleted “${session.prompt.title}” forever`);
        }}
      >
        <p>
          “{erasing?.prompt.title}” and everything recorded in it (the log, the notes, the diagram, the report) will be erased from this computer. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
