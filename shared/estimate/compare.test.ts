import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PromptFrontMatter, type ReferenceFigure } from '../schemas/prompt';
import { compareScratchpad, coreUnit, resolveFigures, verdictFor, type EstimateComparison } from './compare';

const figures: ReferenceFigure[] = [
  { name: 'New links per day', value: '10M/day', estimate: 'write-qps' },
  { name: 'Redirects per second', value: '10M/day * 100', estimate: 'read-qps' },
  { name: 'Peak redirects', value: '10M/day * 100 * 3', estimate: 'peak-qps' },
  { name: 'Storage', value: '10M/day * 5 year * 500 B', estimate: 'storage', note: 'five years' },
  { name: 'Read/write', value: '100:1', estimate: 'read-write-ratio' },
  { name: 'Record size', value: '500 B' },
];

type ViteGlob = { glob(pattern: string, options: { query: string; import: string; eager: true }): Record<string, string> };

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const byKind = (r: readonly EstimateComparison[], kind: EstimateComparison['kind']) => r.filter((c) => c.kind === kind);

describe('comparing estimates with the prompt', () => {
  it('sorts estimates into fine (within 3×), warning (within 10×) and flagged (beyond), with the reference', () => {
    const r = compareScratchpad(lines('writes = 10M/day\nreads = 20K/s\npeak = 10/s\nstorage = 1 PB\nrw = 100:1'), figures);
    const compared = byKind(r, 'compared');
    expect(compared.map((c) => (c.kind === 'compared' ? [c.name, c.verdict, Number(c.timesOff.toFixed(2))] : null))).toEqual([
      ['writes', 'fine', 1],
      ['reads', 'fine', 1.73],
      ['peak', 'flagged', 3472.22],
      ['storage', 'flagged', 109.59],
      ['rw', 'fine', 1],
    ]);
    const peak = compared[2]!;
    expect(peak.kind === 'compared' && peak.message).toBe('10 /s is 3472× below the reference peak QPS of 34.7 K /s (10M/day * 100 * 3)');
    const storage = compared[3]!;
    expect(storage.kind === 'compared' && storage.message).toMatch(/110× above the reference storage of 9.13 TB \(10M\/day \* 5 year \* 500 B: five years\)/);
  });

  it('warns between 3 and 10 times off', () => {
    const r = compareScratchpad(lines('write_qps = 20/s'), figures);
    expect(r[0]).toMatchObject({ kind: 'compared', verdict: 'warning', line: 1, tag: 'write-qps', inferred: true });
    expect(verdictFor(3)).toBe('fine');
    expect(verdictFor(3.01)).toBe('warning');
    expect(verdictFor(10)).toBe('warning');
    expect(verdictFor(10.01)).toBe('flagged');
  });

  it('lists figures no line was marked as, once per estimate', () => {
    const r = compareScratchpad(lines('writes = 10M/day'), [...figures, { name: 'Storage with photos', value: '1 PB', estimate: 'storage' }]);
    expect(byKind(r, 'not-estimated').map((c) => c.tag)).toEqual(['read-qps', 'peak-qps', 'storage', 'read-write-ratio']);
  });

  it('takes the read/write ratio from the read and write lines when no line names it, and says which lines', () => {
    const r = compareScratchpad(lines('writes = 10M/day\nreads = writes * 100'), figures);
    expect(byKind(r, 'not-estimated').map((c) => c.tag)).not.toContain('read-write-ratio');
    const ratio = r.find((c) => c.tag === 'read-write-ratio');
    expect(ratio).toMatchObject({ kind: 'compared', verdict: 'fine', taken: 'ratio', line: 2, lines: [2, 1], quantity: { display: '100' } });
    expect(ratio?.kind === 'compared' && ratio.message).toBe('reads ÷ writes (lines 2 and 1) gives 100, in line with the reference 100');
  });

  it('takes an untagged line whose value and kind match a figure no line was marked as, and says which line', () => {
    const limiter: ReferenceFigure[] = [{ name: 'Limit checks per second', value: '20M * 500/day', estimate: 'read-qps' }];
    const r = compareScratchpad(lines('clients = 20M\nchecks = 20M * 500 / day'), limiter);
    expect(byKind(r, 'not-estimated')).toEqual([]);
    expect(r).toEqual([expect.objectContaining({ kind: 'compared', verdict: 'fine', taken: 'value', line: 2, lines: [2], name: 'checks', tag: 'read-qps' })]);
    expect(r[0]?.kind === 'compared' && r[0].message).toBe('checks (line 2) matches the reference read QPS: 116 K /s');
    // Not a line marked "not an estimate", nor one of another kind or another size.
    for (const text of ['checks = 20M * 500 / day', 'checks = 20M * 500', 'checks = 20M * 50 / day']) {
      const pad = [{ text: 'clients = 20M' }, { text, ...(text === 'checks = 20M * 500 / day' ? { tag: null } : {}) }];
      expect(byKind(compareScratchpad(pad, limiter), 'not-estimated')).toHaveLength(1);
    }
  });

  it('compares with the closest of several figures for one estimate', () => {
    const two: ReferenceFigure[] = [
      { name: 'Text only', value: '500 TB', estimate: 'storage' },
      { name: 'With photos', value: '20 PB', estimate: 'storage' },
    ];
    const r = compareScratchpad(lines('storage = 15 PB'), two);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'compared', verdict: 'fine', reference: { name: 'With photos' } });
  });

  it('uses the tag from the menu over the name, and leaves untagged lines out', () => {
    const r = compareScratchpad([{ text: 'x = 1M/day', tag: 'read-qps' }, { text: 'writes = 10M/day', tag: null }, { text: 'records = 18B' }], figures);
    expect(r.filter((c) => c.kind !== 'not-estimated')).toEqual([expect.objectContaining({ kind: 'compared', name: 'x', verdict: 'flagged' })]);
  });

  it('names a mismatch of kinds rather than comparing a count with a rate', () => {
    const r = compareScratchpad([{ text: 'w = 18B', tag: 'write-qps' }], figures);
    expect(r[0]).toMatchObject({ kind: 'mismatch', message: '18 B is a count, but the reference write QPS is a rate (116 /s)' });
  });

  it('ignores the names of counts: 10M users/day compares with a plain rate', () => {
    expect(coreUnit('users/s')).toBe('/s');
    expect(coreUnit('B/user')).toBe('B/user');
    const r = compareScratchpad(lines('writes = 10M links/day'), figures);
    expect(r[0]).toMatchObject({ kind: 'compared', verdict: 'fine' });
  });

  it('reports an estimate with no reference, and a reference that does not evaluate', () => {
    const r = compareScratchpad(lines('egress = 1 Gbps\nreads = 10K/s'), [{ name: 'bad', value: '10 +', estimate: 'read-qps' }]);
    expect(r[0]).toMatchObject({ kind: 'no-reference', tag: 'bandwidth' });
    expect(r[1]).toMatchObject({ kind: 'mismatch', message: expect.stringMatching(/does not evaluate/) });
  });
});

