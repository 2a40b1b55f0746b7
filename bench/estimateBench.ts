import { performance } from 'node:perf_hooks';
import { evaluatePad, prepareEngine } from '../shared/estimate/evaluate';
import { round } from './stats';

/** A realistic pad: the URL shortener's estimate from seed 000, then a news feed's, with conversions and an error. */
export const BENCH_PAD = `# URL shortener
writes = 10M/day
rw = 100:1
reads = writes * rw
peak = 3 * reads
records = writes * 5 year
record = 500 B
storage = records * record
storage to TB
codes = 62^7
codes / records
egress = reads * record
egress in Mbps
# news feed
dau = 300M users
posts = dau * 1 posts/user/day
loads = dau * 20 loads/user/day
fanout = posts * 200 entries/post
photos = posts / 5 * 200 KB/post
text = posts * 1 KB/post
storage_5y = (text + photos) * 5 year
storage_5y in PB
feed_bw = loads * 20 KB
feed_bw in Gbps
cache_nodes = ceil(reads / (100K/s))
servers = peak / (5K/s)
latency = 2 * 0.5 ms + 100 µs
bad = 5 MB + 1 s
bad * 2
ids = log2(records)`
  .split('\n')
  .map((text) => ({ text }));

export type EstimateBenchResult = {
  /** Pad lines evaluated per second, re-evaluating the whole pad as the panel does on each edit. */
  estimateLinesPerSecond: number;
  /** Building the mathjs instance, once per window (0 when something built it earlier). */
  estimateEngineStartMs: number;
  /** The slowest single pass over the pad, divided by its lines. */
  estimateWorstLineMs: number;
};

export function benchEstimate(minMs: number): EstimateBenchResult {
  let started = performance.now();
  prepareEngine();
  const estimateEngineStartMs = round(performance.now() - started, 1);

  let lines = 0;
  let worst = 0;
  started = performance.now();
  let elapsed: number;
  do {
    const t0 = performance.now();
    evaluatePad(BENCH_PAD);
    worst = Math.max(worst, performance.now() - t0);
    lines += BENCH_PAD.length;
    elapsed = performance.now() - started;
  } while (elapsed < minMs);
  return {
    estimateLinesPerSecond: Math.round((lines / elapsed) * 1000),
    estimateEngineStartMs,
    estimateWorstLineMs: round(worst / BENCH_PAD.length, 3),
  };
}
