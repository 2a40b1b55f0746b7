import { SessionEvent } from '../../../shared/session/events';
import { checkLine } from './logRecord';
import { messageOf } from '../../../shared/errors';

export type ReadLog = {
  events: SessionEvent[];
  /** Events from lines written before records carried a checksum: read, but not verifiable. */
  unverified: number;
  /** Bytes through the last good record's line (its newline included when it has one). */
  goodBytes: number;
  /** A last line cut off by a crash: dropped, with a warning. */
  tornTail?: string;
  /** The last record is whole but its newline is missing: the next append would glue onto it. */
  missingNewline?: boolean;
  /** The first line that is complete but wrong: everything from it on cannot be trusted. */
  damaged?: { line: number; reason: string; validBytes: number };
  /** Bytes a reader tolerates but the app never writes (a byte-order mark, CRLF line ends, blank lines). */
  irregular?: string;
};

const NEWLINE = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Parses events.jsonl. Each record's checksum is checked on its bytes (logRecord.ts); a
 * line without one is read as unverified, unless a line before it had one (then it is
 * damage: the app never writes such a line after a checked one). A last line without its
 * newline that does not check out is a write cut short by a crash and is dropped; any other
 * bad line marks where the log breaks. `firstSeq` above 1 reads a tail (the log after a
 * snapshot); line numbers then count from the start of that tail, so a cut-off record is
 * named by the event before it.
 */
export function readLog(input: string | Buffer, firstSeq = 1): ReadLog {
  const data = typeof input === 'string' ? Buffer.from(input) : input;
  const events: SessionEvent[] = [];
  const irregular = new Set<string>();
  let unverified = 0;
  let checked = false;
  let offset = 0;
  let goodBytes = 0;
  let lineNo = 0;
  if (firstSeq === 1 && data.subarray(0, 3).equals(BOM)) {
    irregular.add('a byte-order mark at its start');
    offset = goodBytes = 3;
  }
  const result = (extra: Partial<ReadLog>): ReadLog => ({
    events,
    unverified,
    goodBytes,
    ...extra,
    ...(irregular.size > 0 ? { irregular: [...irregular].join(', ') } : {}),
  });
  while (offset < data.length) {
    lineNo++;
    const end = data.indexOf(NEWLINE, offset);
    const complete = end !== -1;
    let line = data.subarray(offset, complete ? end : data.length);
    const next = complete ? end + 1 : data.length;
    if (line.length > 0 && line[line.length - 1] === 0x0d) {
      irregular.add('CRLF line ends');
      line = line.subarray(0, -1);
    }
    if (isBlank(line)) {
      if (line.length > 0 || complete) irregular.add('blank lines');
      offset = next;
      if (complete) goodBytes = next;
      continue;
    }
    const problem = parseLine(line, firstSeq + events.length, checked);
    if (typeof problem !== 'string') {
      events.push(problem.event);
      if (problem.verified) checked = true;
      else unverified++;
      offset = goodBytes = next;
      if (!complete) return result({ missingNewline: true });
      continue;
    }
    if (!complete) {
      const place = firstSeq === 1 ? `line ${lineNo}` : `the record after event ${firstSeq + events.length - 1}`;
      return result({ tornTail: `${place} was cut short (${line.length} bytes) and was dropped` });
    }
    return result({ damaged: { line: lineNo, reason: problem, validBytes: goodBytes } });
  }
  return result({});
}

function isBlank(line: Buffer): boolean {
  for (const byte of line) if (byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

function parseLine(line: Buffer, expectedSeq: number, checkedBefore: boolean): { event: SessionEvent; verified: boolean } | string {
  const checked = checkLine(line);
  if (checked.kind === 'mismatch') return 'its checksum does not match its content';
  let data: unknown;
  try {
    data = JSON.parse(checked.json);
  } catch (error) {
    return `not JSON (${messageOf(error)})`;
  }
  if (checked.kind === 'unverified' && checkedBefore) return 'has no checksum, though the lines before it have one';
  const result = SessionEvent.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `does not match the event schema: ${issue.path.join('.') || 'event'}: ${issue.message}`;
  }
  if (result.data.seq !== expectedSeq) return `has seq ${result.data.seq} where ${expectedSeq} was expected`;
  return { event: result.data, verified: checked.kind === 'verified' };
}