describe("the built-in prompts' reference figures", () => {
  // Vite reads the files at build time (shared/ may not touch the file system); the cast is only for the Node tsconfig's types.
  const files = (import.meta as unknown as ViteGlob).glob('../../prompts/*.md', { query: '?raw', import: 'default', eager: true });

  it.each(Object.entries(files))('%s: every figure evaluates, and the usual estimates are tagged', (_path, text) => {
    const front = PromptFrontMatter.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
    const resolved = resolveFigures(front.figures);
    for (const f of resolved) expect(f.error, `${f.name}: ${f.value}`).toBeUndefined();
    // Not every system has reads or a ratio (a job scheduler, a payment ledger), but each has several numbers worth checking.
    const tags = new Set(resolved.map((f) => f.estimate).filter((t) => t !== undefined && t !== 'other'));
    expect(tags.size, [...tags].join(', ')).toBeGreaterThanOrEqual(3);
    // Each tagged figure has the kind of quantity its estimate needs.
    const expected = { 'write-qps': 'rate', 'read-qps': 'rate', 'peak-qps': 'rate', storage: 'data', bandwidth: 'bandwidth', 'read-write-ratio': 'ratio', other: undefined } as const;
    for (const f of resolved) if (expected[f.estimate]) expect(f.quantity?.dimension, f.name).toBe(expected[f.estimate]);
  });

  it('found the shipped prompts', () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(20);
  });

  it('the URL shortener holds the seed figures', () => {
    const text = Object.entries(files).find(([p]) => p.endsWith('url-shortener.md'))![1];
    const front = PromptFrontMatter.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
    const shown = resolveFigures(front.figures).map((f) => `${f.estimate}: ${f.quantity?.display}`);
    for (const seed of ['write-qps: 116 /s', 'read-qps: 11.6 K /s', 'peak-qps: 34.7 K /s', 'storage: 9.13 TB', 'read-write-ratio: 100']) expect(shown).toContain(seed);
  });
});
