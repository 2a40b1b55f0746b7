import { BridgeError } from '../../shared/bridge/parse';
import { replyTo, type ScriptedAnswers } from '../../shared/interviewer/reply';
import type { SessionEvent } from '../../shared/session/events';
import type { SessionState } from '../../shared/session/state';
import { readPromptSnapshot } from './sessions/reportPrompt';
import { sessionPaths } from './sessions/sessionFiles';
import type { SessionStore } from './sessions/sessionStore';

const CHANNEL = 'interviewer.ask';

export type InterviewerOptions = {
  dataDir: string;
  sessions: SessionStore;
  /** The library's prompt with this id, for a session that kept no copy of its own. */
  findPrompt: (id: string) => Promise<{ answers: ScriptedAnswers } | undefined>;
  log?: (line: string) => void;
};

export type Interviewer = {
  /** Answers `question` in session `id` and logs both; resolves to the logged event. */
  ask(id: string, question: string): Promise<SessionEvent>;
};

/**
 * The scripted interviewer of a solo session. The prompt's answers stay on this side: a
 * window learns an answer only by asking a question that matches it.
 */
export function createInterviewer(options: InterviewerOptions): Interviewer {
  const log = options.log ?? (() => {});

  /** The answers as the session began (its prompt.json), else as the library has them now. */
  const answersOf = async (id: string, promptId: string): Promise<ScriptedAnswers> => {
    const saved = await readPromptSnapshot(sessionPaths(options.dataDir, id).prompt);
    if ('snapshot' in saved) return saved.snapshot.answers;
    if ('problem' in saved) log(`the interviewer of session ${id} uses the library's prompt: ${saved.problem}`);
    const prompt = await options.findPrompt(promptId);
    if (!prompt) {
      throw BridgeError.of('not-found', CHANNEL, `the prompt "${promptId}" of this session is not in the library any more, so its answers cannot be read`);
    }
    return prompt.answers;
  };

  return {
    async ask(id, question) {
      const { state } = await options.sessions.get(id);
      refuseIfClosed(state);
      const answers = await answersOf(id, state.prompt.id);
      const { event } = await options.sessions.record(id, (now) => {
        // Checked again in the log's turn: an end may have been appended while the prompt was read.
        refuseIfClosed(now);
        // The neutral replies take turns; a "which do you mean" is not one of them.
        const unanswered = now.questions.filter((q) => q.answer === null && q.kind !== 'clarify').length;
        return { type: 'interviewer.asked', payload: replyTo(answers, question, unanswered) };
      });
      return event;
    },
  };
}

function refuseIfClosed(state: SessionState): void {
  if (state.mode === 'paired') {
    throw BridgeError.of('forbidden', CHANNEL, 'in a paired session the person interviewing you answers questions; ask them');
  }
  if (state.status === 'ended') throw BridgeError.of('bad-request', CHANNEL, 'the session has ended; questions can no longer be asked');
}
