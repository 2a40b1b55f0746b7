import type { SessionRecord } from '../record';
import type { Claim } from './claim';
import { tidy } from './draft';
import { sourceOf, type Timeline } from './source';

/**
 * Questions the candidate asked: of the scripted interviewer (answered when a scripted answer
 * matched; otherwise it asked for an assumption), and, in paired mode, those the partner
 * answered without a question item (the partner wrote the question down). A question item the
 * partner answered is marked answered in fromNotes.ts, through `answeredNotes`.
 */
export function claimsFromQuestions(record: SessionRecord, timeline: Timeline): Claim[] {
  const out: Claim[] = [];
  record.state.questions.forEach((q, i) => {
    const text = tidy(q.question);
    if (text === '') return;
    out.push({ kind: 'question', text, answered: q.answer !== null, source: sourceOf(timeline, 'question', q.t, q.question, `asked-${i + 1}`, q.phase) });
  });
  for (const m of record.state.fromInterviewer) {
    if (m.kind !== 'answer' || m.note !== undefined) continue;
    const text = tidy(m.question ?? '');
    if (text === '') continue;
    out.push({ kind: 'question', text, answered: true, source: sourceOf(timeline, 'answer', m.t, m.question ?? '', `answer-${m.seq}`, m.phase) });
  }
  return out;
}

/** The question items the partner answered. */
export function answeredNotes(record: SessionRecord): Set<string> {
  return new Set(record.state.fromInterviewer.flatMap((m) => (m.kind === 'answer' && m.note !== undefined ? [m.note] : [])));
}
