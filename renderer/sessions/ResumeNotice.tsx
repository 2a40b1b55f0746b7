import type { SessionSummary } from '../../shared/session/summary';
import { formatUsed } from '../session/format';
import { navigate } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectResumable, usedAt } from './sessionsSlice';

function where(session: SessionSummary): string {
  switch (session.status) {
    case 'ready':
      return 'not started yet';
    case 'running':
      return `running, ${formatUsed(usedAt(session, Date.now()))} in`;
    default:
      return `paused at ${formatUsed(session.activeMs)}`;
  }
}

/** On launch: the most recent unfinished session, offered for resume. */
export function ResumeNotice() {
  const session = useAppStore(selectResumable);
  if (!session) return null;
  return (
    <Notice
      tone="info"
      title="You have a session in progress"
      actions={
        <>
          <button type="button" className="btn btn-primary btn-small" onClick={() => navigate({ name: 'session', id: session.id })}>
            Resume
          </button>
          <button type="button" className="btn btn-small" onClick={() => useAppStore.getState().dismissResume(session.id)}>
            Dismiss
          </button>
        </>
      }
    >
      Resume “{session.prompt.title}” ({where(session)}) with the {session.plan.name} plan.
    </Notice>
  );
}
