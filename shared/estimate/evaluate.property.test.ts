import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScope, evaluateLine, evaluatePad, prepareEngine } from './evaluate';

/** Pieces of the pad language, so generated lines get past the lexer and reach mathjs often. */
const piece = fc.constantFrom(
  '10M', '18B', '3.5T', '10^5', '62^7', '1e9', '1e308', '86,400', '500', '0', '-', '+', '*', '/', '^', '(', ')', ',', ':', '%',
  'B', 'KB', 'GB', 'TB', 'KiB', 'bit', 'Gbps', 's', 'ms', 'min', 'h', 'day', 'week', 'month', 'year', 'per', 'in', 'to',
  'users', 'requests', 'posts', 'x', 'dau', 'writes', 'sqrt(', 'log(', 'max(', 'min(', '=', '#', ' ', '  ', '9^9^9', '(1 s)^',
  '[', '{', '"', 'evaluate(', 'import(', 'f(x) =', '.', '1.5', '999999999999999999999', '\u00b5s', '×', '÷',
);
const tokenLine = fc.array(piece, { maxLength: 60 }).map((a) => a.join(''));
const spacedLine = fc.array(piece, { maxLength: 40 }).map((a) => a.join(' '));
const anyLine = fc.oneof(tokenLine, spacedLine, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

/** Generous: the requirement is under 50 ms a line; a loaded CI machine gets slack on top of the typical ~0.1 ms. */
const LIMIT_MS = 50;

describe('the engine under arbitrary input', () => {
  // Building the mathjs instance is a one-off cost, not a line's.
  prepareEngine();

  it('never throws, answers every line and stays under 50 ms a line', () => {
    let worst = 0;
    let retimed = 0;
    fc.assert(
      fc.property(fc.array(anyLine, { minLength: 1, maxLength: 12 }), (lines) => {
        const scope = createScope();
        lines.forEach((text, i) => {
          let t0 = performance.now();
          const r = evaluateLine(text, scope, i + 1);
          let ms = performance.now() - t0;
          // A garbage-collection pause or a busy machine can stretch one run; a slow input is slow every time,
          // so an over-limit line is timed again (the best of three counts).
          for (let retry = 0; retry < 3 && ms >= LIMIT_MS; retry++) {
            retimed++;
            t0 = performance.now();
            evaluateLine(text, scope, i + 1);
            ms = Math.min(ms, performance.now() - t0);
          }
          worst = Math.max(worst, ms);
          expect(ms, JSON.stringify(text)).toBeLessThan(LIMIT_MS);
          expect(r.line).toBe(i + 1);
          if (r.kind === 'value') {
            expect(Number.isFinite(r.quantity.base)).toBe(true);
            expect(r.quantity.display.length).toBeGreaterThan(0);
          }
          if (r.kind === 'error') expect(r.message.length).toBeGreaterThan(0);
        });
        const whole = evaluatePad(lines.map((text) => ({ text })));
        expect(whole).toHaveLength(lines.length);
      }),
      { numRuns: 400 },
    );
    // Reported, not asserted: the worst single line seen.
    console.log(`estimate property: worst line ${worst.toFixed(2)} ms (${retimed} runs timed again)`);
  });

  it('stays fast on the worst cases written by hand', () => {
    const nasty = [
      '('.repeat(5000),
      '9^'.repeat(400) + '9',
      '-'.repeat(900) + '1',
      '1' + ' + 1'.repeat(240),
      '1e308 * 1e308',
      '(1 s)^1e9',
      '2^1024 KB',
      'x'.repeat(999),
      'a = ' + 'sqrt('.repeat(30) + '4' + ')'.repeat(30),
      Array.from({ length: 60 }, (_, i) => `w${i}`).join(' / '),
      Array.from({ length: 30 }, (_, i) => `1 c${i}`).join(' * '),
      'max(' + '1, '.repeat(300) + '1)',
    ];
    for (const text of nasty) {
      const t0 = performance.now();
      const r = evaluateLine(text);
      expect(performance.now() - t0).toBeLessThan(LIMIT_MS);
      expect(['value', 'error']).toContain(r.kind);
    }
  });
});
