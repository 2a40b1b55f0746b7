import { describe, expect, it } from 'vitest';
import { diffScene, nothingRecorded } from '../canvas/delta';
import { emptyCanvas } from '../canvas/element';
import { visibleElements } from '../canvas/scene';
import { edited, el } from '../canvas/testing/elements';
import { decide, SessionCommand, stamp } from './commands';
import { SessionEvent } from './events';
import { fold, reduce } from './reduce';
import { SessionState } from './state';
import { samplePlan, samplePrompt } from './testing/samplePlan';

const T0 = Date.UTC(2026, 10, 22, 14, 0, 0);

/** Plays commands as the Node side does: decide, stamp, fold. */
function play(commands: SessionCommand[]): { events: SessionEvent[]; state: SessionState } {
  let at = T0;
  const created = stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'solo' } }, at);
  const events = [created];
  let state = reduce(undefined, created);
  for (const command of commands) {
    at += 1_000;
    const decision = decide(state, SessionCommand.parse(command));
    if (!decision.ok) throw new Error(decision.reason);
    const event = stamp(state, decision.draft, at);
    events.push(event);
    state = reduce(state, event);
  }
  return { events, state };
}

describe('canvas.changed in the session log', () => {
  const a = el('a', { index: 'a0' });
  const b = el('b', { type: 'ellipse', index: 'a1' });

  it('folds through reduce, each element remembering the phase it was drawn in', () => {
    const first = diffScene(nothingRecorded(), [a])!;
    const second = { added: [b], changed: [edited(a, { x: 30 })], deleted: [], files: [] };
    const { events, state } = play([{ type: 'start' }, { type: 'canvas', delta: first }, { type: 'next' }, { type: 'canvas', delta: second }]);
    expect(events.filter((e) => e.type === 'canvas.changed').map((e) => e.phase)).toEqual(['clarify', 'design']);
    expect(visibleElements(state.canvas).map((e) => [e.id, e.version, e.x])).toEqual([
      ['a', 2, 30],
      ['b', 1, 0],
    ]);
    expect(state.canvas.firstPhase).toEqual({ a: 'clarify', b: 'design' });
    // The log replays to the same state, and survives a trip through JSON lines.
    const lines = events.map((e) => JSON.stringify(e));
    expect(fold(lines.map((line) => SessionEvent.parse(JSON.parse(line))))).toEqual(state);
  });

  it('records a drawing made before the clock starts, in the first phase', () => {
    const { state } = play([{ type: 'canvas', delta: { added: [a], changed: [], deleted: [], files: [] } }]);
    expect(state.canvas.firstPhase).toEqual({ a: 'clarify' });
  });

  it('refuses canvas changes once the session has ended, and the reducer ignores any that slip in', () => {
    const { events, state } = play([{ type: 'start' }, { type: 'end' }]);
    expect(decide(state, { type: 'canvas', delta: { added: [a], changed: [], deleted: [], files: [] } })).toMatchObject({ ok: false });
    const late = SessionEvent.parse({ ...events[events.length - 1]!, seq: state.lastSeq + 1, type: 'canvas.changed', payload: { added: [a] } });
    expect(reduce(state, late).canvas).toEqual(state.canvas);
  });

  it('fills in an empty delta\'s lists, so a window may send only what it has', () => {
    const parsed = SessionCommand.parse({ type: 'canvas', delta: { added: [a] } });
    expect(parsed).toEqual({ type: 'canvas', delta: { added: [a], changed: [], deleted: [], files: [] } });
  });

  it('reads a snapshot written before the canvas existed as having an empty canvas', () => {
    const { state } = play([{ type: 'start' }]);
    const { canvas: _canvas, ...old } = JSON.parse(JSON.stringify(state)) as SessionState;
    expect('canvas' in old).toBe(false);
    const parsed = SessionState.parse(old);
    expect(parsed.canvas).toEqual(emptyCanvas());
    // And folding on from it works.
    const next = stamp(parsed, { type: 'canvas.changed', payload: { added: [a], changed: [], deleted: [], files: [] } }, T0 + 60_000);
    expect(visibleElements(reduce(parsed, next).canvas).map((e) => e.id)).toEqual(['a']);
  });

  it('keeps fields of a newer Excalidraw that the schema does not know', () => {
    const withExtras = el('c', { index: 'a2', someFutureField: { nested: [1, 2] } });
    const { events, state } = play([{ type: 'canvas', delta: { added: [withExtras], changed: [], deleted: [], files: [] } }]);
    expect(state.canvas.elements.c!.someFutureField).toEqual({ nested: [1, 2] });
    expect(SessionEvent.parse(JSON.parse(JSON.stringify(events[1])))).toEqual(events[1]);
  });
});
