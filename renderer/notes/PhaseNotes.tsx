import type { SessionState } from '../../shared/session/state';
import { answersByItem } from '../pairing/answers';
import { NotesEditor } from '../session/NotesEditor';
import { listsOf } from './lists';
import { NoteLists } from './NoteLists';
import './notes.css';

/**
 * The notes panel of the current phase. A phase of a known kind keeps its lists, with the
 * free-text notes below them for whatever fits no list (and for sessions written before the
 * lists existed); a phase of a person's own plan keeps free text alone, and the estimation
 * phase's record is the pad.
 */
export function PhaseNotes({ sessionId, state }: { sessionId: string; state: SessionState }) {
  const phase = state.phases[state.phaseIndex]!;
  const lists = listsOf(phase.kind, state.mode);
  const scratch = (
    <NotesEditor
      key={`${sessionId}/${phase.id}`}
      sessionId={sessionId}
      phaseId={phase.id}
      phaseTitle={phase.title}
      remote={state.notes[phase.id] ?? ''}
      readOnly={false}
      placeholder={
        lists.length > 0 ? 'Anything that fits no list above: loose thoughts, reminders.' : phase.produces ? `Aim for: ${phase.produces}` : 'Write what you would say out loud.'
      }
    />
  );
  if (lists.length === 0) {
    return (
      <div className="card work-card">
        {phase.kind === 'estimate' && <p className="notes-pad-hint">The estimation pad under the diagram is this phase’s record: name each figure and write what it decides.</p>}
        {scratch}
      </div>
    );
  }
  return (
    <div className="card work-card work-card-lists">
      <NoteLists
        key={`${sessionId}/${phase.id}`}
        sessionId={sessionId}
        phaseId={phase.id}
        phaseTitle={phase.title}
        lists={lists}
        remote={state.items}
        answers={answersByItem(state.fromInterviewer)}
      />
      <div className="notes-scratch">{scratch}</div>
    </div>
  );
}
