import { describe, expect, it } from 'vitest';
import { decide, stamp, type SessionCommand } from '../session/commands';
import type { SessionEvent } from '../session/events';
import { reduce } from '../session/reduce';
import type { SessionState } from '../session/state';
import { samplePlan, samplePrompt } from '../session/testing/samplePlan';
import { SpeechSegment, SpeechSegmenter } from './speech';
import { SILENT_WORK_MS, talkSummary } from './talk';

/** Frames of 100 ms from `probabilities`, the segments they close, and the last one closed by hand. */
function segmentsOf(probabilities: number[], options = {}) {
  const segmenter = new SpeechSegmenter({ frameMs: 100, ...options });
  const out = probabilities.flatMap((p, i) => segmenter.push(p, 1_000 + i * 100) ?? []);
  const last = segmenter.close();
  return last ? [...out, last] : out;
}

describe('SpeechSegmenter', () => {
  it('gives one segment per stretch of talk, on the session clock, with short gaps between words inside it', () => {
    // 0.5 s talk, a 0.2 s gap (inside), 0.3 s talk, 1 s quiet, 0.4 s talk.
    const p = [0.9, 0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.8, 0.8, 0.8, ...Array(10).fill(0.05), 0.9, 0.9, 0.9, 0.9];
    expect(segmentsOf(p)).toEqual([
      { start: 1_000, end: 2_000 },
      { start: 3_000, end: 3_400 },
    ]);
  });

  it('keeps a soft word between the two thresholds in the segment, and drops a click shorter than the minimum', () => {
    expect(segmentsOf([0.9, 0.4, 0.4, 0.9, 0.1, 0.1, 0.1, 0.1])).toEqual([{ start: 1_000, end: 1_400 }]);
    expect(segmentsOf([0.1, 0.9, 0.1, 0.1, 0.1, 0.1])).toEqual([]);
  });

  it('closes the open segment when asked (a pause or a phase change) and says whether speech goes on', () => {
    const segmenter = new SpeechSegmenter({ frameMs: 100 });
    segmenter.push(0.9, 0);
    segmenter.push(0.9, 100);
    segmenter.push(0.9, 200);
    expect(segmenter.speaking).toBe(true);
    expect(segmenter.close()).toEqual({ start: 0, end: 300 });
    expect(segmenter.speaking).toBe(false);
    expect(segmenter.close()).toBeUndefined();
  });

  it('refuses a segment that ends before it starts, naming the field', () => {
    const parsed = SpeechSegment.safeParse({ start: 500, end: 400 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['end']);
  });
});

/** A session played through decide, stamp and reduce as the Node side does; returns the log and the state. */
function play(steps: [SessionCommand, number][]): { events: SessionEvent[]; state: SessionState; refused: string[] } {
  let at = Date.UTC(2026, 11, 7, 15, 0, 0);
  const created = stamp(undefined, { type: 'session.created', payload: { prompt: samplePrompt, plan: samplePlan, mode: 'solo' } }, at);
  const events = [created];
  let state = reduce(undefined, created);
  const refused: string[] = [];
  for (const [command, wait] of steps) {
    at += wait;
    const decision = decide(state, command);
    if (!decision.ok) {
      refused.push(decision.reason);
      continue;
    }
    const event = stamp(state, decision.draft, at);
    events.push(event);
    state = reduce(state, event);
  }
  return { events, state, refused };
}

const speech = (start: number, end: number): SessionCommand => ({ type: 'speech', segment: { start, end } });

describe('speech in the session log', () => {
  it('keeps each segment with the phase it was said in, and only for a recorded session that runs', () => {
    const { state, refused } = play([
      [speech(0, 100), 0],
      [{ type: 'start' }, 0],
      [speech(0, 100), 0],
      [{ type: 'voice.record' }, 10],
      [{ type: 'voice.record' }, 10],
      [speech(1_000, 4_000), 5_000],
      [{ type: 'next' }, 1_000],
      [speech(7_000, 9_000), 4_000],
      [{ type: 'end' }, 1_000],
      [speech(9_000, 9_500), 0],
    ]);
    expect(state.recorded).toBe(true);
    expect(state.speech).toEqual([
      { start: 1_000, end: 4_000, phase: samplePlan.phases[0]!.id },
      { start: 7_000, end: 9_000, phase: samplePlan.phases[1]!.id },
    ]);
    expect(refused).toEqual([
      'start the session first',
      'this session is not recording the voice',
      'the voice is already being recorded',
      'the session has ended',
    ]);
  });
});

describe('talkSummary', () => {
  it('is nothing for a session that did not record the voice', () => {
    const { events, state } = play([[{ type: 'start' }, 0], [{ type: 'end' }, 60_000]]);
    expect(talkSummary(state, events)).toBeUndefined();
  });

  it('gives the talk share per phase, the longest silences with their moments, and silent drawing', () => {
    const design = samplePlan.phases[1]!.id;
    const { events, state } = play([
      [{ type: 'start' }, 0],
      [{ type: 'voice.record' }, 0],
      [speech(0, 20_000), 30_000],
      [{ type: 'next' }, 0],
      // Design: writing 30 s in, a word only 70 s later, then 40 s of quiet to the end.
      [{ type: 'notes', phase: design, text: 'boxes' }, 30_000],
      [speech(100_000, 110_000), 80_000],
      [{ type: 'end' }, 10_000],
    ]);
    const talk = talkSummary(state, events)!;
    expect(talk.spokenMs).toBe(30_000);
    expect(talk.phases.map((p) => [p.phaseId, p.usedMs, Math.round(p.share * 100)])).toEqual([
      [samplePlan.phases[0]!.id, 30_000, 67],
      [design, 120_000, 8],
      ...samplePlan.phases.slice(2).map((p) => [p.id, 0, 0]),
    ]);
    expect(talk.silences.map((s) => [s.start, s.end, s.phase])).toEqual([
      [20_000, 100_000, samplePlan.phases[0]!.id],
      [110_000, 150_000, design],
    ]);
    expect(talk.silentWork.map((s) => [s.start, s.end - s.start >= SILENT_WORK_MS, s.edits])).toEqual([[20_000, true, 1]]);
  });

  it('counts no silence where the detector did not listen (its model loading, a crash)', () => {
    const { events, state } = play([
      [{ type: 'start' }, 0],
      [{ type: 'voice.record' }, 0],
      [{ type: 'speech', segment: { start: 15_000, end: 18_000, listenedFrom: 14_000 } }, 20_000],
      [{ type: 'speech', segment: { start: 40_000, end: 42_000, listenedFrom: 39_000 } }, 30_000],
      [{ type: 'end' }, 0],
    ]);
    expect(talkSummary(state, events)!.silences.map((s) => [s.start, s.end])).toEqual([
      [42_000, 50_000],
      [14_000, 15_000],
      [39_000, 40_000],
    ]);
  });
});
