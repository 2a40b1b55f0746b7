import { afterRecording, diffScene, nothingRecorded, type Recorded } from '../shared/canvas/delta';
import { builtinPlans, DEFAULT_PLAN_ID } from '../shared/session/builtinPlans';
import { timings } from '../shared/session/clock';
import { decide, stamp, type SessionCommand } from '../shared/session/commands';
import type { EventDraft, SessionEvent } from '../shared/session/events';
import type { SessionState } from '../shared/session/state';
import { ReplayFold } from '../shared/replay/replayFold';
import { seededRandom, SimScene } from './canvasSim';
import { BENCH_PROMPT } from './driver';
import { notesText } from './notesText';

export type SeekSessionOptions = {
  /** Events in the log, counting the creation, the start and the end. */
  events?: number;
  minutes?: number;
  /** Diagram elements drawn by the end: labelled shapes (two each) and arrows. */
  elements?: number;
  seed?: number;
};

const START = Date.UTC(2026, 0, 5, 9, 0, 0);

/**
 * A whole session as a replay sees it, made in memory with the app's own rules (decide,
 * stamp, reduce): the default plan, a diagram drawn over the first four fifths of the time
 * (dragged and relabelled in between and after), notes typed, pad edits, note items, questions to the
 * interviewer, two pauses (with work logged while paused, so many events share a moment),
 * an extension, a step back to an earlier phase and on again, and the end. Seeded, so every
 * run seeks the same log.
 */
