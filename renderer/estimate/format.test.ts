import { describe, expect, it } from 'vitest';
import { evaluatePad } from '../../shared/estimate/evaluate';
import { describeLine, keyFigures, lineLabel, powerText } from './format';

describe('powerText', () => {
  it('writes the power of ten as on paper', () => {
    expect(powerText(2)).toBe('≈10²');
    expect(powerText(12)).toBe('≈10¹²');
    expect(powerText(-3)).toBe('≈10⁻³');
    expect(powerText(0)).toBe('≈10⁰');
  });
});

describe('what the pad says about lines', () => {
  const texts = ['# URL shortener', 'dau = 10M users', 'writes = 10M/day', 'reads = writes * 100', 'storage = writes * 5 year * 500 B', 'oops = (', 'codes = 62^7'];
  const lines = texts.map((text, i) => ({ id: `l${i}`, text }));
  const results = evaluatePad(lines);

  it('describes the caret line', () => {
    expect(describeLine(0, results[0])).toBe('Line 1 · a comment');
    expect(describeLine(2, results[2])).toBe('Line 3 · writes = 116 /s · rate · about 10^2 · Write QPS (from the name)');
    expect(describeLine(5, results[5])).toMatch(/^Line 6 · .+/);
    expect(describeLine(9, undefined)).toBe('Line 10 · empty');
  });

  it('labels a line by its name, else its text', () => {
    expect(lineLabel(texts[2]!, results[2])).toBe('writes');
    expect(lineLabel('10M / 86400 s and then some more words', results[0])).toBe('10M / 86400 s and then …');
  });

  it('keeps the tagged figures first, in the order a method asks for them', () => {
    const figures = keyFigures(lines, results);
    expect(figures.map((f) => f.label)).toEqual(['writes', 'reads', 'storage', 'codes']);
    expect(figures[0]).toMatchObject({ display: '116 /s', tag: 'write-qps' });
  });
});
