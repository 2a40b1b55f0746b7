import { join } from 'node:path';
import type { RubricNote } from '../../../shared/bridge/contract';
import type { Band } from '../../../shared/rubric/report';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import type { SessionSummary } from '../../../shared/session/summary';
import { writeFileAtomic } from '../atomicWrite';
import { isMissing, type StoreFs } from '../storeFs';
import { messageOf } from '../../../shared/errors';

/**
 * Reports by an older rubric are kept beside the current one in the session folder, as
 * `report.<version>.json`: the folder moves whole to the trash and back, so they go with it.
 * A version that could not make a safe file name (it came from a file on disk) is spelt safely.
 */
const OLDER_REPORT = /^report\.(.+)\.json$/;

export function olderReportName(version: string): string {
  const safe = version.replace(/[^0-9A-Za-z.+-]/g, '_').replace(/^\.+/, '_').slice(0, 60) || 'unknown';
  return `report.${safe}.json`;
}

/** The versions of the older reports kept in `dir`, newest first. */
export async function olderVersions(fs: StoreFs, dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const versions = names.flatMap((name) => {
    const match = OLDER_REPORT.exec(name);
    // `report.json` itself does not match (nothing between the dots); a kept second copy is `<version>.<time>`.
    return match ? [match[1]!] : [];
  });
  return versions.sort((a, b) => compareVersions(b, a));
}

/** Orders "1.10.0" after "1.9.0"; anything that is not numbers sorts by text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * Keeps the text of an older report under its version, atomically, before the current rubric
 * replaces report.json. A copy already kept with the same text is left as it is (a crash after
 * keeping it, before the new report was written, leads here on the next open); a different
 * one with the same version is not overwritten: this one is kept under `<version>.<scoredAt>`.
 */
export async function keepOlderReport(fs: StoreFs, dir: string, version: string, text: string, scoredAt: number): Promise<string> {
  const file = join(dir, olderReportName(version));
  const existing = await fs.readFile(file, 'utf8').catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (existing === text) return file;
  const target = existing === undefined ? file : join(dir, olderReportName(`${version}.${scoredAt}`));
  await writeFileAtomic(target, text, { fs });
  return target;
}

/** What the history needs of a session's report by the current rubric. */
export type CurrentReport = { band: SessionSummary['band']; rescored: boolean; warning?: string };

/** What scoring in the background found for one session, as pushed to the windows (`session.scored`). */
export type ScoredOutcome = { band?: Band; warning?: string; rescored: boolean };

export type BackgroundScoringOptions = {
  /** Makes (or reads) the session's report by the current rubric and says what the history shows of it. */
  score: (id: string) => Promise<CurrentReport>;
  onScored: (id: string, outcome: ScoredOutcome) => void;
  log?: (line: string) => void;
};

/** Sessions scored together before the event loop is given back, so other requests are answered in between. */
const SCORING_BATCH = 2;

/**
 * Scores, in the background, the ended sessions the history found without a report by the
 * current rubric, a small batch at a time, each once (a session queued twice is scored once;
 * the report store shares a computation with a report screen asking at the same moment).
 * Each outcome is pushed as it comes and kept for the app's run, so a later listing shows a
 * failure instead of queueing the session again (the next launch tries again).
 */
