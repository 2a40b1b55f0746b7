import { useEffect, useRef, useState } from 'react';
import { routeHash } from '../shell/route';
import { Notice } from '../ui/Notice';
import { useAppStore } from '../store/store';
import { AnswerForm, draftAfterSend, emptyAnswer, type AnswerDraft } from './AnswerForm';
import { ConsoleBar } from './ConsoleBar';
import { selectActConsole, selectConsole, selectConsoleError, selectConsoleLog, type ConsoleData } from './consoleSlice';
import { HintForm } from './HintForm';
import { InterviewerNotes } from './InterviewerNotes';
import { ManualScores } from './ManualScores';
import { PromptColumn } from './PromptColumn';
import { SentList } from './SentList';
import { useSuggestedScores } from './useSuggestedScores';
import { WorkColumn } from './WorkColumn';
import './console.css';

/**
 * The partner's window of a paired session: the prompt with its hidden facts, the
 * candidate's work as it happens, and what the partner does about it. It follows the
 * session's log like the candidate's window does; neither owns the session.
 */
export function ConsoleScreen({ id }: { id: string }) {
  const open = useAppStore(selectConsole);

  useEffect(() => {
    const { openConsole, followConsole } = useAppStore.getState();
    const unfollow = followConsole();
    void openConsole(id);
    return unfollow;
  }, [id]);

  useEffect(() => {
    const title = open?.data.status === 'ready' ? open.data.value.prompt.title : undefined;
    document.title = title ? `Partner console · ${title} · DesignDrill` : 'Partner console · DesignDrill';
  }, [open]);

  if (!open || open.id !== id || open.data.status === 'loading' || open.data.status === 'idle') {
    return (
      <div className="console console-message">
        <h1>Partner console</h1>
        <p className="muted">Opening the session…</p>
      </div>
    );
  }
  if (open.data.status === 'failed') {
    return (
      <div className="console console-message">
        <h1>Partner console</h1>
        <Notice tone="error" title="The console could not open this session">
          {open.data.error}
        </Notice>
      </div>
    );
  }
  return <ConsoleLayout id={id} data={open.data.value} />;
}

function ConsoleLayout({ id, data }: { id: string; data: ConsoleData }) {
  const { state, prompt, own } = data;
  const act = useAppStore(selectActConsole);
  const error = useAppStore(selectConsoleError);
  const log = useAppStore(selectConsoleLog);
  const suggested = useSuggestedScores(prompt, log, state.level);
  const [draft, setDraft] = useState<AnswerDraft>(emptyAnswer);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const ended = state.status === 'ended';

  const sendAnswer = async (answer: number | null) => {
    const current = draft;
    const text = answer === null ? current.answer.trim() : undefined;
    if (answer === null && !text) return;
    const sent = await act({
      type: 'answer',
      question: current.question,
      answer,
      ...(text ? { text } : {}),
      ...(current.note ? { note: current.note.id } : {}),
    });
    if (sent) setDraft((now) => draftAfterSend(now, current, answer === null ? 'typed' : 'scripted'));
  };

  return (
    <div className="console">
      <ConsoleBar state={state} prompt={prompt} />
      {error && (
        <div className="console-error">
          <Notice tone="error" title="That did not go through" onDismiss={() => useAppStore.getState().dismissConsoleError()}>
            {error}
          </Notice>
        </div>
      )}
      {ended && (
        <div className="console-ended" role="status">
          <p>
            The session has ended. Your notes and scores stay open: finish them here. The candidate sees them in their report
            {state.selfScores ? ', beside their own scores.' : ' once they have scored themselves.'}
          </p>
          <a className="btn btn-primary btn-small" href={routeHash({ name: 'consoleReport', id })}>
            See the report
          </a>
        </div>
      )}
      <div className="console-columns">
        <section className="console-col console-col-prompt" aria-label="The prompt">
          <PromptColumn prompt={prompt} state={state} onSendScripted={(answer) => void sendAnswer(answer)} />
        </section>
        <section className="console-col console-col-work" aria-label="The candidate’s work">
          <WorkColumn
            id={id}
            state={state}
            prompt={prompt}
            onAnswer={(note) => {
              setDraft((d) => ({ ...d, question: note.text, note }));
              answerRef.current?.focus();
            }}
          />
        </section>
        <section className="console-col console-col-actions" aria-label="Your actions">
          <AnswerForm draft={draft} onChange={setDraft} onSend={() => void sendAnswer(null)} disabled={ended} answerRef={answerRef} />
          <HintForm disabled={ended} />
          <SentList messages={state.fromInterviewer} />
          <InterviewerNotes own={own} />
          <ManualScores own={own} suggested={suggested} self={state.selfScores} />
        </section>
      </div>
    </div>
  );
}
