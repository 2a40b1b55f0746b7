import type { SessionExport } from '../../session/exportFile';
import { CriterionId, type Report } from '../report';
import { scoreSession } from '../score';
import type { Judgement } from './judgement';
import { measure, type CalibrationFigures, type CalibrationRow } from './measure';

export type Score = typeof scoreSession;
export type CalibrationResult = { rows: CalibrationRow[]; figures: CalibrationFigures };

/**
 * Scores every judged session at the judgement's level with `score` (the project's
 * scoreSession unless told otherwise) and sets the result beside the judgement.
 * Throws naming a judgement whose session file is missing.
 */
export function scoreCalibrationSet(sessions: ReadonlyMap<string, SessionExport>, judgements: readonly Judgement[], score: Score = scoreSession): CalibrationResult {
  const rows = judgements.map((j): CalibrationRow => {
    const session = sessions.get(j.session);
    if (!session) throw new Error(`judgement of "${j.session}" (${j.level}): no file ${j.session}.session.json`);
    const report: Report = score({ prompt: session.prompt, events: session.events, level: j.level });
    return {
      session: j.session,
      level: j.level,
      covers: j.covers,
      judged: { overall: j.overall.score, band: j.band, criteria: Object.fromEntries(Object.entries(j.criteria).map(([id, c]) => [id, c.score])) },
      scored: { overall: report.overall, band: report.band, criteria: Object.fromEntries(report.criteria.map((c) => [c.id, c.score])) },
    };
  });
  return { rows, figures: measure(rows) };
}

const f = (x: number, digits = 2) => (Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const pad = (s: string, n: number) => s.padEnd(n);

/** The figures as a plain-text table: one line per judgement, then per-criterion MAE and the totals. */
export function formatFigures({ rows, figures }: CalibrationResult): string {
  const width = Math.max(8, ...rows.map((r) => r.session.length));
  const lines = [
    `${pad('session', width)}  ${pad('level', 6)}  judged  scored  diff   ${pad('judged band', 15)}  scored band`,
    ...rows.map(
      (r) =>
        `${pad(r.session, width)}  ${pad(r.level, 6)}  ${f(r.judged.overall, 1).padStart(6)}  ${f(r.scored.overall).padStart(6)}  ${f(r.scored.overall - r.judged.overall).padStart(5)}  ${pad(r.judged.band, 15)}  ${r.scored.band}${r.judged.band === r.scored.band ? '' : '  *'}`,
    ),
    '',
    'criterion MAE: ' + CriterionId.options.map((id) => `${id} ${f(figures.criterionMae[id] ?? Number.NaN)}`).join(', '),
    `judgements ${figures.count}; overall MAE ${f(figures.overallMae)}; Spearman ${f(figures.spearman, 3)}; bands agree ${figures.bandAgreement}/${figures.count}`,
    `off-topic highest scored overall: ${figures.offTopicMax === null ? 'none in set' : f(figures.offTopicMax)}`,
    ...figures.levelGaps.map((g) => `level gap ${g.session}: ${g.lower} minus ${g.higher} = ${f(g.gap)}`),
  ];
  return lines.join('\n');
}
