import { open, type FileHandle } from 'node:fs/promises';
import type { Snapshot } from './sessionFiles';

export type LogText = {
  /** What was read: the whole log, or only the part after the snapshot. */
  text: string;
  /** Where `text` starts in the file, in bytes. */
  start: number;
  /** The snapshot `text` continues, when only the tail was read. */
  base?: Snapshot;
  /** Why the snapshot's recorded end could not be used, when it could not. */
  mismatch?: string;
};

/**
 * Reads a session log for a resume. A snapshot records where in the log it ends; when the
 * line ending there is the snapshot's last event, only what follows is read. That is what
 * makes a snapshot pay: a 45-minute log is megabytes, its tail a few hundred lines. When
 * the snapshot says nothing of where it ends, or it does not line up, the whole log is read.
 */
export async function readLogFrom(file: string, snapshot: Snapshot | undefined): Promise<LogText> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (snapshot?.bytes === undefined) return { text: await readText(handle, 0, size), start: 0 };
    const mismatch = await checkEnd(handle, size, snapshot.bytes, snapshot.seq);
    if (mismatch !== undefined) return { text: await readText(handle, 0, size), start: 0, mismatch };
    return { text: await readText(handle, snapshot.bytes, size), start: snapshot.bytes, base: snapshot };
  } finally {
    await handle.close();
  }
}

/** Why `end` is not the end of event `seq`'s line in the log, or nothing when it is. */
async function checkEnd(handle: FileHandle, size: number, end: number, seq: number): Promise<string | undefined> {
  if (end > size) return `it ends at byte ${end} of the log, which has only ${size} bytes`;
  const line = await lineEndingAt(handle, end);
  if (line === undefined) return `byte ${end} of the log is not the end of a line`;
  let found: unknown;
  try {
    found = (JSON.parse(line) as { seq?: unknown }).seq;
  } catch {
    return `the line ending at byte ${end} of the log is not JSON`;
  }
  if (found !== seq) return `the line ending at byte ${end} of the log is event ${String(found)}, not event ${seq}`;
  return undefined;
}

const CHUNK = 64 * 1024;
const NEWLINE = 0x0a;

/** The line whose newline is the byte just before `end`, without it; nothing if that byte is not a newline. */
async function lineEndingAt(handle: FileHandle, end: number): Promise<string | undefined> {
  const parts: Buffer[] = [];
  // Reads backwards a chunk at a time: a line of notes can be longer than one chunk.
  for (let to = end; to > 0; ) {
    const from = Math.max(0, to - CHUNK);
    const chunk = await readBytes(handle, from, to);
    const first = parts.length === 0;
    if (first && chunk[chunk.length - 1] !== NEWLINE) return undefined;
    // In the first chunk, skip the line's own newline.
    const searchFrom = first ? chunk.length - 2 : chunk.length - 1;
    const start = searchFrom < 0 ? -1 : chunk.lastIndexOf(NEWLINE, searchFrom);
    parts.unshift(start === -1 ? chunk : chunk.subarray(start + 1));
    if (start !== -1) break;
    to = from;
  }
  const line = Buffer.concat(parts);
  return line.subarray(0, line.length - 1).toString('utf8');
}

async function readBytes(handle: FileHandle, from: number, to: number): Promise<Buffer> {
  const buffer = Buffer.alloc(to - from);
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await handle.read(buffer, done, buffer.length - done, from + done);
    // The file shrank under us: return what is there, and the parse will say what is missing.
    if (bytesRead === 0) return buffer.subarray(0, done);
    done += bytesRead;
  }
  return buffer;
}

/** Bytes `from` to `to` as text. Cut at a line start, so never inside a UTF-8 character. */
async function readText(handle: FileHandle, from: number, to: number): Promise<string> {
  return (await readBytes(handle, from, to)).toString('utf8');
}
