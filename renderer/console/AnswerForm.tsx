import { useId, type RefObject } from 'react';

/** The typed answer being written: the question heard, and the candidate's question item it answers, if picked. */
export type AnswerDraft = { question: string; answer: string; note?: { id: string; text: string } };

export const emptyAnswer: AnswerDraft = { question: '', answer: '' };

/**
 * The draft once an answer went out. Only the words that were sent are cleared: a scripted answer
 * sent from the prompt column leaves a half-typed answer where it is (it may be the follow-up),
 * and anything typed while the answer was on its way stays.
 */
export function draftAfterSend(now: AnswerDraft, sentFrom: AnswerDraft, sent: 'typed' | 'scripted'): AnswerDraft {
  if (now !== sentFrom) return now;
  if (sent === 'scripted' && now.answer.trim() !== '') return now;
  return emptyAnswer;
}

/** Answering in the partner's own words; the question heard is kept with it in the log. */
export function AnswerForm({
  draft,
  onChange,
  onSend,
  disabled,
  answerRef,
}: {
  draft: AnswerDraft;
  onChange(draft: AnswerDraft): void;
  onSend(): void;
  disabled: boolean;
  answerRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const id = useId();
  return (
    <form
      className="console-section console-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
    >
      <h3 id={`${id}-title`}>Answer a question</h3>
      {draft.note && (
        <p className="console-answering">
          <span>Answers the candidate’s question “{draft.note.text}”</span>
          <button type="button" className="btn btn-quiet btn-small" onClick={() => onChange({ ...draft, note: undefined })}>
            Unlink
          </button>
        </p>
      )}
      <label className="field">
        <span className="field-label">Question heard</span>
        <input className="input" value={draft.question} maxLength={2000} onChange={(e) => onChange({ ...draft, question: e.target.value })} />
      </label>
      <label className="field">
        <span className="field-label">Your answer</span>
        <textarea
          ref={answerRef}
          className="input"
          rows={2}
          value={draft.answer}
          maxLength={5000}
          onChange={(e) => onChange({ ...draft, answer: e.target.value })}
          onKeyDown={(e) => {
            // Enter sends, as in a chat; Shift+Enter starts a new line.
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              onSend();
            }
          }}
        />
      </label>
      <div className="console-row">
        <button type="submit" className="btn btn-primary btn-small" disabled={disabled || draft.answer.trim() === ''}>
          Send answer
        </button>
        <span className="console-hint">Enter sends · Shift+Enter for a new line</span>
      </div>
    </form>
  );
}
