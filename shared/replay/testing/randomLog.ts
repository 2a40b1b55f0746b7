import fc from 'fast-check';
import type { CanvasDelta, CanvasElement } from '../../canvas/element';
import { DEFAULT_PLAN_ID, builtinPlans } from '../../session/builtinPlans';
import { decide, stamp, type SessionCommand } from '../../session/commands';
import type { EventDraft, SessionEvent } from '../../session/events';
import { reduce } from '../../session/reduce';
import type { SessionState } from '../../session/state';

/** One thing a person does, and how long after the last one (0 often: many events share a moment). */
type Action = { gapMs: number; act: Act };
type Act =
  | { kind: 'control'; command: 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'end' }
  | { kind: 'extend'; minutes: 1 | 2 }
  | { kind: 'notes'; text: string }
  | { kind: 'draw'; element: number; version: number; deleted: boolean }
  | { kind: 'pad'; lines: number; conclusion: string }
  | { kind: 'note'; op: 'add' | 'edit' | 'remove' | 'move'; item: number; text: string }
  | { kind: 'ask'; question: string };

const act: fc.Arbitrary<Act> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('control' as const), command: fc.constantFrom('start', 'pause', 'resume', 'next', 'previous', 'end' as const) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('extend' as const), minutes: fc.constantFrom(1 as const, 2 as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('notes' as const), text: fc.string({ maxLength: 12 }) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('draw' as const), element: fc.nat(6), version: fc.integer({ min: 1, max: 5 }), deleted: fc.boolean() }),
    weight: 4,
  },
  { arbitrary: fc.record({ kind: fc.constant('pad' as const), lines: fc.nat(3), conclusion: fc.string({ maxLength: 8 }) }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('note' as const), op: fc.constantFrom('add', 'edit', 'remove', 'move' as const), item: fc.nat(3), text: fc.string({ maxLength: 8 }) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('ask' as const), question: fc.string({ minLength: 1, maxLength: 10 }) }), weight: 1 },
);

const gap = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 30_000, max: 400_000 }));

/**
 * Random session logs made by the app's own rules (decide, stamp, reduce): commands that
 * would be refused are left out, as the app refuses them, so every log is one a person could
 * have made. The diagram gets late, stale and deleted batches; a repeated version is fine.
 */
export const randomLog: fc.Arbitrary<SessionEvent[]> = fc.array(fc.record({ gapMs: gap, act }), { minLength: 0, maxLength: 80 }).map(play);

const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!;

function play(actions: Action[]): SessionEvent[] {
  const log: SessionEvent[] = [];
  let at = Date.UTC(2026, 2, 1, 10);
  let state: SessionState | undefined;
  const push = (draft: EventDraft) => {
    const event = stamp(state, draft, at);
    log.push(event);
    state = reduce(state, event);
  };
  push({ type: 'session.created', payload: { prompt: { id: 'url-shortener', title: 'URL shortener' }, plan, mode: 'solo', level: 'senior' } });
  for (const { gapMs, act } of actions) {
    at += gapMs;
    if (act.kind === 'ask') {
      if (state!.status !== 'ended') push({ type: 'interviewer.asked', payload: { question: act.question, reply: 'Assume so.', answer: null, score: null } });
      continue;
    }
    const decision = decide(state!, command(act, state!));
    if (decision.ok) push(decision.draft);
  }
  return log;
}

function command(act: Exclude<Act, { kind: 'ask' }>, state: SessionState): SessionCommand {
  switch (act.kind) {
    case 'control':
      return { type: act.command };
    case 'extend':
      return { type: 'extend', minutes: act.minutes };
    case 'notes':
      return { type: 'notes', phase: state.phases[state.phaseIndex]!.id, text: act.text };
    case 'draw':
      return { type: 'canvas', delta: delta(act) };
    case 'pad': {
      const lines = Array.from({ length: act.lines }, (_, i) => ({ id: `l${i}`, text: `x${i} = ${i + 1} GB` }));
      return { type: 'scratchpad', pad: { lines, conclusions: act.conclusion ? [{ id: `c${act.lines}`, text: act.conclusion, lineIds: [] }] : [] } };
    }
    case 'note': {
      const id = `n${act.item}`;
      const body = { list: 'risk' as const, text: act.text };
      if (act.op === 'add') return { type: 'note.add', id, index: 0, body };
      if (act.op === 'edit') return { type: 'note.edit', id, body };
      if (act.op === 'remove') return { type: 'note.remove', id };
      return { type: 'note.move', id, index: act.item };
    }
  }
}

function delta(act: Extract<Act, { kind: 'draw' }>): CanvasDelta {
  const id = `e${act.element}`;
  if (act.deleted) return { added: [], changed: [], deleted: [{ id, version: act.version, versionNonce: act.version }], files: [] };
  const element: CanvasElement = { id, type: 'rectangle', version: act.version, versionNonce: act.version, isDeleted: false, x: act.version * 10, y: 0 };
  // Now and then an image comes with it, as a pasted picture does.
  const files = act.version === 5 ? [{ id: `f${act.element}`, mimeType: 'image/png', dataURL: 'data:image/png;base64,', created: act.element }] : [];
  return { added: [], changed: [element], deleted: [], files };
}
