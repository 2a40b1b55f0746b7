/**
 * The reference card beside the pad: the handful of figures worth knowing by heart, in our own
 * words. Orders of magnitude, not benchmarks: real numbers vary with hardware and workload by 2–3
 * times either way, which is inside what an estimate needs. Rows with `pad` are checked by a test:
 * the expression, in the pad's language, must show `value` (a leading "~" aside).
 */

export type CardRow = {
  label: string;
  /** The figure as shown. */
  value: string;
  /** A rounder figure to do mental maths with ("≈ 10^5"). */
  approx?: string;
  /** The figure in the pad's language, so a click can put it in the pad; evaluates to `value`. */
  pad?: string;
  note?: string;
};

export type CardSection = { id: string; title: string; intro?: string; rows: readonly CardRow[] };

export const REFERENCE_CARD: readonly CardSection[] = [
  {
    id: 'time',
    title: 'Time',
    intro: 'Divide per-day totals by 10^5 for a per-second rate; the answer comes out about 15% low, close enough.',
    rows: [
      { label: 'Seconds in a day', value: '86,400 s', approx: '≈ 10^5', pad: '1 day in s' },
      { label: 'Seconds in a month', value: '2.63 M s', approx: '≈ 2.5 × 10^6', pad: '1 month in s' },
      { label: 'Seconds in a year', value: '31.5 M s', approx: '≈ 3 × 10^7', pad: '1 year in s' },
      { label: '1 million a day', value: '11.6 /s', approx: '≈ 12 a second', pad: '1M/day' },
      { label: '1 billion a day', value: '11.6 K /s', approx: '≈ 12,000 a second', pad: '1B/day' },
      { label: '1,000 a second', value: '86.4 M /day', approx: '≈ 100 million a day', pad: '1K/s in /day' },
    ],
  },
  {
    id: 'traffic',
    title: 'Traffic shapes',
    rows: [
      { label: 'Peak over the daily average', value: '2–5×', approx: 'plan for 3×', note: 'higher for live events and launches' },
      { label: 'Reads per write, social and content', value: '10:1 to 100:1', note: 'feeds, timelines, profiles' },
      { label: 'Reads per write, link shortener', value: '100:1', note: 'a link exists to be opened' },
      { label: 'Reads per write, chat', value: 'about 1:1', note: 'each message is written once and read by a few' },
      { label: 'Daily over monthly active users', value: '20–50%', note: 'higher for messaging, lower for shopping' },
      { label: 'Requests per active user per day', value: '10–100', note: 'page loads and API calls, not clicks' },
    ],
  },
  {
    id: 'sizes',
    title: 'Typical sizes',
    rows: [
      { label: 'Integer ID, timestamp', value: '8 B', pad: '8 B' },
      { label: 'UUID', value: '16 B', pad: '16 B' },
      { label: 'URL', value: '100–200 B', note: 'up to about 2 KB' },
      { label: 'Short text row (a post, a link, a message)', value: '~500 B to 1 KB', note: 'with IDs, timestamps and metadata' },
      { label: 'User profile row', value: '~1 KB' },
      { label: 'Photo, compressed for the web', value: '200 KB–2 MB', note: 'thumbnails ~10–30 KB' },
      { label: 'A minute of audio', value: '0.96 MB', approx: '≈ 1 MB', note: 'at 128 kbit/s', pad: '128 Kbps * 1 min in MB' },
      { label: 'A minute of HD video', value: '37.5 MB', approx: '≈ 40 MB', note: 'at 5 Mbit/s', pad: '5 Mbps * 1 min in MB' },
    ],
  },
  {
    id: 'latency',
    title: 'Latency',
    intro: 'Each row is roughly ten times the one before; memory is about a thousand times faster than a network round trip across a data centre.',
    rows: [
      { label: 'Main memory reference', value: '~100 ns', pad: '100 ns' },
      { label: 'Compress 1 KB', value: '~2 µs' },
      { label: 'Read 1 MB sequentially from memory', value: '~10 µs' },
      { label: 'Random read from an SSD', value: '~100 µs', pad: '100 µs' },
      { label: 'Round trip within a data centre', value: '~500 µs', approx: '≈ 0.5 ms', pad: '0.5 ms' },
      { label: 'Read 1 MB sequentially from an SSD', value: '~1 ms' },
      { label: 'Disk seek', value: '~10 ms', pad: '10 ms' },
      { label: 'Read 1 MB sequentially from a disk', value: '~5–10 ms' },
      { label: 'Round trip within a continent', value: '~30 ms' },
      { label: 'Round trip between continents', value: '~150 ms', pad: '150 ms' },
    ],
  },
  {
    id: 'throughput',
    title: 'Throughput of common parts',
    intro: 'Per node, for simple operations on a well-configured server; divide the load by these to count machines, then add headroom.',
    rows: [
      { label: 'In-memory cache node (Redis, Memcached)', value: '~100 K /s', pad: '100K/s', note: 'operations; more with pipelining' },
      { label: 'Relational database, simple indexed reads', value: '~10 K /s', pad: '10K/s', note: 'on one server, mostly from memory' },
      { label: 'Relational database, transactional writes', value: '~1–5 K /s', note: 'bounded by the log flush' },
      { label: 'Wide-column or key-value store node, writes', value: '~10 K /s', pad: '10K/s' },
      { label: 'Web or API server, light requests', value: '~1–10 K /s' },
      { label: 'Message broker, small messages', value: '~100 K–1 M /s', note: 'or ~100 MB/s to 1 GB/s' },
      { label: '1 Gbit/s network link', value: '125 MB/s', pad: '1 Gbps' },
      { label: '10 Gbit/s network link', value: '1.25 GB/s', pad: '10 Gbps' },
      { label: 'SSD, sequential', value: '0.5–3 GB/s', note: 'SATA to NVMe' },
      { label: 'SSD, random reads', value: '~10 K–100 K+ IOPS' },
      { label: 'Spinning disk', value: '~100–200 MB/s', note: 'and only ~100 random reads a second' },
    ],
  },
  {
    id: 'powers-of-two',
    title: 'Powers of two',
    rows: [
      { label: '2^10', value: '1.02 K', approx: '≈ a thousand (KiB)', pad: '2^10' },
      { label: '2^16', value: '65.5 K', approx: 'ports, uint16', pad: '2^16' },
      { label: '2^20', value: '1.05 M', approx: '≈ a million (MiB)', pad: '2^20' },
      { label: '2^30', value: '1.07 B', approx: '≈ a billion (GiB)', pad: '2^30' },
      { label: '2^32', value: '4.29 B', approx: 'IPv4 addresses, uint32', pad: '2^32' },
      { label: '2^40', value: '1.1 T', approx: '≈ a trillion (TiB)', pad: '2^40' },
      { label: '2^63', value: '9.22e18', approx: 'largest signed 64-bit integer', pad: '2^63' },
    ],
  },
  {
    id: 'powers-of-ten',
    title: 'Powers of ten',
    rows: [
      { label: '10^3', value: '1 K', approx: 'thousand · KB', pad: '10^3' },
      { label: '10^6', value: '1 M', approx: 'million · MB', pad: '10^6' },
      { label: '10^9', value: '1 B', approx: 'billion · GB', pad: '10^9' },
      { label: '10^12', value: '1 T', approx: 'trillion · TB', pad: '10^12' },
      { label: '10^15', value: '1 PB', approx: 'quadrillion · PB', pad: '10^15 B' },
    ],
  },
  {
    id: 'code-spaces',
    title: 'Code spaces',
    intro: 'How many distinct codes a given length allows; compare with the records you must name.',
    rows: [
      { label: '6 characters of 0-9a-zA-Z', value: '56.8 B', pad: '62^6' },
      { label: '7 characters of 0-9a-zA-Z', value: '3.52 T', pad: '62^7' },
      { label: '8 characters of 0-9a-zA-Z', value: '218 T', pad: '62^8' },
      { label: '8 characters of 0-9a-z', value: '2.82 T', pad: '36^8' },
      { label: '10 decimal digits', value: '10 B', pad: '10^10' },
    ],
  },
];

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** The card as Markdown, for docs/estimation.md. */
export function referenceCardMarkdown(card: readonly CardSection[]): string {
  const out: string[] = ['## Reference card', ''];
  for (const s of card) {
    out.push(`### ${s.title}`, '');
    if (s.intro) out.push(s.intro, '');
    out.push('| | | |', '| --- | --- | --- |');
    for (const r of s.rows) {
      const extra = [r.approx, r.note].filter(Boolean).join('; ');
      out.push(`| ${cell(r.label)} | ${cell(r.value)} | ${cell(extra)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
