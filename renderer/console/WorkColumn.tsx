import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { SessionState } from '../../shared/session/state';
import { NotesRecord } from '../notes/NotesRecord';
import { ReplayCanvas } from '../replay/ReplayCanvas';
import { CandidateQuestions } from './CandidateQuestions';
import { EstimatesBeside } from './EstimatesBeside';

/** The candidate's work as it happens: questions, estimates, the diagram (view only) and the notes. */
export function WorkColumn({
  id,
  state,
  prompt,
  onAnswer,
}: {
  id: string;
  state: SessionState;
  prompt: PromptSnapshot;
  onAnswer(note: { id: string; text: string }): void;
}) {
  return (
    <>
      <CandidateQuestions state={state} onAnswer={onAnswer} />
      <EstimatesBeside figures={prompt.figures} scratchpad={state.scratchpad} />
      <div className="console-canvas">
        <ReplayCanvas canvas={state.canvas} frame={state.canvas} />
      </div>
      <NotesRecord state={state} sessionId={id} title="The candidate’s notes" />
    </>
  );
}
