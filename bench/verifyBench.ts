import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { prefixMismatch } from '../node/services/sessions/sessionLog';
import { Snapshot, sessionPaths } from '../node/services/sessions/sessionFiles';
import { median, round } from './stats';

/**
 * What checking the whole log adds to a resume (decision 7): reading every byte of the
 * file and the CRC-32 of the part the snapshot covers, which before was not read at all.
 * The median of `repeats` runs, in ms.
 */
export async function benchVerify(templateDir: string, id: string, repeats: number): Promise<number> {
  const paths = sessionPaths(templateDir, id);
  const snapshot = Snapshot.parse(JSON.parse(await readFile(paths.snapshot, 'utf8')));
  if (snapshot.bytes === undefined || snapshot.crc === undefined) throw new Error('the snapshot records no checksum of the log');
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const data = await readFile(paths.events);
    const mismatch = prefixMismatch(data, { bytes: snapshot.bytes, crc: snapshot.crc });
    times.push(performance.now() - started);
    if (mismatch !== undefined) throw new Error(`the log does not check out: ${mismatch}`);
  }
  return round(median(times), 1);
}
