import { crc32 } from 'node:zlib';
import type { SessionEvent } from '../../../shared/session/events';

/**
 * One line of events.jsonl: the event's JSON with its CRC-32 as the last key,
 * `{"v":1,"seq":3,…,"crc":"1a2b3c4d"}`. The checksum is of the line as it would read
 * without that key (`{"v":1,"seq":3,…}`), so the line stays JSON for people and tools, and a
 * reader checks it on the bytes before parsing anything. See docs/decisions/0007-checked-log-records.md.
 */
const SUFFIX_HEAD = Buffer.from(',"crc":"');
/** `,"crc":"` + 8 hex digits + `"}` */
const SUFFIX_LENGTH = SUFFIX_HEAD.length + 8 + 2;
const CLOSE = Buffer.from('}');

export function encodeRecord(event: SessionEvent): string {
  const body = JSON.stringify(event);
  return `${body.slice(0, -1)},"crc":"${hex(crc32(body))}"}`;
}

export type CheckedLine =
  /** The checksum matches: `json` is the event's JSON without it. */
  | { kind: 'verified'; json: string }
  /** A line written before checksums (or with its checksum key destroyed). */
  | { kind: 'unverified'; json: string }
  | { kind: 'mismatch' };

/** Checks a line (without its newline) against its checksum, on the bytes. */
export function checkLine(line: Buffer): CheckedLine {
  const at = line.length - SUFFIX_LENGTH;
  if (at < 1 || line[line.length - 1] !== 0x7d || line[line.length - 2] !== 0x22 || !line.subarray(at, at + SUFFIX_HEAD.length).equals(SUFFIX_HEAD)) {
    return { kind: 'unverified', json: line.toString('utf8') };
  }
  const written = hexAt(line, at + SUFFIX_HEAD.length);
  if (written === undefined) return { kind: 'mismatch' };
  const body = line.subarray(0, at);
  if (crc32(CLOSE, crc32(body)) !== written) return { kind: 'mismatch' };
  return { kind: 'verified', json: `${body.toString('utf8')}}` };
}

/**
 * The 8 lowercase hex digits at `from` as a number, read off the bytes (every line is checked:
 * no string or regular expression made per line); nothing when they are not such digits.
 */
function hexAt(line: Buffer, from: number): number | undefined {
  let value = 0;
  for (let i = from; i < from + 8; i++) {
    const byte = line[i]!;
    const digit = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : byte >= 0x61 && byte <= 0x66 ? byte - 0x57 : -1;
    if (digit < 0) return undefined;
    value = value * 16 + digit;
  }
  return value;
}

export function hex(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

/** The running CRC-32 of a log's bytes, as the snapshot records it for the prefix it covers. */
export function crcOf(data: Uint8Array | string, previous = 0): number {
  return crc32(data, previous);
}
