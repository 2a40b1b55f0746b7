import type { CanvasElement } from '../../canvas/element';
import type { Conclusion, EstimateTag, PadLine } from '../../estimate/pad';
import type { NoteBody } from '../../notes/item';
import type { NoteTag, PrivateEvent } from '../../pairing/privateLog';
import type { CriterionId } from '../report';
import { DEFAULT_PLAN_ID, builtinPlans } from '../../session/builtinPlans';
import type { EventDraft, SessionEvent } from '../../session/events';
import { SESSION_EXPORT_FORMAT, SESSION_EXPORT_VERSION, type PromptSnapshot, type SessionExport } from '../../session/exportFile';
import type { TargetLevel } from '../../session/level';
import type { Plan } from '../../session/plan';

const MINUTE = 60_000;
const CREATED_AT = Date.UTC(2026, 0, 5, 9, 0, 0);

/**
 * Writes a session log the way the app would: one event per action, on a session clock that
 * only moves when told to (`wait`), with the phase current at each event. The clock never
 * pauses, so wall time is the creation time plus the session clock.
 */
export class SessionBuilder {
  readonly plan: Plan;
  private readonly events: SessionEvent[] = [];
  private t = 0;
  private phase: number = 0;
  private pad: { lines: PadLine[]; conclusions: Conclusion[] } = { lines: [], conclusions: [] };
  private nextId = 1;
  /** Free notes per phase id, as the window logs them: the whole text after each edit. */
  private free: Record<string, string> = {};
  /** A paired session's private log (the interviewer's notes and scores), in its own order. */
  private readonly privateLog: PrivateEvent[] = [];

  constructor(
    readonly prompt: PromptSnapshot,
    readonly level: TargetLevel = 'senior',
    plan: Plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!,
    readonly mode: 'solo' | 'paired' = 'solo',
  ) {
    this.plan = plan;
    this.push({ type: 'session.created', payload: { prompt: { id: prompt.id, title: prompt.title }, plan, mode, level } });
  }

  private push(draft: EventDraft): this {
    const event = { v: 1, seq: this.events.length + 1, t: this.t, at: CREATED_AT + 1_000 + this.t, phase: this.plan.phases[this.phase]!.id, ...draft };
    this.events.push(event as SessionEvent);
    return this;
  }

