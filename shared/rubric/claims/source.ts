import type { SessionEvent } from '../../session/events';
import type { SessionRecord } from '../record';
import type { ClaimSource } from './claim';

/**
 * When and where things were written, and whether they answer the interviewer.
 *
 * A text counts as prompted when it first appears in the same phase as a curveball or a hint
 * and within a few minutes after it: that is the candidate reacting, not raising it unasked.
 * Text written in response to a curveball is marked `from: 'curveball-response'` (the note item
 * or free-notes line stays in `ref`/`text`); a drawing or pad line written then keeps its own
 * `from` and is only marked `prompted`.
 */

/** How long after a curveball or hint the candidate's writing counts as the reply to it. */
export const PROMPTED_WINDOW_MS = 5 * 60_000;

type Prompt = { readonly t: number; readonly phase: string; readonly curveball: boolean };

export type Timeline = {
  /** When each free-notes line (by phase, then exact line text) first appeared, with its phase. */
  readonly freeLineT: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The phase current when each pad line or conclusion id first appeared. */
  readonly padPhase: ReadonlyMap<string, string>;
  readonly prompts: readonly Prompt[];
};

/**
 * One pass over the log for what the record does not keep: when each line of the free notes
 * (as it reads at the end) first read that way, and the phase each pad line was written in.
 * Only lines present at the end are searched for, each until found, and nothing is copied: each
 * logged text is walked line by line and a wanted line compared only with lines of its length
 * (searching the whole text for a long repetitive line costs its length squared), so the pass
 * over a 20,000-event log stays a few milliseconds and makes no garbage.
 */
export function readTimeline(record: SessionRecord, events: readonly SessionEvent[] | undefined): Timeline {
  const prompts: Prompt[] = record.state.fromInterviewer
    .filter((m) => m.kind === 'curveball' || m.kind === 'hint')
    .map((m) => ({ t: m.t, phase: m.phase, curveball: m.kind === 'curveball' }));
  const freeLineT = new Map<string, Map<string, number>>();
  const padPhase = new Map<string, string>();
  if (!events) return { freeLineT, padPhase, prompts };
  // Per phase, the lines still to time; found by search in each logged text, so nothing is split or copied.
  const wanted = new Map<string, string[]>();
  for (const [phase, text] of Object.entries(record.state.notes)) {
    wanted.set(phase, [...new Set(text.split('\n').filter((l) => l.trim() !== ''))]);
    freeLineT.set(phase, new Map());
  }
  const padIds = new Set([...record.state.scratchpad.lines.map((l) => l.id), ...record.state.scratchpad.conclusions.map((c) => c.id)]);
  for (const e of events) {
    if (e.type === 'notes.changed') {
      const want = wanted.get(e.payload.phase);
      if (!want || want.length === 0) continue;
      const seen = freeLineT.get(e.payload.phase)!;
      const text = e.payload.text;
      // Walk the text's lines once; a wanted line is compared only with lines of its own length.
      for (let start = 0; start <= text.length && want.length > 0; ) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        for (let i = want.length - 1; i >= 0; i -= 1) {
          const line = want[i]!;
          if (line.length === end - start && text.startsWith(line, start)) {
            seen.set(line, e.t);
            want.splice(i, 1);
          }
        }
        start = end + 1;
      }
    } else if (e.type === 'scratchpad.changed' && padPhase.size < padIds.size) {
      for (const x of e.payload.lines) if (!padPhase.has(x.id) && padIds.has(x.id)) padPhase.set(x.id, e.phase);
      for (const x of e.payload.conclusions) if (!padPhase.has(x.id) && padIds.has(x.id)) padPhase.set(x.id, e.phase);
    }
  }
  return { freeLineT, padPhase, prompts };
}

/** The curveball or hint this moment answers, if any. */
function answering(timeline: Timeline, t: number, phase: string | undefined): Prompt | undefined {
  let found: Prompt | undefined;
  for (const p of timeline.prompts) {
    if (t >= p.t && t - p.t <= PROMPTED_WINDOW_MS && (phase === undefined || phase === p.phase)) found = p;
  }
  return found;
}

/** A source for text written at `t` in `phase`; `from` becomes 'curveball-response' for text answering a curveball. */
export function sourceOf(timeline: Timeline, from: ClaimSource['from'], t: number, text: string, ref?: string, phase?: string): ClaimSource {
  const prompt = from === 'question' || from === 'answer' ? undefined : answering(timeline, t, phase);
  const written = from === 'note' || from === 'free-notes';
  return {
    from: prompt?.curveball && written ? 'curveball-response' : from,
    t,
    ...(ref === undefined ? {} : { ref }),
    ...(phase === undefined ? {} : { phase }),
    text,
    ...(prompt ? { prompted: true } : {}),
  };
}
