import { useEffect, useMemo, useState } from 'react';
import type { SessionSummary } from '../../shared/session/summary';
import { describeError } from '../bridge/bridge';
import { BAND_LABEL, BAND_TONE } from '../report/BandCard';
import { formatDate, formatUsed } from '../session/format';
import { navigate, routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { rubricLine } from '../report/rubricLine';
import { exportBundle } from './bundleFile';
import { historyState, historyView, NO_FILTER, previousAttempt, type HistoryFilter, type HistorySort, type HistoryState } from './historyView';
import { HistoryFilters } from './HistoryFilters';
import { ImportButton } from './ImportButton';
import { selectSessionList, selectSessionRubric, usedAt } from './sessionsSlice';
import { TrashSection } from './TrashSection';
import './sessions.css';

/** One empty list while the sessions load, so the view is not worked out again on every render. */
const NO_SESSIONS: readonly never[] = [];

/** What a damaged row says first when the app gave no reason in a few words (notes from before it did). */
const DAMAGED_REASON = 'Nothing in its log can be read.';
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a row repaired to the records before its damage says of them. */
function keptLine(kept: NonNullable<SessionSummary['kept']>): string {
  const where = kept.original ? ` The damaged original is in ${kept.original.split('/')[0]}/.` : '';
  return kept.ended
    ? `Damaged after it ended: kept ${kept.records} of ${kept.of} records, to be read.${where}`
    : `Damaged: kept ${kept.records} of ${kept.of} records; it goes on after the last one kept.${where}`;
}
const STATE_LABEL: Record<HistoryState, string> = { finished: 'Finished', unfinished: 'Unfinished', damaged: 'Damaged' };
const STATE_TONE: Record<HistoryState, string> = { finished: 'ended', unfinished: 'paused', damaged: 'damaged' };
const STATUS_DETAIL: Partial<Record<SessionSummary['status'], string>> = { ready: 'Not started', running: 'Running', paused: 'Paused' };

/** What the person last did that deserves a word: a delete to undo, an export or import done, a refusal. */
type Message = { tone: 'info' | 'error'; title: string; text?: string; undo?: SessionSummary; open?: string };

export function SessionsScreen() {
  const list = useAppStore(selectSessionList);
  const rubric = useAppStore(selectSessionRubric);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [sort, setSort] = useState<HistorySort>('newest');
  const [message, setMessage] = useState<Message>();
  // Off by default: a voice is personal and large; the person asks for it each time.
  const [withVoice, setWithVoice] = useState(false);
  // A running row's time as of opening the list; the list's own times are as of its last load.
  const [now] = useState(() => Date.now());

  useEffect(() => {
    // The rows scored or checked behind the list are pushed; the shell follows them (followSessionList).
    const { loadSessionList, loadTrashList } = useAppStore.getState();
    void loadSessionList();
    void loadTrashList();
  }, []);

  const all = list.status === 'ready' ? list.value : NO_SESSIONS;
  const shown = useMemo(() => historyView(all, filter, sort), [all, filter, sort]);

  const remove = async (session: SessionSummary) => {
    try {
      await useAppStore.getState().trashSession(session.id);
      setMessage({ tone: 'info', title: `Moved “${session.prompt.title}” to the trash`, undo: session });
    } catch (error) {
      setMessage({ tone: 'error', title: 'The session was not deleted', text: describeError(error) });
    }
  };
  const undo = async (session: SessionSummary) => {
    try {
      await useAppStore.getState().restoreSession(session.id);
      setMessage(undefined);
    } catch (error) {
      setMessage({ tone: 'error', title: 'The session could not be brought back', text: describeError(error) });
    }
  };
  const exportOne = async (session: SessionSummary) => {
    try {
      const result = await exportBundle(session.id, withVoice);
      if (result) setMessage({ tone: 'info', title: result });
    } catch (error) {
      setMessage({ tone: 'error', title: 'The session was not exported', text: describeError(error) });
    }
  };

  return (
    <section className="screen" aria-labelledby="sessions-title">
      <div className="sessions-head">
        <h1 id="sessions-title">Sessions</h1>
        <div className="sessions-head-actions">
          <label className="export-voice">
            <input type="checkbox" checked={withVoice} onChange={(e) => setWithVoice(e.target.checked)} />
            Export with my recorded voice
          </label>
          <ImportButton onDone={setMessage} />
        </div>
      </div>
      <p className="lede">Every practice session. Open one to pick it up where you left it, read its report or watch it again.</p>
      {message && (
        <Notice
          tone={message.tone}
          title={message.title}
          onDismiss={() => setMessage(undefined)}
          actions={
            message.undo || message.open ? (
              <>
                {message.undo && (
                  <button type="button" className="btn btn-small" onClick={() => void undo(message.undo!)}>
                    Undo
                  </button>
                )}
                {message.open && (
                  <a className="btn btn-small" href={routeHash({ name: 'session', id: message.open })}>
                    Open it
                  </a>
                )}
              </>
            ) : undefined
          }
        >
          {message.text}
        </Notice>
      )}
      {list.status === 'loading' && <p className="muted">Loading sessions…</p>}
      {list.status === 'failed' && <Notice tone="error" title="The sessions could not be listed">{list.error}</Notice>}
      {list.status === 'ready' && all.length === 0 && (
        <p className="empty">
          No sessions yet. <a href={routeHash({ name: 'home' })}>Pick a prompt</a> and start one, or import a session someone exported.
        </p>
      )}
      {list.status === 'ready' && all.length > 0 && (
        <>
          <HistoryFilters sessions={all} filter={filter} sort={sort} shown={shown.length} onFilter={setFilter} onSort={setSort} />
          {rubric && all.some((s) => s.band) && <p className="muted rubric-line">{rubricLine(rubric)}</p>}
          {shown.length === 0 ? (
            <p className="empty">No session matches these filters.</p>
          ) : (
            <table className="table sessions-table">
              <thead>
                <tr>
                  <th scope="col">Prompt</th>
                  <th scope="col">Date</th>
                  <th scope="col" className="num">
                    Used
                  </th>
                  <th scope="col">Band</th>
                  <th scope="col">State</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <SessionRow key={s.id} session={s} previous={previousAttempt(all, s)} now={now} onDelete={remove} onExport={exportOne} />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <TrashSection onMessage={setMessage} />
    </section>
  );
}

function SessionRow({
  session,
  previous,
  now,
  onDelete,
  onExport,
}: {
  session: SessionSummary;
  previous: SessionSummary | undefined;
  now: number;
  onDelete(s: SessionSummary): void;
  onExport(s: SessionSummary): void;
}) {
  const unreadable = session.status === 'damaged';
  const state = historyState(session);
  const title = session.prompt.title;
  const when = session.createdAt > 0 ? formatDate(session.createdAt) : '';
  // Actions are named by their verb and described by the row's title, so a title stays unique as a link name.
  const titleId = `session-title-${session.id}`;
  const unfinished = session.status === 'ready' || session.status === 'running' || session.status === 'paused';
  return (
    <tr
      className={unreadable ? 'session-row session-row-damaged' : 'session-row'}
      onClick={(e) => {
        // The whole row opens the session; its links and buttons keep their own meaning.
        if (unreadable || (e.target as HTMLElement).closest('a, button')) return;
        navigate({ name: 'session', id: session.id });
      }}
    >
      <td>
        {unreadable ? (
          <span className="session-row-title" id={titleId}>
            {title}
          </span>
        ) : (
          <a className="session-row-title" id={titleId} href={routeHash({ name: 'session', id: session.id })}>
            {title}
          </a>
        )}
        <span className="session-row-plan">{unreadable ? session.id : `${session.plan.name}${session.mode === 'paired' ? ' · with a partner' : ''}`}</span>
      </td>
      <td className="session-row-date">{when || '—'}</td>
      <td className="num">
        {unreadable ? '—' : formatUsed(usedAt(session, now))}
        {!unreadable && <span className="session-row-of"> of {formatUsed(session.plannedMs)}</span>}
      </td>
      <td className="session-row-band">
        {session.band ? (
          <span className={`band-chip band-chip-${BAND_TONE[session.band]}`}>{BAND_LABEL[session.band]}</span>
        ) : session.scoring ? (
          // Its report is being made by the current rubric behind the list; the band follows.
          <span className="muted session-row-scoring">scoring…</span>
        ) : session.awaitingSelfScores ? (
          // Blind: no band until the candidate has given their own scores, on the session's page.
          <a href={routeHash({ name: 'session', id: session.id })} aria-describedby={titleId}>
            Score yourself
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <span className={`status-pill status-${STATE_TONE[state]}`}>{STATE_LABEL[state]}</span>
        {STATUS_DETAIL[session.status] && <span className="session-row-status">{STATUS_DETAIL[session.status]}</span>}
        {unreadable && (
          <>
            <p className="session-row-reason">{session.reason ? `${capitalised(session.reason)}.` : DAMAGED_REASON}</p>
            {/* Nothing is hidden: where its files are and the full reason, naming files and lines, one click away. */}
            <details className="session-row-problem">
              <summary>Show its files</summary>
              {session.folder && (
                <p className="session-row-folder">
                  <code>{session.folder}</code>
                  <CopyButton text={session.folder} />
                </p>
              )}
              {session.problem && <p>{session.problem}</p>}
              <p>Moving it to the trash keeps its files aside, as they are.</p>
            </details>
          </>
        )}
        {session.kept && (
          <p className="session-row-kept" title={session.kept.original}>
            {keptLine(session.kept)}
          </p>
        )}
        {!unreadable && session.warning && <p className="session-row-warning">{session.warning}</p>}
      </td>
      <td>
        <div className="session-row-actions">
          {session.kept && (
            <a className="btn btn-small" href={routeHash({ name: 'session', id: session.id })} aria-describedby={titleId}>
              Open what was kept
            </a>
          )}
          {unfinished && !session.kept && (
            <a className="btn btn-small" href={routeHash({ name: 'session', id: session.id })} aria-describedby={titleId}>
              Resume
            </a>
          )}
          {session.status === 'ended' && (
            <>
              {!session.kept && (
                <a className="btn btn-small" href={routeHash({ name: 'session', id: session.id })} aria-describedby={titleId}>
                  Open
                </a>
              )}
              <a className="btn btn-small session-row-report" href={routeHash({ name: 'report', id: session.id })} aria-label={`Report on ${title}`}>
                Report
              </a>
              <a className="btn btn-small" href={routeHash({ name: 'replay', id: session.id })} aria-describedby={titleId}>
                Replay
              </a>
              {previous && (
                <a
                  className="btn btn-small"
                  href={routeHash({ name: 'compare', a: previous.id, b: session.id })}
                  aria-describedby={titleId}
                  title={`With the attempt of ${formatDate(previous.createdAt)}`}
                >
                  Compare
                </a>
              )}
            </>
          )}
          {!unreadable && (
            <button
              type="button"
              className="btn btn-small"
              aria-describedby={titleId}
              title="Save the session as one .designdrill.json file, which another DesignDrill can import"
              onClick={() => onExport(session)}
            >
              Export
            </button>
          )}
          <button type="button" className="btn btn-small btn-quiet-danger" aria-describedby={titleId} onClick={() => onDelete(session)}>
            {unreadable ? 'Move to trash' : 'Delete'}
          </button>
        </div>
      </td>
    </tr>
  );
}

/** Copies a path for the person to paste into a file manager or a terminal; says when it did. */
function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? 'Copied' : 'Copy path'}
    </button>
  );
}
