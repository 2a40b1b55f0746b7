import type { StateCreator } from 'zustand';
import { buildReplay, evidenceMarks, interviewerNoteMarks, type Mark, type Replay } from '../../shared/replay';
import { call, describeError } from '../bridge/bridge';
import { settle, type Load } from '../store/load';
import type { AppState } from '../store/store';
import { needsSelfScores } from '../../shared/session/state';

export type ReplayData = {
  replay: Replay;
  /** The report's evidence with a moment; empty before the end or when there is no report. */
  evidence: Mark[];
  /** A paired session's interviewer notes, which come with the report; empty otherwise. */
  interviewerNotes: Mark[];
  /** Why the report's evidence is missing from the timeline, when it should be there. */
  evidenceProblem?: string;
};

export type ReplayView = { id: string; load: Load<ReplayData> };

export type ReplaySlice = {
  replayView: ReplayView | undefined;
  loadReplay(id: string): Promise<void>;
};

/** The log made ready for seeking, and the rubric's marks for an ended session. */
export async function fetchReplay(id: string): Promise<ReplayData> {
  const { events } = await call('session.events', { id });
  const replay = buildReplay(events);
  // The report is refused before the end: it reveals the prompt's outline. A paired session's
  // candidate is refused it until they have scored themselves, which the session screen asks for.
  const { final } = replay;
  if (final.status !== 'ended' || needsSelfScores(final)) return { replay, evidence: [], interviewerNotes: [] };
  try {
    const { report, pairing } = await call('session.report', { id });
    return { replay, evidence: evidenceMarks(report), interviewerNotes: interviewerNoteMarks(pairing?.interviewer.notes ?? []) };
  } catch (error) {
    // The replay stands without them; the report screen says why in full.
    return { replay, evidence: [], interviewerNotes: [], evidenceProblem: describeError(error) };
  }
}

export const createReplaySlice: StateCreator<AppState, [], [], ReplaySlice> = (set, get) => ({
  replayView: undefined,
  async loadReplay(id) {
    set({ replayView: { id, load: { status: 'loading' } } });
    const load = await settle(fetchReplay(id));
    if (get().replayView?.id === id) set({ replayView: { id, load } });
  },
});

export const selectReplayView = (s: AppState) => s.replayView;
