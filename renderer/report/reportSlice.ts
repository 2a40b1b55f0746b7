import type { StateCreator } from 'zustand';
import type { Response } from '../../shared/bridge/contract';
import { call, describeError } from '../bridge/bridge';
import { settle, type Load } from '../store/load';
import type { AppState } from '../store/store';
import { awaitsSelfScores as stateAwaitsSelfScores } from '../../shared/session/state';

export type ReportView = {
  /** The session the report belongs to: a report of another session is never shown. */
  id: string;
  load: Load<Response<'session.report'>>;
  /** A paired session whose candidate has not scored themselves yet: the report waits for that. */
  awaitsSelfScores?: boolean;
  rescoring: boolean;
  rescoreError?: string;
};

/** Who reads the report: the candidate in the app's window, or their partner from the console. */
export type ReportViewer = 'candidate' | 'interviewer';

export type ReportSlice = {
  report: ReportView | undefined;
  /** `interviewer`: the console's view, which never waits for the candidate's scores (docs/decisions/0005). */
  /** `again`: the report shown stays until the new one is in (read again after a change). */
  loadReport(id: string, viewer?: ReportViewer, again?: boolean): Promise<void>;
  rescoreReport(id: string): Promise<void>;
};

/**
 * Whether the session is a paired one whose report waits for the candidate's self-assessment
 * (asked first, so the page asks for the scores rather than for a report it would be refused).
 */
async function awaitsSelfScores(id: string): Promise<boolean> {
  const opened = await settle(call('session.open', { id }));
  if (opened.status !== 'ready') return false;
  const { state } = opened.value;
  return stateAwaitsSelfScores(state);
}

export const createReportSlice: StateCreator<AppState, [], [], ReportSlice> = (set, get) => ({
  report: undefined,
  async loadReport(id, viewer = 'candidate', again = false) {
    if (!again || get().report?.id !== id) set({ report: { id, load: { status: 'loading' }, rescoring: false } });
    if (viewer === 'candidate' && (await awaitsSelfScores(id))) {
      if (get().report?.id === id) set({ report: { id, load: { status: 'idle' }, rescoring: false, awaitsSelfScores: true } });
      return;
    }
    const load = await settle(call('session.report', { id }));
    if (get().report?.id === id) set({ report: { id, load, rescoring: false } });
  },
  async rescoreReport(id) {
    const current = get().report;
    if (current?.id !== id || current.rescoring) return;
    set({ report: { ...current, rescoring: true, rescoreError: undefined } });
    try {
      const { report } = await call('session.rescore', { id });
      const latest = get().report;
      // Scoring again changes the rubric's scores only: the people's stay as they were.
      const before = latest?.load.status === 'ready' ? latest.load.value : undefined;
      // The older report was kept beside the new one; which one it was stays known.
      const value = { report, stale: false, ...(before?.pairing ? { pairing: before.pairing } : {}), ...(before && before.report.rubricVersion !== report.rubricVersion ? { rescoredFrom: before.report.rubricVersion } : before?.rescoredFrom ? { rescoredFrom: before.rescoredFrom } : {}) };
      if (latest?.id === id) set({ report: { id, load: { status: 'ready', value }, rescoring: false } });
    } catch (error) {
      const latest = get().report;
      if (latest?.id === id) set({ report: { ...latest, rescoring: false, rescoreError: describeError(error) } });
    }
  },
});

export const selectReport = (s: AppState) => s.report;
