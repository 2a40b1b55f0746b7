import type { InterviewerNote, NoteTag } from '../../shared/pairing/privateLog';
import type { ReportViewer } from '../report/reportSlice';
import { formatUsed } from '../session/format';
import { routeHash } from '../shell/route';
import './pairing.css';

const TAG_LABEL: Record<NoteTag, string> = { strength: 'Strength', concern: 'Concern', question: 'Question' };

/**
 * What the partner wrote down during the session, each linked to its moment in the replay
 * (the candidate's; the console has no replay of its own).
 */
export function InterviewerNotes({ sessionId, notes, viewer = 'candidate' }: { sessionId: string; notes: readonly InterviewerNote[]; viewer?: ReportViewer }) {
  const own = viewer === 'interviewer';
  return (
    <section className="card report-section interviewer-notes" aria-labelledby="inotes-title">
      <h2 id="inotes-title">{own ? 'Your notes' : "Partner's notes"}</h2>
      {notes.length === 0 ? (
        <p className="muted">{own ? 'You wrote no notes.' : 'Your partner wrote no notes.'}</p>
      ) : (
        <ol className="inote-list">
          {notes.map((note) => (
            <li key={note.id} className="inote">
              {own ? (
                <span className="inote-time">{formatUsed(note.t)}</span>
              ) : (
                <a className="inote-time" href={routeHash({ name: 'replay', id: sessionId, t: note.t })} aria-label={`${formatUsed(note.t)}, see this moment in the replay`}>
                  {formatUsed(note.t)}
                </a>
              )}
              {note.tags.length > 0 && (
                <span className="inote-tags">
                  {note.tags.map((tag) => (
                    <span key={tag} className={`inote-tag inote-${tag}`}>
                      {TAG_LABEL[tag]}
                    </span>
                  ))}
                </span>
              )}
              <p className="inote-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
