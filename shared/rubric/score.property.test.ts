import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Report } from './report';
import { scoreSession } from './score';
import { arbitraryLog } from './testing/arbitrary';
import { urlShortener } from './testing/fixtures';

const log = arbitraryLog(urlShortener);

describe('scoring any valid log', () => {
  it('never throws and always gives a valid report with timed evidence', () => {
    fc.assert(
      fc.property(log, ({ events, level }) => {
        const report = Report.parse(scoreSession({ prompt: urlShortener, events, level }));
        for (const c of report.criteria) for (const e of c.evidence) expect(e.kind === 'missing' || e.t !== null).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
