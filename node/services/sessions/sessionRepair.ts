import { relative } from 'node:path';
import { messageOf } from '../../../shared/errors';
import { stamp } from '../../../shared/session/commands';
import type { SessionEvent } from '../../../shared/session/events';
import type { SessionState } from '../../../shared/session/state';
import type { SessionSummary } from '../../../shared/session/summary';
import { quarantine } from '../quarantine';
import { mendLog, noteRepair, readRepairs, recordsIn, type Repair } from './logRepair';
import { describeMend } from './sessionLog';
import type { SessionMeta, Snapshot, sessionPaths } from './sessionFiles';
import type { SessionFiles, StoreContext } from './sessionRead';
import { clockTime, diskTrouble } from './storageError';

type Kept = NonNullable<SessionSummary['kept']>;

/** What repairing a session's log on load did, and what the session is from then on. */
export type LoadRepair = {
  /** Length and CRC-32 of the log through its last kept record. */
  bytes: number;
  crc: number;
  /** Why nothing can be written to the session: the folder is read-only, or the disk refused the mend. */
  readOnly?: string;
  /** The log was written (mended): a list must not take its new stamp for a change. */
  wrote: boolean;
  /** The session had ended, but its end was in the damaged part. */
  endLost: boolean;
  /** What the list says was kept, by a repair now or before (or, read-only, by the one to come). */
  kept?: Kept;
  /** A repair that lost records was made by this load: the list says so from here on. */
  repairedNow: boolean;
};

/**
 * Repairs a session's log on load the one way decision 7 gives (logRepair.ts carries the mend
 * out): says earlier repairs again, mends what the reading found, notes in repairs.json what a
 * mend lost (setting aside a report that scored the lost records), and says it in `warnings`.
 * A disk that refuses the mend leaves everything as it was and the session read-only.
 */
export async function repairOnLoad(context: StoreContext, id: string, paths: ReturnType<typeof sessionPaths>, { reading, snapshot, listed, warnings }: SessionFiles): Promise<LoadRepair> {
  const repairs = await readRepairs(context.fs, paths.repairs);
  for (const earlier of repairs) warnings.push(`Repaired on ${new Date(earlier.at).toLocaleString()}: ${earlier.said}`);
  let { keptBytes: bytes, crc } = reading;
  let readOnly = context.readOnly;
  /** Whether this load wrote to the log (a mend, a closing event), which a list must not take for a change. */
  let wrote = false;
  const mend = reading.mends[0];
  const keptCount = reading.read.events.length + (reading.base?.seq ?? 0);
  // Read before mending: the summary (or else the snapshot) says how far the session got
  // before the damage. A session either gives as ended whose kept records do not end it lost
  // its end to the damage (the end is written before either says so, and flushed before it
  // is acknowledged).
  const keptEnd = reading.base?.state.status === 'ended' || reading.read.events.some((e) => e.type === 'session.ended');
  const endLost = (listed ? listed.status === 'ended' : snapshot?.state.status === 'ended') && !keptEnd;
  // How many records the log held before the damage, as far as anything still says.
  const ofAtLeast = (count: number) => Math.max(count, keptCount + (endLost ? 1 : 0), snapshot?.seq ?? 0);
  const noteLost = async (repair: Repair) => {
    repairs.push(repair);
    await noteRepair(context.fs, paths.repairs, repair).catch((error: unknown) => context.log(`could not note the repair of session ${id}: ${messageOf(error)}`));
    // A saved report scored the records now lost: it goes aside with the original, and the
    // report is made again from what was kept, as a rescoring or an export would score it.
    if (repair.kept !== undefined && (await context.fs.stat(paths.report).catch(() => undefined))) {
      const why = `it scored the session log before its repair, which kept ${repair.kept} of ${repair.of} records`;
      await quarantine(context.dataDir, paths.report, why, new Date(context.now()), context.fs).catch((error: unknown) => {
        context.log(`could not set aside the report of session ${id}: ${messageOf(error)}`);
      });
    }
  };
  if (mend && readOnly !== undefined) {
    warnings.push(`Not mended, ${readOnly}: ${describeMend(mend, keptCount).planned}.`);
  } else if (mend) {
    wrote = true;
    try {
      const mended = (await mendLog(context.fs, context.dataDir, paths.events, reading, new Date(context.now())))!;
      ({ keptBytes: bytes, crc } = mended);
      warnings.push(mended.said);
      // Damage is said on every later open; a crash's torn end, mended, is only news once,
      // unless it took the end of a session that had ended (a crash cannot: the end was flushed first).
      if (mend.kind === 'rewrite' || (mend.kind === 'cut-tail' && endLost)) {
        const lost = mend.kind === 'cut-tail' || mend.line !== undefined || endLost;
        await noteLost({
          at: context.now(),
          said: mended.said,
          ...(lost
            ? {
                kept: keptCount,
                of: ofAtLeast(mend.kind === 'cut-tail' ? keptCount + 1 : recordsIn(reading.data)),
                ...(mended.moved ? { original: relative(context.dataDir, mended.moved) } : {}),
                ended: endLost,
              }
            : {}),
        });
      }
    } catch (error) {
      const trouble = diskTrouble(error);
      if (trouble === undefined) throw error;
      readOnly = trouble;
      warnings.push(`The session log needs mending but ${trouble}, so the session opened read-only: ${describeMend(mend, keptCount).planned}.`);
    }
  } else if (endLost && readOnly === undefined) {
    // Whole records gone from the end, the session's end among them: nothing to cut or set
    // aside, but it is damage all the same, said on every open and in the list.
    const said = `The session log stops after ${keptCount} records, before the session's end.`;
    warnings.push(said);
    await noteLost({ at: context.now(), said, kept: keptCount, of: ofAtLeast(keptCount), ended: true });
  }
  // After the log's own troubles, which usually explain it (a snapshot ahead of a cut-off log).
  if (reading.mismatch) warnings.push(`The snapshot does not line up with the session log (${reading.mismatch}); the session was rebuilt from the whole log.`);
  const lastRepair = repairs.findLast((r) => r.kept !== undefined && r.of !== undefined);
  // Not mended (the folder cannot be written): what the repair will keep is what is shown, and the list says so.
  const lostNow = mend !== undefined && ((mend.kind === 'rewrite' && mend.line !== undefined) || endLost);
  const planned: Kept | undefined = readOnly !== undefined && lostNow ? { records: keptCount, of: ofAtLeast(mend!.kind === 'cut-tail' ? keptCount + 1 : recordsIn(reading.data)), ended: endLost } : undefined;
  const kept: Kept | undefined = lastRepair ? { records: lastRepair.kept!, of: lastRepair.of!, ...(lastRepair.original ? { original: lastRepair.original } : {}), ended: lastRepair.ended === true } : planned;
  const repairedNow = lastRepair !== undefined && lastRepair === repairs.at(-1) && mend !== undefined;
  return { bytes, crc, ...(readOnly === undefined ? {} : { readOnly }), wrote, endLost, ...(kept ? { kept } : {}), repairedNow };
}

