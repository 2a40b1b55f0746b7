import { describe, expect, it } from 'vitest';
import { CALIBRATION_SOURCES } from '../../../calibration/sources';
import { SHIPPED_PROMPTS } from '../testing/prompts';
import { calibrationJudgements, calibrationSessions } from './set';

const sessions = calibrationSessions();
const judgements = calibrationJudgements();

describe('the calibration set', () => {
  it('has a file for every source and a source for every file', () => {
    expect([...sessions.keys()].sort()).toEqual(CALIBRATION_SOURCES.map((s) => s.name).sort());
  });

  it.each(CALIBRATION_SOURCES.map((s) => [s.name, s] as const))('%s: the file is what its source writes (node calibration/make-sessions.mjs)', (name, source) => {
    const file = sessions.get(name)!;
    expect(file.prompt.id).toBe(source.prompt);
    expect(source.make(file.prompt).toExport(source.tag)).toEqual(file);
  });

  // The snapshot is frozen in the file (a later edit of the prompt must not change a judged session), so only its identity is checked.
  it('runs each session on a shipped prompt', () => {
    for (const [name, file] of sessions) {
      const shipped = SHIPPED_PROMPTS.find((p) => p.id === file.prompt.id);
      expect(shipped?.title, name).toBe(file.prompt.title);
    }
  });

  it('judges every session, each at most once per level, and judges nothing else', () => {
    const keys = judgements.map((j) => `${j.session}@${j.level}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(judgements.map((j) => j.session))].sort()).toEqual([...sessions.keys()].sort());
  });

  it('judges a session at the level it was practised at, apart from the extra levels of a two-level judgement', () => {
    for (const [name, file] of sessions) {
      expect(judgements.filter((j) => j.session === name).map((j) => j.level), name).toContain(file.session.level);
    }
    for (const j of judgements) if (j.level !== sessions.get(j.session)!.session.level) expect(j.covers, j.session).toContain('two-levels');
  });

  it('covers what issue 21 asks for, over enough prompts', () => {
    expect(sessions.size).toBeGreaterThanOrEqual(24);
    expect(new Set([...sessions.values()].map((s) => s.prompt.id)).size).toBeGreaterThanOrEqual(10);
    const covers = new Set(judgements.flatMap((j) => j.covers));
    for (const c of ['strong', 'solid', 'weak', 'off-topic', 'box-first', 'estimates-far-off', 'estimates-decide-nothing', 'shorthand', 'out-of-time', 'tradeoffs-without-reasons', 'two-levels', 'paired']) {
      expect(covers, c).toContain(c);
    }
    expect([...sessions.values()].some((s) => s.session.mode === 'paired' && (s.interviewer?.length ?? 0) > 0)).toBe(true);
  });

  it('names the place when the judgements are malformed', () => {
    const bad = JSON.stringify([{ ...judgements[0], overall: { score: 3.25, why: 'x' } }]);
    expect(() => calibrationJudgements(bad)).toThrow(/calibration\/judgements\.json: \[0\.overall\.score\] one decimal/);
  });
});
