import { useEffect } from 'react';
import type { SessionSummary } from '../../shared/session/summary';
import { formatDate, formatUsed } from '../session/format';
import { navigate, routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectSessionList, usedAt } from './sessionsSlice';
import './sessions.css';

const STATE_LABEL: Record<SessionSummary['status'], string> = {
  ready: 'Ready',
  running: 'Running',
  paused: 'Paused',
  ended: 'Ended',
  damaged: 'Damaged',
};

export function SessionsScreen() {
  const list = useAppStore(selectSessionList);

  useEffect(() => {
    void useAppStore.getState().loadSessionList();
  }, []);

  return (
    <section className="screen" aria-labelledby="sessions-title">
      <h1 id="sessions-title">Sessions</h1>
      <p className="lede">Every practice session, newest first. Open one to pick it up where you left it, or to read your notes.</p>
      {list.status === 'loading' && <p className="muted">Loading sessions…</p>}
      {list.status === 'failed' && <Notice tone="error" title="The sessions could not be listed">{list.error}</Notice>}
      {list.status === 'ready' && list.value.length === 0 && (
        <p className="empty">
          No sessions yet. <a href={routeHash({ name: 'home' })}>Pick a prompt</a> and start one.
        </p>
      )}
      {list.status === 'ready' && list.value.length > 0 && (
        <table className="table sessions-table">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                Used
              </th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((s) => (
              <SessionRow key={s.id} session={s} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SessionRow({ session }: { session: SessionSummary }) {
  const damaged = session.status === 'damaged';
  const href = routeHash({ name: 'session', id: session.id });
  return (
    <tr
      className={damaged ? 'session-row session-row-damaged' : 'session-row'}
      onClick={(e) => {
        // The whole row opens the session; the link inside it stays the keyboard's way in.
        if (damaged || (e.target as HTMLElement).closest('a')) return;
        navigate({ name: 'session', id: session.id });
      }}
    >
      <td>
        {damaged ? (
          <span className="session-row-title">{session.prompt.title}</span>
        ) : (
          <a className="session-row-title" href={href}>
            {session.prompt.title}
          </a>
        )}
        <span className="session-row-plan">{damaged ? session.id : session.plan.name}</span>
      </td>
      <td className="session-row-date">{session.createdAt > 0 ? formatDate(session.createdAt) : '—'}</td>
      <td className="num">
        {damaged ? '—' : formatUsed(usedAt(session, Date.now()))}
        {!damaged && <span className="session-row-of"> of {formatUsed(session.plannedMs)}</span>}
      </td>
      <td>
        <span className={`status-pill status-${session.status}`}>{STATE_LABEL[session.status]}</span>
        {session.status === 'ended' && (
          <a className="session-row-report" href={routeHash({ name: 'report', id: session.id })} aria-label={`Report on ${session.prompt.title}`}>
            Report
          </a>
        )}
        {damaged && session.problem && <p className="session-row-problem">{session.problem}</p>}
        {!damaged && session.warning && <p className="session-row-warning">{session.warning}</p>}
      </td>
    </tr>
  );
}
