import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { SessionState } from '../../shared/session/state';
import { formatUsed } from '../session/format';

/**
 * The prompt's answers to the questions a candidate is likely to ask, each sent with one
 * click. The question in the answer form, when there is one, goes with it.
 */
export function ScriptedAnswers({
  answers,
  state,
  onSend,
}: {
  answers: PromptSnapshot['answers'];
  state: SessionState;
  onSend(answer: number): void;
}) {
  if (answers.length === 0) return <p className="muted">This prompt has no scripted answers: type yours in the answer form.</p>;
  const open = state.status !== 'ended';
  return (
    <ol className="console-list console-answers">
      {answers.map((a, index) => {
        // Sent as written: the state keeps the words, not which answer they were.
        const sent = state.fromInterviewer.filter((m) => m.kind === 'answer' && m.text === a.answer);
        return (
          <li key={index}>
            <p className="console-asks">{a.asks.join(' · ')}</p>
            <p className="console-answer-text">{a.answer}</p>
            <div className="console-row">
              <button type="button" className="btn btn-small" aria-label={`Send scripted answer ${index + 1}`} disabled={!open} onClick={() => onSend(index)}>
                Send
              </button>
              {sent.length > 0 && <span className="console-sent-at">Sent at {sent.map((m) => formatUsed(m.t)).join(', ')}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
