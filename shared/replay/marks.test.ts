import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_ID, builtinPlans } from '../session/builtinPlans';
import { decide, stamp, type SessionCommand } from '../session/commands';
import type { EventDraft, SessionEvent } from '../session/events';
import { reduce } from '../session/reduce';
import type { SessionState } from '../session/state';
import type { Report } from '../rubric/report';
import { buildReplay, evidenceMarks, interviewerNoteMarks, marks } from './index';

const START = Date.UTC(2026, 3, 1, 9);
const plan = builtinPlans.find((p) => p.id === DEFAULT_PLAN_ID)!;

/** A log of commands given at wall-clock seconds after START, through the app's own rules. */
function play(steps: [seconds: number, command: SessionCommand | { ask: string } | { sent: EventDraft }][], mode: 'solo' | 'paired' = 'solo'): SessionEvent[] {
  let state: SessionState | undefined;
  const log: SessionEvent[] = [];
  const push = (event: SessionEvent) => {
    log.push(event);
    state = reduce(state, event);
  };
  push(stamp(undefined, { type: 'session.created', payload: { prompt: { id: 'url-shortener', title: 'URL shortener' }, plan, mode, level: 'senior' } }, START));
  for (const [seconds, command] of steps) {
    const at = START + seconds * 1000;
    if ('sent' in command) {
      push(stamp(state, command.sent, at));
      continue;
    }
    if ('ask' in command) {
      push(stamp(state, { type: 'interviewer.asked', payload: { question: command.ask, reply: 'About ten million.', answer: 0, score: 0 } }, at));
      continue;
    }
    const decision = decide(state!, command);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.reason}`);
    push(stamp(state, decision.draft, at));
  }
  return log;
}

const summary = (events: SessionEvent[]) => marks(buildReplay(events)).map(({ t, kind, label }) => ({ t: t / 1000, kind, label }));

describe('marks', () => {
  it('puts the phase cues where the phase clock crossed them: not moved by a pause, given again after an extension', () => {
    const events = play([
      [0, { type: 'start' }],
      [240, { type: 'pause' }],
      [840, { type: 'resume' }],
      [880, { type: 'extend', minutes: 1 }],
      [990, { type: 'end' }],
    ]);
    expect(summary(events)).toEqual([
      { t: 0, kind: 'start', label: 'Started' },
      { t: 180, kind: 'cue', label: 'Two minutes left in Clarify scope' },
      { t: 240, kind: 'pause', label: 'Paused' },
      { t: 240, kind: 'resume', label: 'Resumed' },
      { t: 270, kind: 'cue', label: 'Thirty seconds left in Clarify scope' },
      { t: 280, kind: 'extend', label: '+1 min for Clarify scope' },
      { t: 330, kind: 'cue', label: 'Thirty seconds left in Clarify scope' },
      { t: 360, kind: 'cue', label: 'Time up in Clarify scope' },
      { t: 390, kind: 'end', label: 'Ended' },
    ]);
  });

  it('gives no cue for a phase left in time, and starts the next phase’s count where it was entered', () => {
    const events = play([
      [0, { type: 'start' }],
      [60, { type: 'next' }],
      [250, { type: 'end' }],
    ]);
    expect(summary(events).filter((m) => m.kind === 'cue')).toEqual([{ t: 240, kind: 'cue', label: 'Two minutes left in Estimate' }]);
  });

  it('labels notes with what they came to say, conclusions once written, and questions as asked', () => {
    const tradeoff = { list: 'tradeoff' as const, chose: '', gaveUp: '', because: '' };
    const line = { id: 'l1', text: 'reads = 1000/s' };
    const events = play([
      [0, { type: 'start' }],
      [10, { type: 'note.add', id: 'a', index: 0, body: tradeoff }],
      [20, { type: 'note.edit', id: 'a', body: { ...tradeoff, chose: 'Key-value store', because: 'lookups by key' } }],
      [30, { type: 'note.add', id: 'b', index: 1, body: { list: 'risk', text: 'Hot keys' } }],
      [40, { type: 'note.remove', id: 'b' }],
      [50, { ask: 'How many links a day?' }],
      [60, { type: 'scratchpad', pad: { lines: [line], conclusions: [{ id: 'c1', text: '', lineIds: [] }] } }],
      [70, { type: 'scratchpad', pad: { lines: [line], conclusions: [{ id: 'c1', text: 'A cache', lineIds: [] }] } }],
      [80, { type: 'scratchpad', pad: { lines: [line], conclusions: [{ id: 'c1', text: 'A cache in front of the store', lineIds: [] }] } }],
    ]);
    expect(summary(events).filter((m) => m.kind !== 'start')).toEqual([
      { t: 10, kind: 'note', label: 'Trade-off: Key-value store — lookups by key' },
      { t: 30, kind: 'note', label: 'Risk: Hot keys' },
      { t: 50, kind: 'question', label: 'How many links a day?' },
      { t: 70, kind: 'estimate', label: 'Conclusion: A cache in front of the store' },
    ]);
  });

  it('turns the report’s evidence with a moment into marks for the same timeline', () => {
    const evidence = (t: number | null, positive: boolean) => ({ kind: 'note' as const, text: `at ${t}`, t, positive });
    const report = {
      criteria: [
        { id: 'requirements', name: 'Requirements', evidence: [evidence(12_000, true), evidence(null, false)] },
        { id: 'estimation', name: 'Estimation', evidence: [evidence(90_000, false)] },
      ],
    } as unknown as Report;
    expect(evidenceMarks(report)).toEqual([
      { t: 12_000, kind: 'evidence', label: 'Requirements: at 12000', ref: 'requirements', positive: true },
      { t: 90_000, kind: 'evidence', label: 'Estimation: at 90000', ref: 'estimation', positive: false },
    ]);
  });
});

describe('interviewerNoteMarks', () => {
  it('puts each interviewer note at its session-clock moment, its tags leading the label', () => {
    const note = { at: START, phase: 'design' };
    expect(
      interviewerNoteMarks([
        { ...note, id: 'n1', t: 65_000, text: 'Sharded by user id without asking why', tags: ['concern', 'question'] },
        { ...note, id: 'n2', t: 5_000, text: 'Good opening questions', tags: [] },
      ]),
    ).toEqual([
      { t: 65_000, kind: 'inote', label: 'Concern, question: Sharded by user id without asking why', ref: 'n1' },
      { t: 5_000, kind: 'inote', label: 'Good opening questions', ref: 'n2' },
    ]);
  });
});

describe('what the interviewer sent', () => {
  it('is marked when it reached the candidate, as they saw it; clock changes keep their own marks', () => {
    const events = play(
      [
        [0, { type: 'start' }],
        [20, { sent: { type: 'interviewer.answered', payload: { question: 'Do links expire?', text: 'Never.', answer: 0 } } }],
        [30, { sent: { type: 'interviewer.answered', payload: { question: '', text: 'Assume 100M a day.', answer: null } } }],
        [40, { sent: { type: 'interviewer.hinted', payload: { kind: 'nudge', text: 'Move on to the API.' } } }],
        [50, { sent: { type: 'curveball.sprung', payload: { index: 0, text: 'Links now expire after a year.' } } }],
        [60, { type: 'extend', minutes: 1 }],
        [70, { type: 'end' }],
        [80, { sent: { type: 'interviewer.hinted', payload: { kind: 'hint', text: 'Too late to matter.' } } }],
      ],
      'paired',
    );
    expect(summary(events).filter((m) => m.kind === 'interviewer' || m.kind === 'extend')).toEqual([
      { t: 20, kind: 'interviewer', label: 'Answer to “Do links expire?”: Never.' },
      { t: 30, kind: 'interviewer', label: 'Answer: Assume 100M a day.' },
      { t: 40, kind: 'interviewer', label: 'Nudge: Move on to the API.' },
      { t: 50, kind: 'interviewer', label: 'Changed requirement: Links now expire after a year.' },
      { t: 60, kind: 'extend', label: '+1 min for Clarify scope' },
    ]);
  });
});
