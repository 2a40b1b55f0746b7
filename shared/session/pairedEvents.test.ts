import { describe, expect, it } from 'vitest';
import { decide, stamp, type SessionCommand } from './commands';
import type { EventDraft } from './events';
import { reduce } from './reduce';
import type { SessionState } from './state';
import { samplePlan, samplePrompt } from './testing/samplePlan';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** A paired session, started, that a test moves on with drafts and commands a second apart. */
function paired() {
  let at = T0;
  let state = reduce(undefined, stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'paired' } }, at));
  const append = (draft: EventDraft) => {
    at += 1_000;
    state = reduce(state, stamp(state, draft, at));
    return state;
  };
  const command = (c: SessionCommand) => {
    const decision = decide(state, c);
    if (!decision.ok) throw new Error(decision.reason);
    return append(decision.draft);
  };
  command({ type: 'start' });
  return { append, command, get state(): SessionState { return state; } };
}

describe("the interviewer's events in the session log", () => {
  it('show the candidate answers, hints, nudges and curveballs in order, with their time and phase', () => {
    const s = paired();
    s.append({ type: 'interviewer.answered', payload: { question: 'How many users?', text: 'Ten million.', answer: 0 } });
    s.append({ type: 'interviewer.hinted', payload: { kind: 'nudge', text: 'Move on.' } });
    s.append({ type: 'curveball.sprung', payload: { index: 1, text: 'It must work offline.' } });
    expect(s.state.fromInterviewer).toEqual([
      { kind: 'answer', text: 'Ten million.', question: 'How many users?', seq: 3, t: 1_000, phase: 'clarify' },
      { kind: 'nudge', text: 'Move on.', seq: 4, t: 2_000, phase: 'clarify' },
      { kind: 'curveball', text: 'It must work offline.', curveball: 1, seq: 5, t: 3_000, phase: 'clarify' },
    ]);
  });

  it("tell the candidate of the interviewer's clock changes in plain words, and not of their own", () => {
    const s = paired();
    s.command({ type: 'pause' });
    s.command({ type: 'resume' });
    expect(s.state.fromInterviewer).toEqual([]);
    s.append({ type: 'phase.extended', payload: { minutes: 2, by: 'interviewer' } });
    s.append({ type: 'session.paused', payload: { reason: 'user', by: 'interviewer' } });
    s.append({ type: 'session.resumed', payload: { by: 'interviewer' } });
    s.append({ type: 'phase.entered', payload: { index: 1, via: 'next', by: 'interviewer' } });
    expect(s.state.fromInterviewer.map((m) => [m.kind, m.text])).toEqual([
      ['clock', 'The interviewer gave Clarify 2 more minutes.'],
      ['clock', 'The interviewer paused the clock.'],
      ['clock', 'The interviewer restarted the clock.'],
      ['clock', 'The interviewer moved on to Design.'],
    ]);
    expect(s.state.phases[0]!.extendedMs).toBe(120_000);
    expect(s.state.phaseIndex).toBe(1);
  });

  it('keep the self-assessment once, after the end only', () => {
    const s = paired();
    s.append({ type: 'self.assessed', payload: { scores: { scope: 1 } } });
    expect(s.state.selfScores).toBeNull();
    s.command({ type: 'end' });
    s.append({ type: 'interviewer.hinted', payload: { kind: 'hint', text: 'Too late' } });
    expect(s.state.fromInterviewer).toEqual([]);
    s.append({ type: 'self.assessed', payload: { scores: { scope: 3, api: 2 } } });
    s.append({ type: 'self.assessed', payload: { scores: { scope: 0 } } });
    expect(s.state.selfScores).toEqual({ scope: 3, api: 2 });
  });
});
