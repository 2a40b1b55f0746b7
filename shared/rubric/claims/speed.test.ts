import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../session/events';
import { readRecord } from '../record';
import { urlShortener } from '../testing/fixtures';
import { strongSession } from '../testing/sessions';
import { extractClaims } from './extract';

/** Free notes as a strong candidate types them, in shorthand, one line per phase step. */
const SHORTHAND = [
  '## Requirements',
  'FR: users can shorten a URL',
  'FR: a short link redirects to the original',
  'NFR: p99 < 50ms',
  'NFR avail 99.99%',
  'Q: custom aliases? A: not in v1',
  'write qps ~ 115/s',
  'storage 10M/day*500B*5y = 9TB -> one sharded KV store',
  'POST /v1/links {url} -> 201 {code}',
  'GET /{code} -> 302 (main)',
  'tbl links(code PK, long_url, expires_at) in key-value store',
  'client -> CDN -> LB -> redirect svc -> Redis -> KV',
  'Redis vs local: chose Redis, gave up latency, because shared counts',
  'bottleneck: hot keys at 100x -> replicate hot keys + CDN',
  'risk: code space runs out early',
];

/**
 * The strong session stretched to `total` events the way a long session grows: after each of its
 * own events, free notes typed a character at a time (each event holds the whole text, as the
 * app logs it), drags of the boxes drawn so far and pad edits.
 */
function stretched(total: number): SessionEvent[] {
  const own = strongSession(urlShortener).build();
  const end = own.pop()!;
  const per = Math.floor((total - own.length - 1) / own.length);
  let extra = total - own.length - 1 - per * own.length;
  const text = SHORTHAND.join('\n');
  const out: SessionEvent[] = [];
  const drawn: SessionEvent[] = [];
  let pad: Extract<SessionEvent, { type: 'scratchpad.changed' }>['payload'] = { lines: [], conclusions: [] };
  let typed = 0;
  for (const e of own) {
    out.push(e);
    if (e.type === 'canvas.changed') drawn.push(e);
    if (e.type === 'scratchpad.changed') pad = e.payload;
    const n = per + (extra-- > 0 ? 1 : 0);
    for (let i = 0; i < n; i += 1) {
      const envelope = { v: 1 as const, seq: 0, t: e.t, at: e.at, phase: e.phase };
      const last = drawn[drawn.length - 1];
      if (i % 3 === 0 && last?.type === 'canvas.changed') {
        const shape = last.payload.added[0]!;
        out.push({ ...envelope, type: 'canvas.changed', payload: { added: [], changed: [{ ...shape, x: (shape.x as number) + (i % 7), version: shape.version + i + 1, versionNonce: i }], deleted: [], files: [] } });
      } else if (i % 3 === 1 && pad.lines.length > 0) {
        out.push({ ...envelope, type: 'scratchpad.changed', payload: { ...pad, lines: pad.lines.map((l, j) => (j === pad.lines.length - 1 ? { ...l, text: `${l.text} ` } : l)) } });
      } else {
        typed = Math.min(text.length, typed + 1);
        out.push({ ...envelope, type: 'notes.changed', payload: { phase: 'clarify', text: text.slice(0, typed) } });
      }
    }
  }
  out.push(end);
  return out.map((e, i) => ({ ...e, seq: i + 1 }));
}

describe('claim extraction speed', () => {
  it('reads a 20,000-event session in well under 20 ms (best of 15 runs)', () => {
    const events = stretched(20_000);
    expect(events).toHaveLength(20_000);
    const record = readRecord(urlShortener, events);
    const claims = extractClaims(record, events);
    // The free notes were all typed, so their shorthand is read: the work measured is real.
    expect(claims.filter((c) => c.source.from === 'free-notes').length).toBeGreaterThanOrEqual(SHORTHAND.length - 1);
    const times: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const started = performance.now();
      extractClaims(record, events);
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const [best, quartile, median] = [sorted[0]!, sorted[3]!, sorted[7]!];
    console.log(`extractClaims on ${events.length} events: best ${best.toFixed(1)} ms, lower quartile ${quartile.toFixed(1)} ms, median ${median.toFixed(1)} ms`);
    // The machine is shared (load averages past 10 on two cores while this was written), so other
    // processes land on most runs: the best run is what the code itself costs and is held to the
    // budget; the quartile and median are printed for the report.
    expect(best).toBeLessThan(20);
  });

  it('times long repeated free-notes lines without searching each logged text for them (best of 9 runs under 20 ms)', () => {
    // A long line edited again and again, then cut to 1,000 characters: finding the final line by a
    // search of each logged text costs about its length squared per event, which was most of the
    // time to score a long session.
    const own = strongSession(urlShortener).build();
    const end = own.pop()!;
    const last = own[own.length - 1]!;
    const grown = Array.from({ length: 8_000 }, (_, i): SessionEvent => ({ v: 1, seq: 0, t: last.t + i, at: last.at + i, phase: last.phase, type: 'notes.changed', payload: { phase: last.phase, text: `FR: users can shorten a URL\n${i === 7_999 ? 'word '.repeat(200) : 'word '.repeat(400)}` } }));
    const events = [...own, ...grown, { ...end, t: last.t + 8_000 }].map((e, i) => ({ ...e, seq: i + 1 }));
    const record = readRecord(urlShortener, events);
    const claims = extractClaims(record, events);
    expect(claims.find((c) => c.source.from === 'free-notes' && c.kind === 'requirement')!.source.t).toBe(last.t);
    const times: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      extractClaims(record, events);
      times.push(performance.now() - started);
    }
    expect(Math.min(...times)).toBeLessThan(20);
  });
});
