import { useEffect, useState } from 'react';
import type { PairingScores } from '../../shared/bridge/contract';
import { GENERAL_ONLY, type Report } from '../../shared/rubric/report';
import { subscribe } from '../bridge/bridge';
import { formatDate } from '../session/format';
import { ExportDesignDocButton } from '../export/ExportDesignDocButton';
import { routeHash } from '../shell/route';
import { useAppStore } from '../store/store';
import { InterviewerNotes } from '../pairing/InterviewerNotes';
import { ScoresSideBySide } from '../pairing/ScoresSideBySide';
import { SelfAssessment } from '../pairing/SelfAssessment';
import { Notice } from '../ui/Notice';
import { BandCard } from './BandCard';
import { CriteriaChart } from './CriteriaChart';
import { CriterionDetail } from './CriterionDetail';
import { Outline } from './Outline';
import { reportMarkdown } from './markdown';
import { PhaseChart } from './PhaseChart';
import { TalkTime } from './TalkTime';
import { TranscriptPanel } from '../voice/TranscriptPanel';
import { selectReport, type ReportView, type ReportViewer } from './reportSlice';
import './report.css';
import { messageOf } from '../../shared/errors';

/**
 * The scored report of an ended session: verdict, criteria with evidence, time, outline.
 * `interviewer`: the partner's view from the console (back to the console; no replay, export
 * or rescoring, which are the candidate's; read again once the candidate has scored themselves).
 */
export function ReportScreen({ id, viewer = 'candidate' }: { id: string; viewer?: ReportViewer }) {
  const view = useAppStore(selectReport);

  useEffect(() => {
    void useAppStore.getState().loadReport(id, viewer);
  }, [id, viewer]);

  // The candidate's own scores join the partner's view the moment they are given.
  useEffect(() => {
    if (viewer !== 'interviewer') return;
    return subscribe('session.appended', ({ id: from, event }) => {
      if (from === id && event.type === 'self.assessed') void useAppStore.getState().loadReport(id, viewer, true);
    });
  }, [id, viewer]);

  const current = view?.id === id ? view : undefined;
  const title = current?.load.status === 'ready' ? current.load.value.report.prompt.title : undefined;
  useEffect(() => {
    if (title) document.title = `Report · ${title} · DesignDrill`;
    return () => void (document.title = 'DesignDrill');
  }, [title]);

  return (
    <section className="screen report-screen" aria-labelledby="report-title">
      {viewer === 'interviewer' ? (
        <a className="back" href={routeHash({ name: 'console', id })}>
          ← Back to the console
        </a>
      ) : (
        <a className="back" href={routeHash({ name: 'session', id })}>
          ← Back to the session
        </a>
      )}
      {(!current || current.load.status === 'loading' || (current.load.status === 'idle' && !current.awaitsSelfScores)) && <p className="muted">Scoring the session…</p>}
      {current?.awaitsSelfScores && (
        <>
          <h1 id="report-title">Your report is waiting for your own scores</h1>
          <SelfAssessment sessionId={id} onDone={() => void useAppStore.getState().loadReport(id)} />
        </>
      )}
      {current?.load.status === 'failed' && (
        <Notice tone="error" title="The report could not be made">
          {current.load.error}
        </Notice>
      )}
      {current?.load.status === 'ready' && (
        <ReportBody
          id={id}
          viewer={viewer}
          view={current}
          report={current.load.value.report}
          stale={current.load.value.stale}
          rescoredFrom={current.load.value.rescoredFrom}
          warning={current.load.value.warning}
          pairing={current.load.value.pairing}
        />
      )}
    </section>
  );
}

/** The report as Markdown on the clipboard, to paste into notes or a message. */
function CopyMarkdownButton({ report }: { report: Report }) {
  const [said, setSaid] = useState<string>();
  const copy = () =>
    void navigator.clipboard.writeText(reportMarkdown(report)).then(
      () => setSaid('Copied'),
      (error: unknown) => setSaid(`Not copied: ${messageOf(error)}`),
    );
  return (
    <>
      <button type="button" className="btn" onClick={copy}>
        Copy as Markdown
      </button>
      <span className="muted report-copied" role="status">
        {said}
      </span>
    </>
  );
}

function ReportBody({
  id,
  viewer,
  view,
  report,
  stale,
  rescoredFrom,
  warning,
  pairing,
}: {
  id: string;
  viewer: ReportViewer;
  view: ReportView;
  report: Report;
  stale: boolean;
  rescoredFrom: string | undefined;
  warning: string | undefined;
  pairing: PairingScores | undefined;
}) {
  const rescore = () => void useAppStore.getState().rescoreReport(id);
  const candidate = viewer === 'candidate';
  return (
    <>
      <header className="report-head">
        <p className="eyebrow">Report</p>
        <h1 id="report-title">{report.prompt.title}</h1>
        <p className="report-meta muted">
          Scored {formatDate(report.scoredAt)} by rubric {report.rubricVersion}
          {rescoredFrom && !stale && <>; scored again since rubric {rescoredFrom}, whose report is kept beside it</>}
        </p>
        {report.prompt.hasReference === false && <p className="report-general-only muted">{GENERAL_ONLY}</p>}
        {candidate && (
          <div className="report-actions">
            <a className="btn" href={routeHash({ name: 'replay', id })}>
              Replay the session
            </a>
            <ExportDesignDocButton sessionId={id} />
            <CopyMarkdownButton report={report} />
          </div>
        )}
      </header>

      {stale && candidate && (
        <Notice
          tone="info"
          title="This report is by an older rubric"
          actions={
            <button type="button" className="btn btn-primary" disabled={view.rescoring} onClick={rescore}>
              {view.rescoring ? 'Scoring…' : 'Score again'}
            </button>
          }
        >
          It could not be scored again with the current rubric on opening{warning ? ' (see below)' : ''}. Scoring again reads the same session with the
          current rubric; this report is kept beside the new one.
        </Notice>
      )}
      {warning && (
        <Notice tone="info" title="About this report">
          {warning}
        </Notice>
      )}
      {view.rescoreError && (
        <Notice tone="error" title="It could not be scored again">
          {view.rescoreError}
        </Notice>
      )}

      <div className="report-summary">
        <BandCard report={report} />
        <CriteriaChart criteria={report.criteria} />
      </div>

      {pairing && (
        <>
          <ScoresSideBySide criteria={report.criteria} pairing={pairing} viewer={viewer} />
          <InterviewerNotes sessionId={id} notes={pairing.interviewer.notes} viewer={viewer} />
        </>
      )}

      <section className="report-section" aria-labelledby="criteria-title">
        <h2 id="criteria-title">What earned each score</h2>
        <div className="criteria-list">
          {report.criteria.map((c) => (
            <CriterionDetail key={c.id} criterion={c} sessionId={id} replay={candidate} />
          ))}
        </div>
      </section>

      <PhaseChart phases={report.phases} />
      {candidate && <TalkTime sessionId={id} />}
      {candidate && <TranscriptPanel sessionId={id} />}

      <section className="card report-section outline-card" aria-labelledby="outline-title">
        <h2 id="outline-title">The reference outline</h2>
        <p className="muted">One strong answer to this prompt, revealed now that the session is over.</p>
        <Outline markdown={report.outline} />
      </section>
    </>
  );
}
