import { errnoOf, type StoreFs } from '../storeFs';
import { crcOf } from './logRecord';
import { readLog, type ReadLog } from './readLog';
import type { Snapshot } from './sessionFiles';

/**
 * The one reading of a session's log that everything shares: opening it in the app, its
 * events for replay, export and scoring, and the command line. It reads and judges only;
 * what to mend is said in `mends`, which the store carries out (sessionRepair.ts) and the
 * command line only reports, so both name the same events and the same damage.
 */
export type LogReading = {
  /** The whole file as read. */
  data: Buffer;
  /** The events read: the whole log's, or only those after `base` when the snapshot's prefix checked out. */
  read: ReadLog;
  /** Where `read` starts in the file, in bytes. */
  start: number;
  /** The snapshot the events continue; its prefix of the log is byte for byte what was written. */
  base?: Snapshot;
  /** Why the snapshot could not stand in for the log before its end, when it could not. */
  mismatch?: string;
  /** Bytes of the log that stay: through the last good record. */
  keptBytes: number;
  /** CRC-32 of those bytes, carried on by every append and written into the next snapshot. */
  crc: number;
  mends: Mend[];
};

export type Mend =
  /** The last record is whole but lacks its newline: add it, so the next record starts a line. */
  | { kind: 'end-line' }
  /** A record cut short by a crash at the end: keep its bytes aside and cut it off. */
  | { kind: 'cut-tail'; from: number; why: string }
  /** A bad line, or bytes the app never writes: keep the records before it, set the whole file aside. */
  | { kind: 'rewrite'; why: string; line?: number; reason?: string };

/** A session that cannot be opened: its log holds nothing readable (or is not a file). `reason` says it in a few words. */
export class UnreadableLog extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

export const FOLDER_NOT_LOG = new UnreadableLog('events.jsonl is a folder, not a file', 'its log is a folder, not a file');

/** The one wording of that verdict, in the app and on the command line. */
export function unreadableMessage(id: string, reason: string): string {
  return `session ${id} cannot be opened: ${reason}. Nothing was changed; it can be moved to the trash`;
}

export async function readSessionLog(fs: StoreFs, file: string, snapshot?: Snapshot): Promise<LogReading> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (error) {
    if (errnoOf(error) === 'EISDIR') throw new UnreadableLog(FOLDER_NOT_LOG.message, FOLDER_NOT_LOG.reason);
    throw error;
  }
  return judgeLog(data, snapshot);
}

export function judgeLog(data: Buffer, snapshot?: Snapshot): LogReading {
  let mismatch: string | undefined;
  let start = 0;
  let base: Snapshot | undefined;
  let crc = 0;
  if (snapshot?.bytes !== undefined && snapshot.crc !== undefined) {
    mismatch = prefixMismatch(data, { bytes: snapshot.bytes, crc: snapshot.crc });
    if (mismatch === undefined) {
      // The prefix's CRC-32 was just found to be the snapshot's: not computed over it a second time.
      crc = snapshot.crc;
      start = snapshot.bytes;
      base = snapshot;
    }
  }
  // A snapshot from before the checksum says nothing of the log behind it: the whole log is read and folded.
  let read = readLog(data.subarray(start), base ? base.seq + 1 : 1);
  if (base && (read.damaged || read.irregular)) {
    // Trouble after the snapshot: read the whole log, so the repair keeps, sets aside
    // and names by line exactly what it would without a snapshot.
    read = readLog(data);
    start = 0;
    base = undefined;
    crc = 0;
  }
  const keptBytes = start + read.goodBytes;
  crc = crcOf(data.subarray(start, keptBytes), crc);
  if (!base && read.events.length === 0) {
    const why = read.damaged
      ? `line ${read.damaged.line} ${read.damaged.reason}`
      : read.tornTail
        ? `its only record ${read.tornTail.replace(/ and was dropped$/, '')}`
        : data.length === 0
          ? 'the file is empty'
          : 'it holds only blank lines';
    const reason = read.damaged
      ? read.damaged.line === 1 && read.damaged.reason.startsWith('has seq')
        ? 'its first record is missing'
        : `line ${read.damaged.line} of its log is not a session record`
      : read.tornTail
        ? 'its only record was cut short'
        : data.length === 0
          ? 'its log is empty'
          : 'its log holds only blank lines';
    throw new UnreadableLog(`its log holds no readable events: ${why}`, reason);
  }
  const mends: Mend[] = [];
  if (read.damaged) mends.push({ kind: 'rewrite', line: read.damaged.line, reason: read.damaged.reason, why: `line ${read.damaged.line} ${read.damaged.reason}` });
  else if (read.irregular) mends.push({ kind: 'rewrite', why: `it holds ${read.irregular}, which DesignDrill never writes` });
  else if (read.tornTail) mends.push({ kind: 'cut-tail', from: keptBytes, why: read.tornTail.replace(/ and was dropped$/, '') });
  else if (read.missingNewline) mends.push({ kind: 'end-line' });
  return { data, read, start, ...(base ? { base } : {}), ...(mismatch ? { mismatch } : {}), keptBytes, crc, mends };
}

