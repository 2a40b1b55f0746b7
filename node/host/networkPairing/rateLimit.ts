/**
 * A fixed window per key: at most `limit` tries per `windowMs`. Enough for the pairing code,
 * which a person types once or twice; a guesser gets a handful of tries a minute, and the code
 * has 40 bits.
 */
export function createRateLimit(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Whether one more try from `key` is allowed now; when not, how long until it is (ms). */
    take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
      const at = now();
      // Old windows are dropped as they lapse, so a scan of many addresses cannot grow the map for long.
      for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k);
      const current = windows.get(key) ?? { start: at, count: 0 };
      windows.set(key, current);
      if (current.count >= limit) return { ok: false, retryAfterMs: current.start + windowMs - at };
      current.count += 1;
      return { ok: true };
    },
  };
}
