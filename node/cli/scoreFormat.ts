import type { Evidence, Report } from '../../shared/rubric/report';
import { GENERAL_ONLY } from '../../shared/rubric/report';
import { LEVEL_LABEL } from '../../shared/session/level';
import { formatDuration, table } from './format';

const MAX_SCORE = 4;

/** Where evidence sits on the session clock, or why it has no moment. */
function when(e: Evidence): string {
  if (e.t !== null) return formatDuration(e.t).padStart(5);
  return e.kind === 'missing' ? 'none ' : '     ';
}

/**
 * The report as text, in the app's order: the band for the level, a line per criterion
 * with its score, its evidence (+ counts for it, - against it) and the tip; then the time.
 */
export function formatScore(report: Report): string {
  const lines = [
    `${report.prompt.title} [${report.prompt.id}]`,
    `Band     ${report.band} for ${LEVEL_LABEL[report.level]}, ${report.overall.toFixed(1)} of ${MAX_SCORE} overall`,
    `Rubric   ${report.rubricVersion}`,
    ...(report.prompt.hasReference === false ? [`Note     ${GENERAL_ONLY}`] : []),
  ];
  for (const c of report.criteria) {
    const bar = '#'.repeat(c.score) + '.'.repeat(MAX_SCORE - c.score);
    lines.push('', `${c.name}  ${c.score}/${MAX_SCORE} ${bar}  ${c.descriptor}`);
    for (const e of c.evidence) lines.push(`  ${e.positive ? '+' : '-'} ${when(e)}  ${e.text}`);
    if (c.evidence.length === 0) lines.push('  (no evidence)');
    if (c.tip) lines.push(`  Tip: ${c.tip}`);
  }
  if (report.phases.length > 0) {
    const rows = [['Phase', 'Planned', 'Used']];
    for (const p of report.phases) rows.push([p.title, formatDuration(p.plannedMs), formatDuration(p.usedMs)]);
    lines.push('', 'Time', ...table(rows, [1, 2]).split('\n').map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}
