import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readLog } from '../node/services/sessions/readLog';
import { judgeLog, prefixMismatch } from '../node/services/sessions/sessionLog';
import { Snapshot, sessionPaths } from '../node/services/sessions/sessionFiles';
import { median, round } from './stats';
import { writeSyntheticSession } from './syntheticSession';

export type VerifyResult = {
  /** Reading the whole log and checking the snapshot's CRC-32 of the part it covers: what a resume pays for the check. */
  verifyLog20kMs: number;
  /** Reading the whole log alone, checking nothing: the same bytes without the checksum, to read the bar (30 ms) off. */
  readLog20kBytesMs: number;
  /** The open's judging of the bytes read (judgeLog: the prefix's checksum, then the tail after the snapshot, each line checked). */
  judgeLog20kMs: number;
  /** readLog of the whole log (session.events, export, the command line), every line's checksum checked before it is parsed once. */
  parseChecked20kMs: number;
  /** The same log with the checksums taken out (read as unverified, as an old log is): the per-line check's share is the difference. */
  parseUnchecked20kMs: number;
  /**
   * The same five as CPU time (this process, all threads), median: on a loaded machine the wall
   * times above carry other processes' turns, which these do not.
   */
  cpuMs: { verifyLog20k: number; readLog20kBytes: number; judgeLog20k: number; parseChecked20k: number; parseUnchecked20k: number };
};

/** The median wall and CPU time of `repeats` runs of `run`, in ms. */
async function timed(repeats: number, run: () => unknown): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    await run();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: round(median(wall), 1), cpu: round(median(cpu), 1) };
}

/**
 * What checking the whole log adds to a resume (decision 7): reading every byte of the
 * file and the CRC-32 of the part the snapshot covers, which before was not read at all;
 * with the same reads without any checksum beside it, so the cost of the checks alone shows.
 */
export async function benchVerify(templateDir: string, id: string, repeats: number): Promise<VerifyResult> {
  const paths = sessionPaths(templateDir, id);
  const snapshot = Snapshot.parse(JSON.parse(await readFile(paths.snapshot, 'utf8')));
  if (snapshot.bytes === undefined || snapshot.crc === undefined) throw new Error('the snapshot records no checksum of the log');
  const covered = { bytes: snapshot.bytes, crc: snapshot.crc };
  const verify = await timed(repeats, async () => {
    const mismatch = prefixMismatch(await readFile(paths.events), covered);
    if (mismatch !== undefined) throw new Error(`the log does not check out: ${mismatch}`);
  });
  const read = await timed(repeats, () => readFile(paths.events));
  const data = await readFile(paths.events);
  const judge = await timed(repeats, () => {
    const reading = judgeLog(data, snapshot);
    if (reading.base === undefined || reading.mends.length > 0) throw new Error(`the log does not check out: ${reading.mismatch ?? 'a mend'}`);
  });
  const checked = await timed(repeats, () => readLog(data));
  const unchecked = Buffer.from(data.toString('utf8').replace(/,"crc":"[0-9a-f]{8}"\}$/gm, '}'));
  if (readLog(unchecked).unverified !== readLog(data).events.length) throw new Error('the log without its checksums does not read as the same events, unverified');
  const plain = await timed(repeats, () => readLog(unchecked));
  return {
    verifyLog20kMs: verify.wall,
    readLog20kBytesMs: read.wall,
    judgeLog20kMs: judge.wall,
    parseChecked20kMs: checked.wall,
    parseUnchecked20kMs: plain.wall,
    cpuMs: { verifyLog20k: verify.cpu, readLog20kBytes: read.cpu, judgeLog20k: judge.cpu, parseChecked20k: checked.cpu, parseUnchecked20k: plain.cpu },
  };
}

/** `node dist/bench/bench.mjs --verify`: only this bench, on a freshly played session of `events` events. */
export async function benchVerifyAlone(events = 20_000, repeats = 9): Promise<VerifyResult & { bytes: number }> {
  const root = await mkdtemp(join(tmpdir(), 'designdrill-verify-'));
  try {
    const session = await writeSyntheticSession(join(root, 'play'), join(root, 'template'), events, 45);
    return { ...(await benchVerify(join(root, 'template'), session.id, repeats)), bytes: session.eventsBytes };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
