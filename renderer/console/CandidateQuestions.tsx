import { describeItem } from '../notes/lists';
import type { SessionState } from '../../shared/session/state';

/**
 * The questions the candidate wrote in their question list, each with a quick way to
 * answer it: the answer form takes the question, and the answer is linked to the item.
 */
export function CandidateQuestions({ state, onAnswer }: { state: SessionState; onAnswer(note: { id: string; text: string }): void }) {
  const questions = state.items.filter((i) => i.body.list === 'question' && describeItem(i.body).trim() !== '');
  const open = state.status !== 'ended';
  return (
    <section className="console-section" aria-labelledby="console-questions">
      <h3 id="console-questions">Questions the candidate wrote</h3>
      {questions.length === 0 ? (
        <p className="muted">None yet. Questions asked aloud can be answered in the answer form.</p>
      ) : (
        <ul className="console-list console-questions">
          {questions.map((item) => {
            const text = describeItem(item.body);
            const answered = state.fromInterviewer.some((m) => m.kind === 'answer' && m.note === item.id);
            return (
              <li key={item.id}>
                <span>{text}</span>
                {answered && <span className="console-chip console-answered">Answered</span>}
                <button type="button" className="btn btn-small" aria-label={`Answer: ${text}`} disabled={!open} onClick={() => onAnswer({ id: item.id, text })}>
                  Answer
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