export class BackgroundScoring {
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  private readonly outcomes = new Map<string, ScoredOutcome>();
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: BackgroundScoringOptions) {}

  /** Queues the sessions not queued or scored yet in this run; scoring starts after the caller's turn. */
  enqueue(ids: readonly string[]): void {
    if (this.stopped) return;
    for (const id of ids) {
      if (this.queued.has(id) || this.outcomes.has(id)) continue;
      this.queued.add(id);
      this.waiting.push(id);
    }
    if (this.waiting.length > 0 && !this.running) {
      this.running = this.drain().finally(() => {
        this.running = undefined;
      });
    }
  }

  isQueued(id: string): boolean {
    return this.queued.has(id);
  }

  outcomeOf(id: string): ScoredOutcome | undefined {
    return this.outcomes.get(id);
  }

  /** Forgets an outcome that no longer holds (the session was scored again since, by hand). */
  forget(id: string): void {
    this.outcomes.delete(id);
  }

  /** Resolves once nothing is queued (for closing, and for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Scores nothing more; waits for the batch under way (the app is closing). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (this.waiting.length > 0 && !this.stopped) {
      // The event loop first: the listing that queued these is answered before any is scored,
      // and requests that came in meanwhile are served between batches.
      await new Promise((done) => setImmediate(done));
      await Promise.all(this.waiting.splice(0, SCORING_BATCH).map((id) => this.scoreOne(id)));
    }
  }

  private async scoreOne(id: string): Promise<void> {
    let outcome: ScoredOutcome;
    try {
      const report = await this.options.score(id);
      outcome = { ...(report.band ? { band: report.band } : {}), ...(report.warning ? { warning: report.warning } : {}), rescored: report.rescored };
    } catch (error) {
      const warning = `Its report could not be made with rubric ${RUBRIC_VERSION}: ${messageOf(error)}`;
      this.options.log?.(`session ${id}: ${warning}`);
      outcome = { warning, rescored: false };
    }
    this.outcomes.set(id, outcome);
    this.queued.delete(id);
    this.options.onScored(id, outcome);
  }
}

/**
 * The history's bands by the current rubric, answered at once: a session whose saved report
 * is by the current rubric shows its band; every other ended session is listed as `scoring`
 * and queued to be scored in the background (its band follows in a push). A session that
 * could not be scored in this run keeps no band and says why in its warning.
 */
export async function withCurrentBands(
  summaries: SessionSummary[],
  peek: (id: string) => Promise<CurrentReport | undefined>,
  scoring: BackgroundScoring,
): Promise<{ sessions: SessionSummary[]; rubric: RubricNote }> {
  let rescored = 0;
  const toScore: string[] = [];
  const sessions = await inBatches(summaries, async (summary): Promise<SessionSummary> => {
    // Blind: the candidate sees no score of a paired session before giving their own.
    if (summary.status !== 'ended' || summary.awaitingSelfScores) return summary;
    const { band: _band, ...rest } = summary;
    const shown = (band: SessionSummary['band'], said: string | undefined): SessionSummary => {
      const warning = [summary.warning, said].filter(Boolean).join(' ');
      return { ...rest, ...(band ? { band } : {}), ...(warning ? { warning } : {}) };
    };
    const found = await currentOrQueued(summary.id, peek, scoring, toScore);
    if ('scoring' in found) return { ...shown(undefined, undefined), scoring: true };
    if ('failed' in found) return shown(undefined, found.failed);
    if (found.current.rescored) rescored++;
    return shown(found.current.band, found.outcome?.band ? found.outcome.warning : undefined);
  });
  scoring.enqueue(toScore);
  return { sessions, rubric: { version: RUBRIC_VERSION, rescored } };
}

/**
 * Where an ended session's report by the current rubric stands, found without scoring: saved
 * (`current`, with what scoring it in this run said), being made in the background, or failed
 * in this run (said, not tried again until the next launch). One to be made is added to
 * `toScore` for the caller to queue. The history and the charts both ask this way.
 */
export async function currentOrQueued<T>(
  id: string,
  peek: (id: string) => Promise<T | undefined>,
  scoring: BackgroundScoring,
  toScore: string[],
): Promise<{ current: T; outcome?: ScoredOutcome } | { scoring: true } | { failed: string }> {
  if (scoring.isQueued(id)) return { scoring: true };
  const outcome = scoring.outcomeOf(id);
  const current = await peek(id);
  if (current !== undefined) {
    // A failure said earlier in this run no longer holds once a current report is there (scored by hand).
    if (outcome && !outcome.band) scoring.forget(id);
    return { current, ...(outcome ? { outcome } : {}) };
  }
  if (outcome && !outcome.band) return { failed: outcome.warning ?? `Its report could not be made with rubric ${RUBRIC_VERSION}.` };
  // Scored in this run but its report changed on disk since (damaged, say): scored again.
  if (outcome) scoring.forget(id);
  toScore.push(id);
  return { scoring: true };
}

const BATCH = 16;

/** A few sessions at a time: scoring hundreds at once would open hundreds of logs together. */
export async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  return results;
}