/** Why the log before the snapshot's end is not what it was when the snapshot was saved, or nothing when it is. */
export function prefixMismatch(data: Buffer, snapshot: { bytes: number; crc: number }): string | undefined {
  if (snapshot.bytes > data.length) return `it ends at byte ${snapshot.bytes} of the log, which has only ${data.length} bytes`;
  if (data[snapshot.bytes - 1] !== 0x0a) return `byte ${snapshot.bytes} of the log is not the end of a line`;
  if (crcOf(data.subarray(0, snapshot.bytes)) !== snapshot.crc) return 'the log before its end changed after it was saved';
  return undefined;
}

/** The records kept by a rewrite, as the app writes them: no byte-order mark, LF line ends, no blank lines. */
export function keptRecords(reading: LogReading): Buffer {
  const text = reading.data.subarray(0, reading.keptBytes);
  const lines: Buffer[] = [];
  let offset = text.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0;
  while (offset < text.length) {
    let end = text.indexOf(0x0a, offset);
    if (end === -1) end = text.length;
    let line = text.subarray(offset, end);
    if (line[line.length - 1] === 0x0d) line = line.subarray(0, -1);
    if (line.toString('latin1').trim() !== '') lines.push(line, Buffer.from('\n'));
    offset = end + 1;
  }
  return Buffer.concat(lines);
}

/** What a mend does, in words: done (the store did it) or to be done (the command line, which changes nothing). */
export function describeMend(mend: Mend, kept: number, moved?: string): { done: string; planned: string } {
  switch (mend.kind) {
    case 'end-line':
      return {
        done: 'The last record of the session log had lost its line end; it was kept and the line end added.',
        planned: 'the last record of the log has lost its line end; DesignDrill keeps it and adds the line end when it next opens the session',
      };
    case 'cut-tail':
      return {
        done: `The end of the session log was cut off by a crash: ${mend.why}; it was dropped${moved ? ` and its bytes kept in ${moved}` : ''}.`,
        planned: `the end of the log was cut off by a crash: ${mend.why}; DesignDrill drops it (keeping its bytes in quarantine/) when it next opens the session`,
      };
    case 'rewrite':
      return mend.line === undefined
        ? {
            done: `The session log was tidied: ${mend.why}; all ${kept} events were kept and the original file was moved to ${moved ?? 'quarantine/'}.`,
            planned: `the log ${mend.why}; DesignDrill keeps all ${kept} events and moves the original file to quarantine/ when it next opens the session`,
          }
        : {
            done: `The session log breaks at line ${mend.line} (${mend.reason}); the ${kept} events before it were kept and the whole file was moved to ${moved ?? 'quarantine/'}.`,
            planned: `the log is damaged at ${mend.why}; DesignDrill keeps the ${kept} events before it and moves the file to quarantine/ when it next opens the session`,
          };
  }
}