/** The event that closes what a load read, what is said once it is written, and what when the disk refuses it. */
export type Closing = { event: SessionEvent; said: (at: number) => string; failed: (trouble: string) => string };

/**
 * The event a loaded session needs before anything else, if any: the end again of a session
 * that had ended before the damage took its end, or the pause of a clock the app left running.
 */
export function closingOf(
  state: SessionState,
  { endLost, kept, listed, snapshot, foundMtimeMs, now }: { endLost: boolean; kept?: Kept; listed?: SessionMeta; snapshot?: Snapshot; foundMtimeMs: number; now: number },
): Closing | undefined {
  // The session had ended before the damage took its end: it stays ended (never shown
  // paused, never continued), its end written again after the kept records at the moment
  // session.json gives for it, so every reader of the log sees the same ended session.
  // A repair noted on an earlier open whose end could not be written yet counts too.
  const reEnd = (endLost || kept?.ended === true) && state.status !== 'ended';
  if (reEnd) {
    return {
      event: stamp(state, { type: 'session.ended', payload: {} }, Math.round(Math.min(Math.max(state.lastAt, listed?.lastAt ?? snapshot?.state.endedAt ?? 0), now))),
      said: (at: number) => `This session had ended, but its end was in the damaged part of its log: it was ended again as of ${clockTime(at)}, so what was kept can be read, not continued.`,
      failed: (trouble: string) => `This session had ended, but its end was in the damaged part of its log and ${trouble}: it opened read-only, ended, with what was kept.`,
    };
  }
  if (state.status !== 'running') return undefined;
  // The app stopped while the clock ran: stop it at the last sign of life (the log's mtime
  // from before any mend, which rewrites the file). A clock that had stopped by the last
  // summary (its pause lost to damage) stopped then: an edit's mtime is no sign of life.
  return {
    event: stamp(state, { type: 'session.paused', payload: { reason: 'closed', detectedAt: now } }, Math.round(Math.min(Math.max(state.lastAt, listed && listed.status !== 'running' ? listed.lastAt : foundMtimeMs), now))),
    said: () => 'DesignDrill stopped while this session was running; its clock was paused at the last moment it was seen alive.',
    failed: (trouble: string) => `DesignDrill stopped while this session was running, but ${trouble}: the session opened read-only, its clock paused at the last moment it was seen alive.`,
  };
}
