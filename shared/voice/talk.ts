import type { SessionEvent } from '../session/events';
import type { SessionState } from '../session/state';
import type { HeardSegment } from './speech';

/** A silence shorter than this is a breath between sentences, not worth naming. */
const MIN_SILENCE_MS = 1_000;
/** How many of the longest silences the report lists. */
const SILENCES_SHOWN = 3;
/** Drawing or writing without a word for this long is what interviewers mark down. */
export const SILENT_WORK_MS = 60_000;

export type PhaseTalk = { phaseId: string; title: string; usedMs: number; spokenMs: number; share: number };
export type Silence = { start: number; end: number; phase: string; /** Canvas or note edits made during it. */ edits: number };
export type TalkSummary = {
  spokenMs: number;
  share: number;
  phases: PhaseTalk[];
  /** The longest silences first. */
  silences: Silence[];
  /** Silences of at least SILENT_WORK_MS during which the candidate drew or wrote. */
  silentWork: Silence[];
};

const spoken = (segments: readonly HeardSegment[]) => segments.reduce((sum, s) => sum + Math.max(0, s.end - s.start), 0);
const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 0);

/** Share of the current phase's time spent talking, for the live meter. */
export function phaseShare(state: SessionState, phaseId: string, usedMs: number): number {
  return ratio(spoken(state.speech.filter((s) => s.phase === phaseId)), usedMs);
}

const isWork = (e: SessionEvent) =>
  e.type === 'canvas.changed' || e.type === 'notes.changed' || e.type === 'scratchpad.changed' || e.type === 'note.added' || e.type === 'note.edited';

/**
 * Talk time for the report: the share of each phase spent speaking, the longest silences with
 * their moments, and the long ones during which the candidate drew or wrote. Undefined for a
 * session that did not record the voice, which shows none of it.
 */
export function talkSummary(state: SessionState, events: readonly SessionEvent[]): TalkSummary | undefined {
  if (!state.recorded) return undefined;
  const endT = Math.max(state.activeMs, ...state.speech.map((s) => s.end));
  const phaseOf = (t: number) => {
    let phase = state.phases[0]!.id;
    for (const e of events) {
      if (e.t > t) break;
      phase = e.phase;
    }
    return phase;
  };
  const workAt = events.filter(isWork).map((e) => e.t);
  const gaps: Silence[] = [];
  let from = 0;
  for (const s of [...state.speech].sort((a, b) => a.start - b.start)) {
    // Before the detector listened (its model loading, a crash) nothing was heard: no silence either.
    if (s.listenedFrom !== undefined && s.listenedFrom > from) from = s.listenedFrom;
    if (s.start - from >= MIN_SILENCE_MS) gaps.push({ start: from, end: s.start, phase: phaseOf(from), edits: 0 });
    from = Math.max(from, s.end);
  }
  if (endT - from >= MIN_SILENCE_MS) gaps.push({ start: from, end: endT, phase: phaseOf(from), edits: 0 });
  for (const gap of gaps) gap.edits = workAt.filter((t) => t >= gap.start && t < gap.end).length;
  const longest = [...gaps].sort((a, b) => b.end - b.start - (a.end - a.start));
  const spokenMs = spoken(state.speech);
  return {
    spokenMs,
    share: ratio(spokenMs, state.activeMs),
    phases: state.phases.map((p) => {
      const phaseSpoken = spoken(state.speech.filter((s) => s.phase === p.id));
      return { phaseId: p.id, title: p.title, usedMs: p.usedMs, spokenMs: phaseSpoken, share: ratio(phaseSpoken, p.usedMs) };
    }),
    silences: longest.slice(0, SILENCES_SHOWN),
    silentWork: gaps.filter((g) => g.end - g.start >= SILENT_WORK_MS && g.edits > 0),
  };
}
