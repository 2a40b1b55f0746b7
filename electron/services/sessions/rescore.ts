import { join } from 'node:path';
import type { RubricNote } from '../../../shared/bridge/contract';
import { RUBRIC_VERSION } from '../../../shared/rubric/score';
import type { SessionSummary } from '../../../shared/session/summary';
import { writeFileAtomic } from '../atomicWrite';
import { errnoOf, type StoreFs } from '../storeFs';

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
    if (errnoOf(error) === 'ENOENT') return [];
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
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  });
  if (existing === text) return file;
  const target = existing === undefined ? file : join(dir, olderReportName(`${version}.${scoredAt}`));
  await writeFileAtomic(target, text, { fs });
  return target;
}

/** What the history needs of a session's report by the current rubric. */
export type CurrentReport = { band: SessionSummary['band']; rescored: boolean; warning?: string };

/**
 * The history's bands by the current rubric: every ended session whose report was made by
 * another version (or not yet made) is scored now, once; the others only have their report
 * read. A session that cannot be scored keeps no band and says why in its warning.
 */
export async function withCurrentBands(
  summaries: SessionSummary[],
  current: (id: string) => Promise<CurrentReport>,
  log: (line: string) => void = () => {},
): Promise<{ sessions: SessionSummary[]; rubric: RubricNote }> {
  let rescored = 0;
  const sessions = await inBatches(summaries, async (summary) => {
    // Blind: the candidate sees no score of a paired session before giving their own.
    if (summary.status !== 'ended' || summary.awaitingSelfScores) return summary;
    try {
      const report = await current(summary.id);
      if (report.rescored) rescored++;
      const { band: _band, ...rest } = summary;
      const warning = [summary.warning, report.warning].filter(Boolean).join(' ');
      return { ...rest, ...(report.band ? { band: report.band } : {}), ...(warning ? { warning } : {}) };
    } catch (error) {
      const message = `Its report could not be made with rubric ${RUBRIC_VERSION}: ${(error as Error).message}`;
      log(`session ${summary.id}: ${message}`);
      const { band: _band, ...rest } = summary;
      return { ...rest, warning: [summary.warning, message].filter(Boolean).join(' ') };
    }
  });
  return { sessions, rubric: { version: RUBRIC_VERSION, rescored } };
}

const BATCH = 16;

/** A few sessions at a time: scoring hundreds at once would open hundreds of logs together. */
export async function inBatches<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) results.push(...(await Promise.all(items.slice(i, i + BATCH).map(work))));
  return results;
}
