import { z } from 'zod';
import { writeAll, writeFileAtomic } from '../atomicWrite';
import { quarantineBytes, quarantineCopy } from '../quarantine';
import type { StoreFs } from '../storeFs';
import { crcOf } from './logRecord';
import { describeMend, keptRecords, type LogReading } from './sessionLog';

export type Mended = { keptBytes: number; crc: number; said: string; /** Where the damaged original (or the cut-off bytes) went. */ moved?: string };

/**
 * Carries out a reading's mend, the one way the decision record (0007) gives: a lost line end
 * is added; a torn last record is kept in quarantine/ and cut off; anything else rewrites the
 * log as the records before the damage, written and flushed beside it first, then the original
 * put in quarantine/ (a hard link, so it needs no space) and only then replaced by a rename.
 * A failure at any step leaves the original in place.
 */
export async function mendLog(fs: StoreFs, dataDir: string, file: string, reading: LogReading, now: Date): Promise<Mended | undefined> {
  const mend = reading.mends[0];
  if (!mend) return undefined;
  const kept = reading.read.events.length + (reading.base?.seq ?? 0);
  switch (mend.kind) {
    case 'end-line': {
      const handle = await fs.open(file, 'r+');
      try {
        await handle.truncate(reading.keptBytes);
        await writeAll({ write: (b, o, l) => handle.write(b, o, l, reading.keptBytes + o) }, Buffer.from('\n'));
        await handle.sync();
      } finally {
        await handle.close();
      }
      return { keptBytes: reading.keptBytes + 1, crc: crcOf('\n', reading.crc), said: describeMend(mend, kept).done };
    }
    case 'cut-tail': {
      const moved = await quarantineBytes(dataDir, file, reading.data.subarray(mend.from), mend.why, now, fs);
      await fs.truncate(file, mend.from);
      return { keptBytes: reading.keptBytes, crc: reading.crc, said: describeMend(mend, kept, moved).done, moved };
    }
    case 'rewrite': {
      const content = keptRecords(reading);
      let moved: string | undefined;
      await writeFileAtomic(file, content, {
        fs,
        beforeRename: async () => {
          moved = await quarantineCopy(dataDir, file, mend.why, now, fs);
        },
      });
      return { keptBytes: content.length, crc: crcOf(content), said: describeMend(mend, kept, moved).done, ...(moved ? { moved } : {}) };
    }
  }
}

/**
 * One repair as repairs.json keeps it: when, what was said, and (repairs since the history
 * shows them) how many records were kept of how many, where the original went, and whether
 * the session had ended before the damage took its end away.
 */
const Repair = z.object({
  at: z.number(),
  said: z.string(),
  kept: z.number().int().nonnegative().optional(),
  of: z.number().int().nonnegative().optional(),
  original: z.string().optional(),
  ended: z.boolean().optional(),
});
export type Repair = z.infer<typeof Repair>;
const Repairs = z.object({ v: z.literal(1), repairs: z.array(Repair) });
type Repairs = z.infer<typeof Repairs>;

/** What earlier repairs of this log did, so every later open still says so. */
export async function readRepairs(fs: StoreFs, file: string): Promise<Repairs['repairs']> {
  try {
    const parsed = Repairs.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data.repairs : [];
  } catch {
    return [];
  }
}

export async function noteRepair(fs: StoreFs, file: string, repair: Repair): Promise<void> {
  const repairs = [...(await readRepairs(fs, file)), repair];
  await writeFileAtomic(file, `${JSON.stringify({ v: 1, repairs } satisfies Repairs, null, 2)}\n`, { fs });
}

/** The records a log's bytes hold, as lines that are not blank (what "kept 14 of 16" counts). */
export function recordsIn(data: Buffer): number {
  let count = 0;
  for (const line of data.toString('latin1').split('\n')) if (line.trim() !== '') count++;
  return count;
}