export function seekSession(options: SeekSessionOptions = {}): SessionEvent[] {
  const total = options.events ?? 20_000;
  const minutes = options.minutes ?? 45;
  const elements = options.elements ?? 500;
  const random = seededRandom(options.seed ?? 8);
  const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!;
  const stepMs = (minutes * 60_000) / (total - 1);
  const scene = new SimScene(options.seed ?? 8, START);
  const shapes: string[] = [];
  const labels: string[] = [];
  let arrows = 0;
  let recorded: Recorded = nothingRecorded();
  const texts = new Map(plan.phases.map((p, i) => [p.id, notesText(i + 1, (p.minutes + 10) * 200)]));
  const typed = new Map<string, number>();
  // 200 characters a minute, saved by the notes events (half of all events).
  const charsPerSave = (200 * 2 * stepMs) / 60_000;
  const pad = { lines: [] as { id: string; text: string }[], conclusions: [] as { id: string; text: string; lineIds: string[] }[] };
  let items = 0;

  const log: SessionEvent[] = [];
  // Nothing decided here reads the diagram, so the fold's stale-diagram states will do.
  const folder = new ReplayFold(undefined);
  let state: SessionState | undefined;
  let at = START;
  const push = (draft: EventDraft) => {
    const event = stamp(state, draft, Math.round(at));
    log.push(event);
    state = folder.step(event);
  };
  const command = (c: SessionCommand) => {
    const decision = decide(state!, c);
    if (!decision.ok) throw new Error(`seekSession: ${c.type} refused at event ${log.length + 1}: ${decision.reason}`);
    push(decision.draft);
  };

  push({ type: 'session.created', payload: { prompt: BENCH_PROMPT, plan, mode: 'solo', level: 'senior' } });
  at += stepMs;
  command({ type: 'start' });
  const pauses = [Math.round(total * 0.35), Math.round(total * 0.7)];
  const pauseLength = Math.max(1, Math.round(total * 0.02));
  const drawUntil = total * 0.8;
  // Back to the phase before for a while: its time is up, so it must not be moved on from at once.
  const revisiting = (seq: number) => seq > total * 0.6 && seq < total * 0.61;

  for (let seq = 3; seq <= total; seq++) {
    at = START + (seq - 1) * stepMs;
    const s = state!;
    const phase = s.phases[s.phaseIndex]!.id;
    if (seq === total) command({ type: 'end' });
    else if (pauses.includes(seq) && s.status === 'running') command({ type: 'pause' });
    else if (pauses.some((p) => seq === p + pauseLength) && s.status === 'paused') command({ type: 'resume' });
    else if (seq === Math.round(total * 0.5)) command({ type: 'extend', minutes: 1 });
    else if (seq === Math.round(total * 0.6) && s.phaseIndex > 0) command({ type: 'previous' });
    else if (seq === Math.round(total * 0.61) && s.phaseIndex < s.phases.length - 1) command({ type: 'next' });
    else if (s.status === 'running' && !revisiting(seq) && timings(s, at).phase.remainingMs <= 0 && s.phaseIndex < s.phases.length - 1) command({ type: 'next' });
    else if (seq % 400 === 0) push(asked(seq));
    // The window sends the diagram at most once a second, so over 45 minutes it is one event in eight.
    else if (seq % 8 === 0) command({ type: 'canvas', delta: draw(seq) });
    else if (seq % 8 < 5) command({ type: 'notes', phase, text: typeNotes(phase) });
    else if (seq % 8 === 5) command({ type: 'scratchpad', pad: editPad(seq) });
    else command(noteItem(seq));
  }
  return log;

  function draw(seq: number) {
    scene.now = Math.round(at);
    const due = Math.min(elements, Math.ceil((elements * seq) / drawUntil));
    const drawn = shapes.length + labels.length + arrows;
    if (drawn < due) {
      // Two shapes with labels to every arrow: 2 + 2 + 1 elements, within the count asked for.
      if (elements - drawn >= 2 && (arrows * 4 >= shapes.length * 2 || shapes.length < 2)) {
        const shape = scene.newShape('rectangle', (shapes.length % 20) * 240, Math.floor(shapes.length / 20) * 160);
        shapes.push(shape.id);
        const label = scene.newBoundText(shape.id);
        labels.push(label.id);
        scene.typeInto(label.id, `Service ${shapes.length}`);
      } else {
        scene.newArrow(random() * 4000, random() * 2000);
        arrows++;
      }
    } else if (labels.length > 0 && seq % 3 === 0) {
      const label = labels[Math.floor(random() * labels.length)]!;
      scene.typeInto(label, `${scene.get(label).text as string}·`);
    } else {
      const id = shapes[Math.floor(random() * shapes.length)]!;
      const shape = scene.get(id);
      scene.mutate(id, { x: (shape.x as number) + 3, y: (shape.y as number) + 1 });
    }
    const delta = diffScene(recorded, scene.elements)!;
    recorded = afterRecording(recorded, delta);
    return delta;
  }

  function typeNotes(phase: string): string {
    const text = texts.get(phase)!;
    const chars = Math.min(text.length, (typed.get(phase) ?? 0) + charsPerSave);
    typed.set(phase, chars);
    return text.slice(0, Math.floor(chars));
  }

  function editPad(seq: number) {
    if (pad.lines.length < 30 && seq % 3 === 0) pad.lines = [...pad.lines, { id: `l${seq}`, text: `x${pad.lines.length} = ${seq} req/s` }];
    else if (pad.lines.length > 0 && seq % 7 === 0 && pad.conclusions.length < 10) pad.conclusions = [...pad.conclusions, { id: `c${seq}`, text: `So ${seq} per second needs a cache`, lineIds: [pad.lines[0]!.id] }];
    else if (pad.lines.length > 0) pad.lines = pad.lines.map((l, i) => (i === pad.lines.length - 1 ? { ...l, text: `x${i} = ${seq} req/s` } : l));
    return { lines: pad.lines, conclusions: pad.conclusions };
  }

  function noteItem(seq: number): SessionCommand {
    if (items === 0 || (seq % 50 === 9 && items < 200)) {
      items++;
      return { type: 'note.add', id: `n${items}`, index: 0, body: { list: 'tradeoff', chose: '', gaveUp: '', because: '' } };
    }
    const n = items;
    return { type: 'note.edit', id: `n${n}`, body: { list: 'tradeoff', chose: `choice ${seq}`, gaveUp: 'simplicity', because: 'scale' } };
  }

  function asked(seq: number): EventDraft {
    return { type: 'interviewer.asked', payload: { question: `How many users at event ${seq}?`, reply: 'Assume 100M a day.', answer: 0, score: 0.2 } };
  }
}
