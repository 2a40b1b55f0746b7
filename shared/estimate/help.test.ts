import { describe, expect, it } from 'vitest';
import { evaluateLine, evaluatePad } from './evaluate';
import { PAD_HELP, helpMarkdown } from './help';
import { REFERENCE_CARD } from './referenceCard';

describe('the help', () => {
  it.each(PAD_HELP.map((s) => [s.id, s] as const))('every example in "%s" shows what the help says', (_id, section) => {
    const results = evaluatePad(section.examples.map((e) => ({ text: e.input })));
    section.examples.forEach((e, i) => {
      const r = results[i]!;
      if (e.result === '') expect(r.kind, e.input).toBe('comment');
      else if (e.result.startsWith('error: ')) {
        expect(r.kind, e.input).toBe('error');
        if (r.kind === 'error') expect(r.message, e.input).toContain(e.result.slice(7));
      } else {
        expect(r.kind === 'value' ? r.quantity.display : r, e.input).toBe(e.result);
      }
    });
  });

  it('has sections with ids, titles and text', () => {
    expect(new Set(PAD_HELP.map((s) => s.id)).size).toBe(PAD_HELP.length);
    for (const s of PAD_HELP) expect(s.body.length).toBeGreaterThan(0);
    expect(PAD_HELP.reduce((n, s) => n + s.examples.length, 0)).toBeGreaterThanOrEqual(40);
  });

  it('renders to Markdown with every example in it', () => {
    const md = helpMarkdown();
    for (const s of PAD_HELP) for (const e of s.examples) expect(md).toContain(`\`${e.input.replace(/\|/g, '\\|')}\``);
    expect(md).toContain('## Reference card');
  });
});

describe('the reference card', () => {
  const rows = REFERENCE_CARD.flatMap((s) => s.rows.map((r) => [s.id, r.label, r] as const));

  it.each(rows.filter(([, , r]) => r.pad !== undefined))('%s / %s: its pad expression shows its value', (_s, _l, row) => {
    const r = evaluateLine(row.pad!);
    expect(r.kind === 'value' ? r.quantity.display : r).toBe(row.value.replace(/^~/, ''));
  });

  it('covers time, sizes, peak factors, latency, throughput and powers of two and ten', () => {
    expect(REFERENCE_CARD.map((s) => s.id)).toEqual(expect.arrayContaining(['time', 'traffic', 'sizes', 'latency', 'throughput', 'powers-of-two', 'powers-of-ten']));
    const time = REFERENCE_CARD.find((s) => s.id === 'time')!;
    expect(time.rows[0]).toMatchObject({ value: '86,400 s', approx: '≈ 10^5' });
  });
});
