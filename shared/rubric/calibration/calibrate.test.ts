import { describe, expect, it } from 'vitest';
import { formatFigures } from './figures';
import { calibrationFigures } from './set';

// `npm run calibrate` runs this file: it prints the figures for the current scorer and checks only
// that every judgement was scored. The thresholds (Spearman >= 0.9, overall MAE <= 0.5) are a
// separate gate test, added with the scorer that meets them.
describe('calibration figures for the current scorer', () => {
  it('scores every judged session at its judged level and prints the table', () => {
    const result = calibrationFigures();
    console.log(`\n${formatFigures(result)}\n`);
    expect(result.rows.length).toBe(result.figures.count);
    for (const r of result.rows) expect(Number.isFinite(r.scored.overall), r.session).toBe(true);
  });
});
