import { formatClock, timings, wallTimeAt, type Timings } from '../../shared/session/clock';
import { visibleElements } from '../../shared/canvas/scene';
import { describeItem } from '../../shared/notes/describe';
import type { NoteList } from '../../shared/notes/item';
import type { SessionState } from '../../shared/session/state';
import { formatDate, formatDuration, table } from './format';
import { readSessionFiles, stateAt } from './readSession';

/** A running session whose log the app has not touched for this long is probably not open anywhere. */
const STALE_AFTER_MS = 10_000;

export type PhaseReport = {
  id: string;
  title: string;
  /** As planned, before any +1/+2. */
  plannedMs: number;
  extendedMs: number;
  /** Planned plus extensions. */
  budgetMs: number;
  usedMs: number;
  /** Negative once over. */
  remainingMs: number;
  current: boolean;
};

export type SessionReport = {
  id: string;
  /** The moment shown, in ms on the session clock. */
  at: number;
  /** The wall time of that moment, ms since the epoch. */
  wallTime: number;
  state: SessionState;
  timings: {
    elapsedMs: number;
    plannedMs: number;
    remainingMs: number;
    phaseIndex: number;
    phaseId: string;
    phases: PhaseReport[];
  };
  warnings: string[];
};

/** The session as it stood when its clock read `at` ms, or as it stands now. Reads files only. */
export async function sessionReport(dataDir: string, id: string, options: { at?: number; now: () => number }): Promise<SessionReport> {
  const files = await readSessionFiles(dataDir, id);
  const { state, wholeLog } = stateAt(files, options.at);
  const warnings = [...files.warnings];

  // "Now" is the wall clock while the session runs, else the moment of its last event.
  const now = options.now();
  const endWall = state.status === 'running' ? Math.max(state.lastAt, now) : state.lastAt;
  let wall = options.at === undefined ? endWall : wallTimeAt(state, options.at);
  if (wholeLog) wall = Math.min(wall, endWall);

  if (wholeLog && state.status === 'running' && now - files.logTouchedAt > STALE_AFTER_MS) {
    warnings.push(
      `the session is marked running but its log was last touched ${formatDuration(now - files.logTouchedAt)} ago (${new Date(files.logTouchedAt).toISOString()}); ` +
        'if DesignDrill is not open, its clock will be paused at that moment when the app next opens the session',
    );
  }
  const time = timings(state, wall);
  return {
    id,
    at: options.at ?? Math.round(time.elapsedMs),
    wallTime: wall,
    state,
    timings: report(state, time),
    warnings,
  };
}

function report(state: SessionState, time: Timings): SessionReport['timings'] {
  return {
    elapsedMs: time.elapsedMs,
    plannedMs: time.plannedMs,
    remainingMs: time.remainingMs,
    phaseIndex: state.phaseIndex,
    phaseId: time.phase.id,
    phases: time.phases.map((p, i) => ({
      id: p.id,
      title: p.title,
      plannedMs: state.phases[i]!.plannedMs,
      extendedMs: state.phases[i]!.extendedMs,
      budgetMs: p.budgetMs,
      usedMs: p.usedMs,
      remainingMs: p.remainingMs,
      current: p.current,
    })),
  };
}

/** "5 elements: 2 rectangles, 2 texts, 1 arrow", or "empty". */
function diagramLine(state: SessionState): string {
  const elements = visibleElements(state.canvas);
  if (elements.length === 0) return 'empty';
  const kinds = new Map<string, number>();
  for (const e of elements) kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);
  const parts = [...kinds].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${n} ${type}${n === 1 ? '' : 's'}`);
  return `${elements.length} element${elements.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function formatReport(r: SessionReport, askedAt: number | undefined): string {
  const { state, timings: t } = r;
  const phase = t.phases[t.phaseIndex]!;
  const lines = [
    `Session  ${r.id}`,
    `Prompt   ${state.prompt.title} [${state.prompt.id}]`,
    `Plan     ${state.plan.name} [${state.plan.id}], ${state.mode}`,
    `Created  ${formatDate(state.createdAt)}`,
  ];
  if (askedAt !== undefined) {
    const reached = askedAt > t.elapsedMs + 999 ? ` (the clock only reached ${formatDuration(t.elapsedMs)})` : '';
    lines.push(`At       ${formatDuration(askedAt)} on the session clock, ${formatDate(r.wallTime)}${reached}`);
  }
  // An ended session has nothing left: say how it ended against its plan instead.
  const ended = state.status === 'ended';
  const endedBy = t.remainingMs >= 0 ? `${formatDuration(t.remainingMs)} early` : `${formatDuration(-t.remainingMs)} over`;
  lines.push(
    `Status   ${state.status}`,
    `Elapsed  ${formatDuration(t.elapsedMs)} / ${formatDuration(t.plannedMs)} planned, ${ended ? `ended ${endedBy}` : `${formatClock(t.remainingMs)} left`}`,
    `Phase    ${t.phaseIndex + 1} of ${t.phases.length}: ${phase.title}, ${ended ? 'where it ended' : `${formatClock(phase.remainingMs)} left`}`,
    `Diagram  ${diagramLine(state)}`,
    '',
  );
  const rows = [['', '#', 'Phase', 'Planned', 'Used', ended ? 'Unused' : 'Remaining']];
  t.phases.forEach((p, i) => {
    const planned = formatDuration(p.budgetMs) + (p.extendedMs > 0 ? ` (+${p.extendedMs / 60_000})` : '');
    rows.push([p.current ? '>' : '', String(i + 1), p.title, planned, formatDuration(p.usedMs), formatClock(p.remainingMs)]);
  });
  lines.push(table(rows, [1, 3, 4, 5]));

  const noted = [...state.phases.map((p) => [p.id, p.title] as const), ...Object.keys(state.notes).filter((k) => !state.phases.some((p) => p.id === k)).map((k) => [k, k] as const)]
    .map(([id, title]) => [title, state.notes[id]?.trim() ?? ''] as const)
    .filter(([, text]) => text !== '');
  const listed = (Object.entries(LIST_HEADINGS) as [NoteList, string][]).map(([list, title]) => [title, state.items.filter((i) => i.body.list === list).map((i) => describeItem(i.body).trim()).filter((text) => text !== '')] as const).filter(
    ([, texts]) => texts.length > 0,
  );
  if (listed.length > 0 || noted.length > 0) lines.push('', 'Notes');
  for (const [title, texts] of listed) lines.push(`  ${title}`, ...texts.map((text) => `    - ${text.replace(/\s*\n\s*/g, ' ')}`));
  for (const [title, text] of noted) lines.push(`  ${title}`, ...text.split('\n').map((l) => `    ${l}`.trimEnd()));
  return `${lines.join('\n')}\n`;
}

/** The headings `session show` gives the structured lists, in the order a session fills them. */
const LIST_HEADINGS: Record<NoteList, string> = {
  question: 'Questions asked',
  functional: 'Functional requirements',
  'non-functional': 'Non-functional requirements',
  'out-of-scope': 'Out of scope',
  assumption: 'Assumptions',
  operation: 'API',
  entity: 'Entities',
  narrative: 'Narrative',
  'deep-dive': 'Deep dives',
  bottleneck: 'Bottlenecks',
  tradeoff: 'Trade-offs',
  risk: 'Risks',
  'open-question': 'Open questions',
};
