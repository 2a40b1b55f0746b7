import { describe, expect, it } from 'vitest';
import type { TargetLevel } from '../session/level';
import { Band, Report } from './report';
import { RUBRIC_VERSION, scoreSession } from './score';
import { BAND_STARTS, bandFor, CRITERIA, OVERALL_SCALE } from './table';
import { without } from './testing/edit';
import { FIXTURE_SESSIONS, urlShortener } from './testing/fixtures';
import { strongSession } from './testing/sessions';

const rank = (band: Band) => Band.options.indexOf(band);
const score = (name: keyof typeof FIXTURE_SESSIONS, level: TargetLevel = 'senior', now?: number) => {
  const f = FIXTURE_SESSIONS[name];
  return scoreSession({ prompt: f.prompt, events: f.events, level }, now);
};

describe('the fixture sessions', () => {
  it('the strong URL-shortener session scores hire or better at senior', () => {
    const report = score('strong');
    expect(rank(report.band)).toBeGreaterThanOrEqual(rank('hire'));
  });

  it('the session that draws boxes first and never estimates scores no hire or below at senior', () => {
    const report = score('weak');
    expect(rank(report.band)).toBeLessThanOrEqual(rank('no hire'));
    expect(report.criteria.find((c) => c.id === 'estimation')!.score).toBe(0);
  });

  it('the committed files are what the session builder writes', () => {
    // A stale fixture would test a session nobody can regenerate: rerun scripts/make-rubric-fixtures.mjs.
    expect(FIXTURE_SESSIONS.strong.events).toEqual(strongSession(urlShortener).build());
  });
});

describe('the report', () => {
  it('is a valid Report with every criterion in table order, its weight and a descriptor of what it has and lacks', () => {
    const report = Report.parse(score('strong', 'senior', 1_700_000_000_000));
    expect(report.rubricVersion).toBe(RUBRIC_VERSION);
    expect(report.scoredAt).toBe(1_700_000_000_000);
    expect(report.criteria.map((c) => c.id)).toEqual(CRITERIA.map((c) => c.id));
    for (const c of report.criteria) {
      const spec = CRITERIA.find((s) => s.id === c.id)!;
      expect(c.weight).toBe(spec.weight);
      expect(c.descriptor).toMatch(/^[A-Z0-9].*\.$/);
    }
  });

  it('says whether the prompt had a reference answer, and scores the same either way (no rubric change yet)', () => {
    const f = FIXTURE_SESSIONS.strong;
    const withRef = { ...f.prompt, reference: { functional: [], qualities: [], api: [], entities: [], bottlenecks: [], terms: ['short code'] } };
    const plain = { ...f.prompt, reference: undefined };
    const a = scoreSession({ prompt: withRef, events: f.events, level: 'senior' }, 1);
    const b = scoreSession({ prompt: plain, events: f.events, level: 'senior' }, 1);
    expect([a.prompt.hasReference, b.prompt.hasReference]).toEqual([true, false]);
    expect(a.criteria).toEqual(b.criteria);
  });

  it('overall is the weighted mean of the scores, scaled so that 4 everywhere reads 3.8', () => {
    const report = score('weak');
    const weights = report.criteria.reduce((s, c) => s + c.weight, 0);
    expect(report.overall).toBeCloseTo((OVERALL_SCALE * report.criteria.reduce((s, c) => s + c.score * c.weight, 0)) / weights, 2);
  });

  it('every piece of evidence has a time, unless it is something missing', () => {
    for (const name of ['strong', 'weak'] as const) {
      for (const c of score(name).criteria) {
        for (const e of c.evidence) expect(e.kind === 'missing' ? e.t === null : e.t !== null, `${name} ${c.id}: ${e.text}`).toBe(true);
      }
    }
  });

  it('shows each phase planned against used, the prompt and its outline', () => {
    const report = score('strong');
    expect(report.phases.map((p) => p.id)).toEqual(FIXTURE_SESSIONS.strong.plan.phases.map((p) => p.id));
    expect(report.phases[0]).toEqual({ id: 'clarify', title: 'Clarify scope', plannedMs: 5 * 60_000, usedMs: 4.5 * 60_000 });
    expect(report.prompt).toEqual({ id: 'url-shortener', title: 'Design a URL Shortener', hasReference: FIXTURE_SESSIONS.strong.prompt.reference !== undefined });
    expect(report.outline).toContain('## Deep dive');
  });

  it('is deterministic and leaves the log untouched', () => {
    const events = structuredClone(FIXTURE_SESSIONS.strong.events);
    const first = scoreSession({ prompt: urlShortener, events, level: 'staff' }, 5);
    expect(events).toEqual(FIXTURE_SESSIONS.strong.events);
    expect(scoreSession({ prompt: urlShortener, events, level: 'staff' }, 5)).toEqual(first);
  });
});

describe('bands per target level', () => {
  it('each level starts its bands in rising order', () => {
    for (const starts of Object.values(BAND_STARTS)) {
      const values = Object.values(starts);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('a score on a band start reaches that band, just below it does not', () => {
    expect(bandFor(BAND_STARTS.senior.hire, 'senior')).toBe('hire');
    expect(bandFor(BAND_STARTS.senior.hire - 0.01, 'senior')).toBe('lean hire');
    expect(bandFor(0, 'mid')).toBe('strong no hire');
    expect(bandFor(4, 'staff')).toBe('strong hire');
  });

  it('the same record earns a lower band at staff than at mid', () => {
    // The strong session without its deep dives and trade-offs: a middling record.
    const middling = without(FIXTURE_SESSIONS.strong.events, (e) => e.type === 'note.added' && ['deep-dive', 'tradeoff', 'risk', 'open-question'].includes(e.payload.body.list));
    const band = (level: TargetLevel) => scoreSession({ prompt: urlShortener, events: middling, level }).band;
    expect(rank(band('mid'))).toBeGreaterThan(rank(band('staff')));
    expect(rank(band('mid'))).toBeGreaterThanOrEqual(rank(band('senior')));
    expect(rank(band('senior'))).toBeGreaterThanOrEqual(rank(band('staff')));
  });
});
