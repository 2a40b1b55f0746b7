import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreSession } from '../../shared/rubric/score';
import { FIXTURE_SESSIONS } from '../../shared/rubric/testing/fixtures';
import { call } from '../bridge/bridge';
import { fetchReplay } from './replaySlice';

vi.mock('../bridge/bridge', () => ({ call: vi.fn(), describeError: (e: unknown) => (e instanceof Error ? e.message : String(e)) }));

const { events, prompt, session } = FIXTURE_SESSIONS.strong;
const id = session.id;
const calls = vi.mocked(call);

beforeEach(() => calls.mockReset());

describe('fetchReplay', () => {
  it('puts the report’s evidence on the timeline of an ended session', async () => {
    const report = scoreSession({ events, prompt, level: session.level });
    calls.mockImplementation(async (channel) => (channel === 'session.events' ? { events } : { report, stale: false }) as never);
    const data = await fetchReplay(id);
    expect(calls.mock.calls.map(([channel]) => channel)).toEqual(['session.events', 'session.report']);
    expect(data.replay.durationMs).toBe(events[events.length - 1]!.t);
    const timed = report.criteria.flatMap((c) => c.evidence).filter((e) => e.t !== null);
    expect(data.evidence).toHaveLength(timed.length);
    expect(data.evidence.every((m) => m.kind === 'evidence')).toBe(true);
  });

  it('does not ask for the report of a session that has not ended (it would be refused)', async () => {
    const unfinished = events.filter((e) => e.type !== 'session.ended');
    calls.mockImplementation(async () => ({ events: unfinished }) as never);
    const data = await fetchReplay(id);
    expect(calls.mock.calls.map(([channel]) => channel)).toEqual(['session.events']);
    expect(data.evidence).toEqual([]);
    expect(data.evidenceProblem).toBeUndefined();
  });

  it('still replays when the report cannot be made, and says why the rubric’s marks are missing', async () => {
    calls.mockResolvedValueOnce({ events } as never).mockRejectedValueOnce(new Error('the prompt is not in the library any more'));
    const data = await fetchReplay(id);
    expect(data.replay.final.status).toBe('ended');
    expect(data.evidence).toEqual([]);
    expect(data.evidenceProblem).toBe('the prompt is not in the library any more');
  });
});

describe('fetchReplay of a paired session', () => {
  const paired = events.map((e) => (e.type === 'session.created' ? { ...e, payload: { ...e.payload, mode: 'paired' as const } } : e));
  const last = paired[paired.length - 1]!;
  const assessed = [...paired, { ...last, seq: last.seq + 1, type: 'self.assessed' as const, payload: { scores: { scope: 3 } } }];

  it('does not ask for the report before the candidate has scored themselves (it would reveal the rubric’s view)', async () => {
    calls.mockImplementation(async () => ({ events: paired }) as never);
    const data = await fetchReplay(id);
    expect(calls.mock.calls.map(([channel]) => channel)).toEqual(['session.events']);
    expect(data.evidence).toEqual([]);
    expect(data.interviewerNotes).toEqual([]);
  });

  it('puts the interviewer’s notes on the timeline once the report may be read', async () => {
    const report = scoreSession({ events, prompt, level: session.level });
    const note = { id: 'n1', text: 'Asked about peak load early', tags: ['strength' as const], t: 42_000, at: last.at, phase: last.phase };
    const pairing = { self: { scope: 3 }, interviewer: { scores: {}, notes: [note] } };
    calls.mockImplementation(async (channel) => (channel === 'session.events' ? { events: assessed } : { report, stale: false, pairing }) as never);
    const data = await fetchReplay(id);
    expect(data.interviewerNotes).toEqual([{ t: 42_000, kind: 'inote', label: 'Strength: Asked about peak load early', ref: 'n1' }]);
  });
});
