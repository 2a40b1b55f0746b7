import { describe, expect, it } from 'vitest';
import { decide, stamp } from '../session/commands';
import type { EventDraft } from '../session/events';
import { reduce } from '../session/reduce';
import type { SessionState } from '../session/state';
import { samplePlan, samplePrompt } from '../session/testing/samplePlan';
import { decideInterviewer, InterviewerCommand, type PromptScript } from './commands';
import { emptyPrivateState, type PrivateState } from './privateLog';

const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);
const script: PromptScript = { answers: [{ answer: 'Ten million a day.' }, { answer: 'Five years.' }], curveballs: ['It must work offline.'] };

function session(mode: 'solo' | 'paired', ...drafts: EventDraft[]): SessionState {
  let at = T0;
  let state = reduce(undefined, stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode } }, at));
  const start = decide(state, { type: 'start' });
  if (!start.ok) throw new Error(start.reason);
  for (const draft of [start.draft, ...drafts]) state = reduce(state, stamp(state, draft, (at += 1_000)));
  return state;
}

const decideFor = (state: SessionState, command: unknown, own: PrivateState = emptyPrivateState()) =>
  decideInterviewer(state, own, InterviewerCommand.parse(command), script);

describe('what an interviewer may do', () => {
  it('sends a scripted answer as written, or the words typed', () => {
    const state = session('paired');
    expect(decideFor(state, { type: 'answer', question: 'Scale?', answer: 0 })).toEqual({
      ok: true,
      log: 'session',
      draft: { type: 'interviewer.answered', payload: { question: 'Scale?', text: 'Ten million a day.', answer: 0 } },
    });
    expect(decideFor(state, { type: 'answer', answer: null, text: 'Assume one region.' })).toMatchObject({
      draft: { payload: { question: '', text: 'Assume one region.', answer: null } },
    });
    expect(decideFor(state, { type: 'answer', answer: null })).toEqual({ ok: false, reason: 'write the answer, or pick one of the scripted answers' });
    expect(decideFor(state, { type: 'answer', answer: 2 })).toEqual({ ok: false, reason: 'the prompt has no scripted answer 3' });
  });

  it('springs each curveball once', () => {
    expect(decideFor(session('paired'), { type: 'curveball', index: 0 })).toMatchObject({ ok: true, draft: { type: 'curveball.sprung', payload: { text: 'It must work offline.' } } });
    expect(decideFor(session('paired'), { type: 'curveball', index: 1 })).toEqual({ ok: false, reason: 'the prompt has no curveball 2' });
    const sprung = session('paired', { type: 'curveball.sprung', payload: { index: 0, text: 'It must work offline.' } });
    expect(decideFor(sprung, { type: 'curveball', index: 0 })).toEqual({ ok: false, reason: 'that curveball has already been sprung' });
  });

  it("changes the clock as the candidate's own commands would, marked as the interviewer's", () => {
    const state = session('paired');
    expect(decideFor(state, { type: 'extend', minutes: 1 })).toMatchObject({ ok: true, draft: { type: 'phase.extended', payload: { minutes: 1, by: 'interviewer' } } });
    expect(decideFor(state, { type: 'skip' })).toMatchObject({ ok: true, draft: { type: 'phase.entered', payload: { index: 1, via: 'next', by: 'interviewer' } } });
    expect(decideFor(state, { type: 'pause' })).toMatchObject({ ok: true, draft: { type: 'session.paused', payload: { by: 'interviewer' } } });
    expect(decideFor(state, { type: 'resume' }).ok).toBe(false);
  });

  it('keeps notes and scores private, and takes them after the end when nothing else is', () => {
    const ended = session('paired', { type: 'session.ended', payload: {} });
    expect(decideFor(ended, { type: 'note', id: 'n1', text: 'Clear', tags: ['strength'] })).toEqual({
      ok: true,
      log: 'private',
      draft: { type: 'inote.added', payload: { id: 'n1', text: 'Clear', tags: ['strength'] } },
    });
    expect(decideFor(ended, { type: 'score', criterion: 'api', score: null })).toMatchObject({ ok: true, log: 'private' });
    expect(decideFor(ended, { type: 'hint', kind: 'hint', text: 'x' })).toEqual({ ok: false, reason: 'the session has ended' });
    expect(decideFor(ended, { type: 'note.remove', id: 'n9' })).toEqual({ ok: false, reason: 'there is no note with id "n9"' });
  });

  it('does nothing in a solo session', () => {
    expect(decideFor(session('solo'), { type: 'note', id: 'n1', text: 'x' })).toEqual({ ok: false, reason: 'this session is solo: it has no interviewer' });
  });
});
