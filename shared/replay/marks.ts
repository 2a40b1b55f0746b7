import type { SessionEvent } from '../session/events';
import type { InterviewerMessage, SessionState } from '../session/state';
import type { NoteBody, NoteList } from '../notes/item';
import type { Report } from '../rubric/report';
import type { InterviewerNote } from '../pairing/privateLog';
import { ALERT_THRESHOLDS_MS } from '../session/alerts';
import { clocksOf } from './clocks';

export type MarkKind = 'start' | 'question' | 'note' | 'estimate' | 'pause' | 'resume' | 'extend' | 'cue' | 'end' | 'evidence' | 'inote' | 'interviewer';

/** A moment worth a marker on the timeline. */
export type Mark = {
  /** Session-clock ms. */
  t: number;
  kind: MarkKind;
  label: string;
  /** The note item, conclusion or criterion it points at, when there is one. */
  ref?: string;
  /** Evidence only: whether it counted for the criterion or against it. */
  positive?: boolean;
};

const LIST_NAMES: Record<NoteList, string> = {
  question: 'Question',
  functional: 'Requirement',
  'non-functional': 'Quality',
  'out-of-scope': 'Out of scope',
  assumption: 'Assumption',
  operation: 'API',
  entity: 'Entity',
  narrative: 'Narrative',
  'deep-dive': 'Deep dive',
  bottleneck: 'Bottleneck',
  tradeoff: 'Trade-off',
  risk: 'Risk',
  'open-question': 'Open question',
};

const PAUSE_LABELS = { user: 'Paused', suspend: 'The computer slept', closed: 'The app was closed' } as const;

/** What the person interviewing sent, as the candidate saw it; their clock changes have marks of their own. */
function sentLabel(m: InterviewerMessage): string | undefined {
  switch (m.kind) {
    case 'answer':
      return m.question ? `Answer to “${m.question}”: ${m.text}` : `Answer: ${m.text}`;
    case 'hint':
      return `Hint: ${m.text}`;
    case 'nudge':
      return `Nudge: ${m.text}`;
    case 'curveball':
      return `Changed requirement: ${m.text}`;
    case 'clock':
      return undefined;
  }
}

/** The item's typed fields in one line; a choice from a list (quality, store, scale) is left out. */
function noteText(body: NoteBody): string {
  const { list, ...fields } = body;
  const typed = Object.entries(fields)
    .filter(([key, value]) => typeof value === 'string' && value.trim() !== '' && !['quality', 'store', 'scale'].includes(key))
    .map(([, value]) => String(value).trim());
  return typed.length === 0 ? LIST_NAMES[list] : `${LIST_NAMES[list]}: ${typed.join(' — ')}`;
}

function cueLabel(threshold: number, phaseTitle: string): string {
  if (threshold === 0) return `Time up in ${phaseTitle}`;
  return threshold === 120_000 ? `Two minutes left in ${phaseTitle}` : `Thirty seconds left in ${phaseTitle}`;
}

type Reading = { t: number; remainingMs: number; running: boolean; title: string };

/**
 * Collects marks while the replay folds. Notes and conclusions are added empty and typed
 * into later, so their labels are taken from the end of the session (or from their last
 * words, for one removed since). Cues are not in the log: they are worked out from the phase
 * clock, at the moment the remaining time crossed each threshold, as the live timer gave them.
 */
export class MarkCollector {
  private readonly marks: Mark[] = [];
  private readonly noteLabels = new Map<string, string>();
  private readonly concluded = new Set<string>();
  private reading: Reading | undefined;

