/** Words someone might type while designing a system, for notes that look like notes. */
const WORDS = [
  'users', 'write', 'read', 'path', 'cache', 'shard', 'by', 'user id', 'replica', 'queue', 'latency', 'p99', 'under', '200 ms',
  'hot key', 'fan-out', 'on', 'index', 'TTL', 'consistent hashing', 'leader', 'follower', 'quorum', 'batch', 'stream', 'CDN',
  'blob store', 'rate limit', 'retry', 'idempotent', 'partition', 'schema', 'API', 'QPS', 'peak', '3x', 'storage', 'per year',
  'bandwidth', 'trade-off', 'then', 'and', 'or', 'if', 'the', 'a', 'with', 'for', 'not', 'only', 'single region', 'failover',
];

/** `length` characters of deterministic note-like text: words, sentences, the odd new line. */
export function notesText(seed: number, length: number): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    // xorshift32: the same text for the same seed on every machine.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  let text = '';
  let words = 0;
  while (text.length < length) {
    text += WORDS[next() % WORDS.length];
    words++;
    const end = next() % 12 === 0 && words > 3;
    if (end) words = 0;
    text += end ? (next() % 3 === 0 ? '.\n- ' : '. ') : ' ';
  }
  return text.slice(0, length);
}