  private id(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  start(): this {
    return this.push({ type: 'session.started', payload: {} });
  }

  /** Moves the session clock on. */
  wait(minutes: number): this {
    this.t += Math.round(minutes * MINUTE);
    return this;
  }

  /** Goes to the phase with this id. */
  enter(phaseId: string): this {
    const index = this.plan.phases.findIndex((p) => p.id === phaseId);
    if (index === -1) throw new Error(`SessionBuilder.enter: the plan has no phase "${phaseId}"`);
    const via = index > this.phase ? 'next' : 'previous';
    this.phase = index;
    return this.push({ type: 'phase.entered', payload: { index, via } });
  }

  /** Adds a structured note at the end of its list; returns its id through `ids`. */
  note(body: NoteBody, ids?: string[]): this {
    const id = this.id('n');
    ids?.push(id);
    const index = this.events.filter((e) => e.type === 'note.added' && e.payload.body.list === body.list).length;
    return this.push({ type: 'note.added', payload: { id, index, body } });
  }

  /** Sets the whole free notes of a phase at once, as a paste would. */
  freeNotes(phaseId: string, text: string): this {
    this.free = { ...this.free, [phaseId]: text };
    return this.push({ type: 'notes.changed', payload: { phase: phaseId, text } });
  }

  ask(question: string, reply: string, answer: number | null): this {
    return this.push({ type: 'interviewer.asked', payload: { question, reply, answer, score: answer === null ? null : 0.1 } });
  }

  /** Adds a pad line (the whole pad is logged, as the app does); returns its id through `ids`. */
  line(text: string, tag?: EstimateTag | null, ids?: string[]): this {
    const id = this.id('l');
    ids?.push(id);
    this.pad = { ...this.pad, lines: [...this.pad.lines, { id, text, ...(tag === undefined ? {} : { tag }) }] };
    return this.push({ type: 'scratchpad.changed', payload: this.pad });
  }

  /** Adds a line to the current phase's free notes (the whole text is logged, as the window does). */
  jot(text: string): this {
    const phase = this.plan.phases[this.phase]!.id;
    const before = this.free[phase];
    this.free = { ...this.free, [phase]: before ? `${before}\n${text}` : text };
    return this.push({ type: 'notes.changed', payload: { phase, text: this.free[phase]! } });
  }

  /** Paired: the person interviewing answers a question, optionally the candidate's question note `note`. */
  answered(question: string, text: string, answer: number | null = null, note?: string): this {
    return this.push({ type: 'interviewer.answered', payload: { question, text, answer, ...(note ? { note } : {}) } });
  }

  /** Paired: a hint or a nudge sent to the candidate. */
  hint(text: string, kind: 'hint' | 'nudge' = 'hint'): this {
    return this.push({ type: 'interviewer.hinted', payload: { kind, text } });
  }

  /** Paired: the interviewer springs the prompt's curveball `index`; the candidate's response is whatever follows. */
  curveball(index: number, text = this.prompt.curveballs[index] ?? ''): this {
    return this.push({ type: 'curveball.sprung', payload: { index, text } });
  }

  /** Paired: a note in the interviewer's private log, at the current session time and phase. */
  inote(text: string, tags: NoteTag[] = []): this {
    return this.pushPrivate({ type: 'inote.added', payload: { id: `i${this.privateLog.length + 1}`, text, tags } });
  }

  /** Paired: a manual score in the interviewer's private log. */
  iscore(criterion: CriterionId, score: number | null): this {
    return this.pushPrivate({ type: 'iscore.set', payload: { criterion, score } });
  }

  private pushPrivate(draft: { type: PrivateEvent['type']; payload: unknown }): this {
    const seq = this.privateLog.length + 1;
    this.privateLog.push({ v: 1, seq, t: this.t, at: CREATED_AT + 1_000 + this.t, phase: this.plan.phases[this.phase]!.id, ...draft } as PrivateEvent);
    return this;
  }

  conclude(text: string, lineIds: string[] = []): this {
    this.pad = { ...this.pad, conclusions: [...this.pad.conclusions, { id: this.id('c'), text, lineIds }] };
    return this.push({ type: 'scratchpad.changed', payload: this.pad });
  }

  draw(...elements: CanvasElement[]): this {
    return this.push({ type: 'canvas.changed', payload: { added: elements, changed: [], deleted: [], files: [] } });
  }

  end(): this {
    return this.push({ type: 'session.ended', payload: {} });
  }

  build(): SessionEvent[] {
    return this.events.map((e) => structuredClone(e));
  }

  /** The log as an export file; `tag` is the last part of the session id (four lowercase letters or digits). */
  toExport(tag = 'fixt'): SessionExport {
    const events = this.build();
    const ended = events.some((e) => e.type === 'session.ended');
    return {
      format: SESSION_EXPORT_FORMAT,
      version: SESSION_EXPORT_VERSION,
      exportedAt: CREATED_AT + 1_000 + this.t + MINUTE,
      app: 'fixture',
      session: { id: `s-20260105-090000-${tag}`, createdAt: CREATED_AT, status: ended ? 'ended' : 'running', mode: this.mode, level: this.level },
      plan: this.plan,
      prompt: this.prompt,
      events,
      ...(this.privateLog.length > 0 ? { interviewer: this.privateLog.map((e) => structuredClone(e)) } : {}),
    };
  }
}

/** A stable nonce from the id, so the same fixture is written the same way every time. */
const nonceOf = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

const base = (id: string, type: string, fields: Record<string, unknown>): CanvasElement => ({
  id,
  type,
  version: 1,
  versionNonce: nonceOf(id),
  isDeleted: false,
  index: null,
  angle: 0,
  groupIds: [],
  ...fields,
});

/** A labelled shape as Excalidraw draws it: the shape, and a text bound to it by `containerId`. */
export function box(id: string, label: string, x: number, y: number, type: 'rectangle' | 'ellipse' | 'diamond' = 'rectangle'): CanvasElement[] {
  return [
    base(id, type, { x, y, width: 160, height: 80, boundElements: [{ id: `${id}-label`, type: 'text' }] }),
    base(`${id}-label`, 'text', { x: x + 10, y: y + 30, width: 140, height: 20, text: label, originalText: label, containerId: id }),
  ];
}

/** An arrow bound at both ends, from the right edge of one 160×80 box to the left edge of another. */
export function arrow(id: string, from: { id: string; x: number; y: number }, to: { id: string; x: number; y: number }): CanvasElement {
  const start = { x: from.x + 160, y: from.y + 40 };
  const end = { x: to.x, y: to.y + 40 };
  return base(id, 'arrow', {
    x: start.x,
    y: start.y,
    points: [
      [0, 0],
      [end.x - start.x, end.y - start.y],
    ],
    startBinding: { elementId: from.id, focus: 0, gap: 1 },
    endBinding: { elementId: to.id, focus: 0, gap: 1 },
    startArrowhead: null,
    endArrowhead: 'arrow',
  });
}
