import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SessionEvent } from '../../shared/session/events';
import type { AskedQuestion, SessionState } from '../../shared/session/state';
import { call, describeError } from '../bridge/bridge';
import { usePasteLimit } from '../ui/usePasteLimit';
import { formatUsed } from '../session/format';
import './interviewer.css';

const MAX_QUESTION = 2_000;

/** The phase questions belong to: Clarify, or the first phase of a plan without kinds. */
export function isClarifying(state: SessionState): boolean {
  const phase = state.phases[state.phaseIndex]!;
  return phase.kind === 'clarify' || (phase.kind === undefined && state.phaseIndex === 0);
}

/**
 * The scripted interviewer of a solo session: the candidate types a question, the Node side
 * answers from the prompt's script or asks for an assumption. Open in the Clarify phase,
 * folded in the others (questions come up later too), read-only once the session ends.
 */
export function InterviewerPanel({ sessionId, state }: { sessionId: string; state: SessionState }) {
  const phase = state.phases[state.phaseIndex]!;
  const clarifying = isClarifying(state);
  const ended = state.status === 'ended';
  const [open, setOpen] = useState(clarifying && !ended);
  const stage = `${phase.id}/${ended}`;
  const [openedFor, setOpenedFor] = useState(stage);
  // A new phase (or the end) sets the panel as that phase wants it; a click in between is kept.
  if (openedFor !== stage) {
    setOpenedFor(stage);
    setOpen(clarifying && !ended);
  }

  const [draft, setDraft] = useState('');
  const paste = usePasteLimit(MAX_QUESTION, 'a question');
  const [asking, setAsking] = useState<string | undefined>();
  // The reply, shown until the folded log has it (the push may come after our own answer).
  const [answered, setAnswered] = useState<SessionEvent | undefined>();
  const [error, setError] = useState<string | undefined>();

  const turns: AskedQuestion[] = [...state.questions];
  if (answered?.type === 'interviewer.asked' && answered.seq > state.lastSeq) {
    const { question, reply, answer, kind } = answered.payload;
    turns.push({ question, reply, answer, ...(kind ? { kind } : {}), t: answered.t, phase: answered.phase });
  }

  const log = useRef<HTMLOListElement>(null);
  const shown = turns.length + (asking ? 1 : 0);
  useEffect(() => {
    if (log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [shown, open]);

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const question = draft.trim();
    if (question === '' || asking !== undefined) return;
    setAsking(question);
    setError(undefined);
    try {
      const reply = await call('interviewer.ask', { id: sessionId, question });
      setAnswered(reply.event);
      setDraft('');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setAsking(undefined);
    }
  };

  return (
    <details className="card interviewer-card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="eyebrow">
        Ask the scripted interviewer
        {turns.length > 0 && <span className="interviewer-count"> · {turns.length === 1 ? '1 question' : `${turns.length} questions`}</span>}
      </summary>
      {turns.length === 0 && !asking && (
        <p className="interviewer-intro">
          {ended
            ? 'No questions were asked in this session.'
            : 'Ask what the brief leaves open: scale, features, limits. What the scripted interviewer has no answer for is yours to decide and note as an assumption.'}
        </p>
      )}
      {shown > 0 && (
        <ol className="interviewer-log" ref={log} aria-label="Questions and replies" aria-live="polite">
          {turns.map((turn, i) => (
            <Turn key={i} turn={turn} />
          ))}
          {asking && (
            <li className="interviewer-turn">
              <p className="interviewer-question">{asking}</p>
              <p className="interviewer-reply interviewer-waiting">…</p>
            </li>
          )}
        </ol>
      )}
      {!ended && (
        <form className="interviewer-form" onSubmit={(e) => void ask(e)}>
          <input
            className="input interviewer-input"
            type="text"
            aria-label="Ask the scripted interviewer"
            placeholder="Your question…"
            value={draft}
            maxLength={MAX_QUESTION}
            onPaste={paste.onPaste()}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="btn btn-small" disabled={asking !== undefined || draft.trim() === ''}>
            Ask
          </button>
          {paste.notice()}
        </form>
      )}
      {error && (
        <p className="interviewer-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}

/** A "which do you mean" invites a follow-up; a neutral reply hands the decision back (older logs have no kind). */
function replyStyle(turn: AskedQuestion): string {
  if (turn.kind === 'clarify') return ' interviewer-clarify';
  return turn.answer === null ? ' interviewer-neutral' : '';
}

function Turn({ turn }: { turn: AskedQuestion }) {
  return (
    <li className="interviewer-turn">
      <p className="interviewer-question">
        <time className="interviewer-time" title="On the session clock">
          {formatUsed(turn.t)}
        </time>{' '}
        {turn.question}
      </p>
      <p className={`interviewer-reply${replyStyle(turn)}`}>{turn.reply}</p>
    </li>
  );
}