  see(before: SessionState | undefined, after: SessionState, event: SessionEvent): void {
    if (before) this.cuesUntil(event.t);
    const { t } = event;
    switch (event.type) {
      case 'session.started':
        this.marks.push({ t, kind: 'start', label: 'Started' });
        break;
      case 'session.paused':
        this.marks.push({ t, kind: 'pause', label: PAUSE_LABELS[event.payload.reason] });
        break;
      case 'session.resumed':
        this.marks.push({ t, kind: 'resume', label: 'Resumed' });
        break;
      case 'phase.extended': {
        const phase = after.phases[after.phaseIndex]!;
        this.marks.push({ t, kind: 'extend', label: `+${event.payload.minutes} min for ${phase.title}` });
        break;
      }
      case 'interviewer.asked':
        this.marks.push({ t, kind: 'question', label: event.payload.question });
        break;
      case 'note.added':
        if (after.items.length > before!.items.length) {
          this.marks.push({ t, kind: 'note', label: '', ref: event.payload.id });
          this.noteLabels.set(event.payload.id, noteText(event.payload.body));
        }
        break;
      case 'note.edited':
        if (this.noteLabels.has(event.payload.id)) this.noteLabels.set(event.payload.id, noteText(event.payload.body));
        break;
      case 'scratchpad.changed':
        for (const c of after.scratchpad.conclusions) {
          if (c.text.trim() === '' || this.concluded.has(c.id)) continue;
          this.concluded.add(c.id);
          this.marks.push({ t, kind: 'estimate', label: c.text, ref: c.id });
        }
        break;
      case 'interviewer.answered':
      case 'interviewer.hinted':
      case 'curveball.sprung': {
        const sent = after.fromInterviewer.length > before!.fromInterviewer.length ? after.fromInterviewer[after.fromInterviewer.length - 1] : undefined;
        const label = sent && sentLabel(sent);
        if (label) this.marks.push({ t, kind: 'interviewer', label });
        break;
      }
      case 'session.ended':
        this.marks.push({ t, kind: 'end', label: 'Ended' });
        break;
    }
    this.read(after, t);
  }

  finish(final: SessionState): Mark[] {
    const lastWords = new Map(final.scratchpad.conclusions.map((c) => [c.id, c.text.trim()]));
    return this.marks.map((mark) => {
      if (mark.kind === 'note') return { ...mark, label: this.noteLabels.get(mark.ref!)! };
      if (mark.kind === 'estimate') return { ...mark, label: `Conclusion: ${lastWords.get(mark.ref!) || mark.label}` };
      return mark;
    });
  }

  /** Cues for the thresholds the phase clock passed between the last reading and `t`. */
  private cuesUntil(t: number): void {
    const r = this.reading;
    if (!r || !r.running || t <= r.t) return;
    const remainingAtT = r.remainingMs - (t - r.t);
    for (const limit of ALERT_THRESHOLDS_MS) {
      if (r.remainingMs > limit && remainingAtT <= limit) {
        this.marks.push({ t: r.t + (r.remainingMs - limit), kind: 'cue', label: cueLabel(limit, r.title) });
      }
    }
  }

  private read(state: SessionState, t: number): void {
    const clocks = clocksOf(state, t);
    this.reading = {
      t,
      remainingMs: clocks.phasePlannedMs - clocks.phaseUsedMs,
      running: state.status === 'running',
      title: clocks.phaseTitle,
    };
  }
}

/** The report's evidence that has a moment, as marks for the same timeline. */
export function evidenceMarks(report: Report): Mark[] {
  return report.criteria.flatMap((criterion) =>
    criterion.evidence
      .filter((e) => e.t !== null)
      .map((e) => ({ t: e.t!, kind: 'evidence' as const, label: `${criterion.name}: ${e.text}`, ref: criterion.id, positive: e.positive })),
  );
}

/** A paired session's interviewer notes (from the report, once the candidate may see them) as marks. */
export function interviewerNoteMarks(notes: readonly InterviewerNote[]): Mark[] {
  return notes.map((note) => {
    const tags = note.tags.join(', ');
    const label = tags === '' ? note.text : `${tags.charAt(0).toUpperCase()}${tags.slice(1)}: ${note.text}`;
    return { t: note.t, kind: 'inote' as const, label, ref: note.id };
  });
}
