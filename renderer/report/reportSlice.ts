import type { StateCreator } from 'zustand';
import type { Report } from '../../shared/rubric/report';
import { call, describeError } from '../bridge/bridge';
import { settle, type Load } from '../store/load';
import type { AppState } from '../store/store';

export type ReportView = {
  /** The session the report belongs to: a report of another session is never shown. */
  id: string;
  load: Load<{ report: Report; stale: boolean }>;
  rescoring: boolean;
  rescoreError?: string;
};

export type ReportSlice = {
  report: ReportView | undefined;
  loadReport(id: string): Promise<void>;
  rescoreReport(id: string): Promise<void>;
};

export const createReportSlice: StateCreator<AppState, [], [], ReportSlice> = (set, get) => ({
  report: undefined,
  async loadReport(id) {
    set({ report: { id, load: { status: 'loading' }, rescoring: false } });
    const load = await settle(call('session.report', { id }));
    if (get().report?.id === id) set({ report: { id, load, rescoring: false } });
  },
  async rescoreReport(id) {
    const current = get().report;
    if (current?.id !== id || current.rescoring) return;
    set({ report: { ...current, rescoring: true, rescoreError: undefined } });
    try {
      const { report } = await call('session.rescore', { id });
      if (get().report?.id === id) set({ report: { id, load: { status: 'ready', value: { report, stale: false } }, rescoring: false } });
    } catch (error) {
      const latest = get().report;
      if (latest?.id === id) set({ report: { ...latest, rescoring: false, rescoreError: describeError(error) } });
    }
  },
});

export const selectReport = (s: AppState) => s.report;
