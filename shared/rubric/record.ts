import { analyseCanvas, type DiagramAnalysis } from '../canvas/analyse';
import { compareResults, type EstimateComparison } from '../estimate/compare';
import { evaluatePad, type LineResult } from '../estimate/evaluate';
import type { NoteBody, NoteItem, NoteList } from '../notes/item';
import { timings } from '../session/clock';
import type { SessionEvent } from '../session/events';
import type { PromptSnapshot } from '../session/exportFile';
import { fold } from '../session/reduce';
import type { SessionState } from '../session/state';
import { haystack, type Haystack } from './text';

const SHAPES = new Set(['rectangle', 'ellipse', 'diamond', 'image']);
const REQUIREMENT_LISTS = new Set<NoteList>(['functional', 'non-functional']);

export type PhaseRecord = {
  id: string;
  title: string;
  kind: string | undefined;
  plannedMs: number;
  usedMs: number;
  /** Session-clock ms when the phase was first current; null when it never was. */
  enteredT: number | null;
  /** How many things the person wrote, drew, worked out or asked while the phase was current. */
  produced: number;
};

/** The events that are work done in a phase: writing, drawing, estimating, asking. */
const WORK = new Set<SessionEvent['type']>(['note.added', 'note.edited', 'notes.changed', 'scratchpad.changed', 'canvas.changed', 'interviewer.asked', 'interviewer.answered']);

/**
 * Everything the rules read, worked out once: the folded state, the pad evaluated and
 * compared with the prompt's figures, the diagram analysed, and the moments the state
 * alone does not keep (when each element and pad line first appeared).
 */
export type SessionRecord = {
  prompt: PromptSnapshot;
  state: SessionState;
  items: readonly NoteItem[];
  results: readonly LineResult[];
  comparisons: readonly EstimateComparison[];
  /** When each pad line and conclusion id first appeared. */
  padT: ReadonlyMap<string, number>;
  diagram: DiagramAnalysis;
  /** When each canvas element was first drawn. */
  elementT: ReadonlyMap<string, number>;
  /** The first shape drawn (not text or arrows), with its time; null when none was. */
  firstShape: { id: string; t: number } | null;
  /** The first requirement written: a functional or non-functional item, or free notes in a clarify phase. */
  firstRequirementT: number | null;
  phases: readonly PhaseRecord[];
  /** The session clock at the end of the log. */
  endT: number;
  /** Every note and free-text note together, for finding a component named outside the diagram. */
  notesText: Haystack;
};

export function itemsOf<L extends NoteList>(record: SessionRecord, list: L): (NoteItem & { body: Extract<NoteBody, { list: L }> })[] {
  return record.items.filter((i): i is NoteItem & { body: Extract<NoteBody, { list: L }> } => i.body.list === list);
}

function bodyText(body: NoteBody): string[] {
  return Object.entries(body)
    .filter(([key, value]) => key !== 'list' && typeof value === 'string')
    .map(([, value]) => value as string);
}

/** Whether a text has anything but whitespace; unlike trim() it copies nothing (the log holds thousands of long texts). */
const hasText = (text: string) => /\S/.test(text);

export function readRecord(prompt: PromptSnapshot, events: readonly SessionEvent[]): SessionRecord {
  const state = fold(events);
  const clarifyPhases = new Set(state.phases.filter((p) => p.kind === 'clarify').map((p) => p.id));
  const padT = new Map<string, number>();
  const elementT = new Map<string, number>();
  const enteredT = new Map<number, number>();
  let firstShape: SessionRecord['firstShape'] = null;
  let firstFreeRequirementT: number | null = null;
  const produced = new Map<string, number>();
  let endT = 0;
  for (const e of events) {
    endT = Math.max(endT, e.t);
    if (WORK.has(e.type) && !(e.type === 'notes.changed' && !hasText(e.payload.text))) produced.set(e.phase, (produced.get(e.phase) ?? 0) + 1);
    switch (e.type) {
      case 'session.started':
        if (!enteredT.has(0)) enteredT.set(0, e.t);
        break;
      case 'phase.entered':
        if (!enteredT.has(e.payload.index)) enteredT.set(e.payload.index, e.t);
        break;
      case 'canvas.changed':
        for (const list of [e.payload.added, e.payload.changed]) {
          for (const el of list) {
            if (elementT.has(el.id) || el.isDeleted) continue;
            elementT.set(el.id, e.t);
            if (firstShape === null && SHAPES.has(el.type)) firstShape = { id: el.id, t: e.t };
          }
        }
        break;
      case 'scratchpad.changed':
        for (const x of e.payload.lines) if (!padT.has(x.id)) padT.set(x.id, e.t);
        for (const x of e.payload.conclusions) if (!padT.has(x.id)) padT.set(x.id, e.t);
        break;
      case 'notes.changed':
        if (firstFreeRequirementT === null && clarifyPhases.has(e.payload.phase) && hasText(e.payload.text)) firstFreeRequirementT = e.t;
        break;
      default:
        break;
    }
  }
  const requirementTimes = state.items.filter((i) => REQUIREMENT_LISTS.has(i.body.list) && bodyText(i.body).some((s) => s.trim() !== '')).map((i) => i.addedT);
  if (firstFreeRequirementT !== null) requirementTimes.push(firstFreeRequirementT);
  const used = timings(state, state.lastAt).phases;
  const results = evaluatePad(state.scratchpad.lines);
  return {
    prompt,
    state,
    items: state.items,
    results,
    comparisons: compareResults(results, prompt.figures, state.scratchpad.lines),
    padT,
    diagram: analyseCanvas(state.canvas),
    elementT,
    firstShape,
    firstRequirementT: requirementTimes.length > 0 ? Math.min(...requirementTimes) : null,
    phases: state.phases.map((p, i) => ({ id: p.id, title: p.title, kind: p.kind, plannedMs: p.plannedMs, usedMs: used[i]!.usedMs, enteredT: enteredT.get(i) ?? null, produced: produced.get(p.id) ?? 0 })),
    endT,
    notesText: haystack(...Object.values(state.notes), ...state.items.flatMap((i) => bodyText(i.body))),
  };
}
