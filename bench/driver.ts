import { performance } from 'node:perf_hooks';
import { timings } from '../shared/session/clock';
import type { SessionCommand } from '../shared/session/commands';
import { builtinPlans, DEFAULT_PLAN_ID } from '../shared/session/builtinPlans';
import type { SessionState } from '../shared/session/state';
import type { SessionStore } from '../node/services/sessions/sessionStore';
import { notesText } from './notesText';

export const BENCH_PROMPT = { id: 'url-shortener', title: 'Design a URL Shortener' };

/** A wall clock the benchmark moves by hand, so a 45-minute session takes seconds. */
export class FakeClock {
  constructor(public ms: number) {}
  readonly now = () => this.ms;
}

export type DriveOptions = {
  /** Events in the log when done, counting the creation and the start. */
  events: number;
  /** Wall time the session spans. */
  minutes: number;
  /** How fast the candidate types into the notes; each save carries the phase's whole text. */
  typingCharsPerMinute?: number;
  /** End the session with the last event; otherwise leave its clock running. */
  end?: boolean;
  /** Called with how long each command took, in ms. */
  timed?: (ms: number, command: SessionCommand['type']) => void;
};

/**
 * Plays a realistic session through the real SessionStore: the default 45-minute plan,
 * notes typed at a steady pace and saved as events, `next` when a phase's time is up, an
 * extension, two short pauses, and optionally the end. Events are spread evenly over
 * `minutes` of the fake wall clock, so snapshots fall as they would in use (every 500
 * events or 60 s).
 */
export async function driveSession(store: SessionStore, clock: FakeClock, options: DriveOptions): Promise<{ id: string; state: SessionState }> {
  const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!;
  const total = options.events;
  if (total < 3) throw new Error('a driven session needs at least 3 events');
  const t0 = clock.ms;
  const stepMs = (options.minutes * 60_000) / (total - 1);
  const charsPerMinute = options.typingCharsPerMinute ?? 200;
  const charsPerEvent = (charsPerMinute * stepMs) / 60_000;
  // Room for a phase that runs over; past its end the text stops growing.
  const texts = new Map(plan.phases.map((p, i) => [p.id, notesText(i + 1, Math.ceil((p.minutes + 5) * charsPerMinute))]));
  const typed = new Map<string, number>();
  const pauses = [Math.round(total * 0.35), Math.round(total * 0.7)];
  const pauseLength = Math.max(1, Math.round(total * 0.02));
  const extendAt = Math.round(total * 0.5);

  const { id } = await store.create(BENCH_PROMPT, plan, 'solo');
  let state = (await send(store, id, { type: 'start' }, options.timed)).state;
  for (let seq = 3; seq <= total; seq++) {
    clock.ms = Math.round(t0 + (seq - 1) * stepMs);
    state = (await send(store, id, nextCommand(seq), options.timed)).state;
  }
  return { id, state };

  function nextCommand(seq: number): SessionCommand {
    if (seq === total && options.end) return { type: 'end' };
    if (pauses.includes(seq) && state.status === 'running') return { type: 'pause' };
    if (pauses.some((p) => seq === p + pauseLength) && state.status === 'paused') return { type: 'resume' };
    if (seq === extendAt) return { type: 'extend', minutes: 1 };
    const time = timings(state, clock.ms);
    if (state.status === 'running' && time.phase.remainingMs <= 0 && state.phaseIndex < state.phases.length - 1) return { type: 'next' };
    const phase = state.phases[state.phaseIndex]!.id;
    const chars = (typed.get(phase) ?? 0) + charsPerEvent;
    typed.set(phase, chars);
    const text = texts.get(phase)!;
    return { type: 'notes', phase, text: text.slice(0, Math.min(text.length, Math.floor(chars))) };
  }
}

async function send(store: SessionStore, id: string, command: SessionCommand, timed: DriveOptions['timed']) {
  const started = performance.now();
  const result = await store.command(id, command);
  timed?.(performance.now() - started, command.type);
  return result;
}
