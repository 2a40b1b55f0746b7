import { SessionEvent } from '../../../shared/session/events';

export type ReadLog = {
  events: SessionEvent[];
  /** A last line cut off by a crash: dropped, with a warning. */
  tornTail?: string;
  /** The first line that is complete but wrong: everything from it on cannot be trusted. */
  damaged?: { line: number; reason: string; validBytes: number };
};

/**
 * Parses events.jsonl. A last line without its newline that does not parse is a write
 * cut short by a crash and is dropped; any other bad line marks where the log breaks.
 * `firstSeq` above 1 reads a tail (the log after a snapshot); line numbers then count
 * from the start of that tail, so a cut-off record is named by the event before it.
 */
export function readLog(text: string, firstSeq = 1): ReadLog {
  const events: SessionEvent[] = [];
  let offset = 0;
  let lineNo = 0;
  while (offset < text.length) {
    lineNo++;
    const end = text.indexOf('\n', offset);
    const complete = end !== -1;
    const line = text.slice(offset, complete ? end : text.length);
    const next = complete ? end + 1 : text.length;
    if (line.trim() === '') {
      offset = next;
      continue;
    }
    const problem = parseLine(line, firstSeq + events.length);
    if (typeof problem !== 'string') {
      events.push(problem);
      offset = next;
      continue;
    }
    if (!complete) {
      const place = firstSeq === 1 ? `line ${lineNo}` : `the record after event ${firstSeq + events.length - 1}`;
      return { events, tornTail: `${place} was cut short (${line.length} bytes) and was dropped` };
    }
    return { events, damaged: { line: lineNo, reason: problem, validBytes: Buffer.byteLength(text.slice(0, offset)) } };
  }
  return { events };
}

function parseLine(line: string, expectedSeq: number): SessionEvent | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const result = SessionEvent.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return `does not match the event schema: ${issue.path.join('.') || 'event'}: ${issue.message}`;
  }
  if (result.data.seq !== expectedSeq) return `has seq ${result.data.seq} where ${expectedSeq} was expected`;
  return result.data;
}
