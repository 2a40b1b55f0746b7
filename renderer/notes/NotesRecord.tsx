import { itemsOf } from '../../shared/notes/apply';
import { NOTE_LISTS, type NoteList } from '../../shared/notes/item';
import type { SessionState } from '../../shared/session/state';
import { answersByItem } from '../pairing/answers';
import { allListsOf, describeItem, LIST_SPECS } from './lists';
import './notes.css';

/**
 * The notes of an ended session, read-only: per phase its lists (each shown once, under the
 * first phase of its kind) and its free text; items of lists no phase shows come last.
 */
export function NotesRecord({ state, sessionId, title = 'Your notes' }: { state: SessionState; sessionId: string; title?: string }) {
  const placed = new Set<NoteList>();
  const phases = state.phases.map((phase) => {
    const lists = allListsOf(phase.kind).filter((list) => !placed.has(list));
    for (const list of lists) placed.add(list);
    return { phase, lists };
  });
  const others = NOTE_LISTS.filter((list) => !placed.has(list) && itemsOf(state.items, list).length > 0);

  return (
    <div className="card work-card ended">
      <h2>{title}</h2>
      <ol className="ended-notes">
        {phases.map(({ phase, lists }) => {
          const text = state.notes[phase.id]?.trim();
          const filled = lists.filter((list) => itemsOf(state.items, list).length > 0);
          return (
            <li key={`${sessionId}/${phase.id}`}>
              <h3>{phase.title}</h3>
              {filled.map((list) => (
                <RecordList key={list} list={list} state={state} />
              ))}
              {text && <p className="ended-note">{state.notes[phase.id]}</p>}
              {!text && filled.length === 0 && <p className="muted">No notes.</p>}
            </li>
          );
        })}
        {others.length > 0 && (
          <li>
            <h3>Other notes</h3>
            {others.map((list) => (
              <RecordList key={list} list={list} state={state} />
            ))}
          </li>
        )}
      </ol>
    </div>
  );
}

function RecordList({ list, state }: { list: NoteList; state: SessionState }) {
  const spec = LIST_SPECS[list];
  const answers = answersByItem(state.fromInterviewer);
  return (
    <section className="record-list">
      <h4 className="record-list-title">{spec.title}</h4>
      <ul className="record-items" aria-label={spec.title}>
        {itemsOf(state.items, list).map((item) => (
          <li key={item.id}>
            {describeItem(item.body) || <span className="muted">(empty)</span>}
            {answers.get(item.id)?.map((answer, i) => (
              <p key={i} className="note-answer">
                <span className="note-answer-label">Partner:</span> {answer}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
