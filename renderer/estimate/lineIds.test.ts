import { describe, expect, it } from 'vitest';
import type { PadLine } from '../../shared/estimate/pad';
import { joinLines, overLimits, reconcileLines, samePad, splitLines, toRecordedPad } from './lineIds';

/** Ids handed out in order: n1, n2… so tests can say which lines are new. */
function ids() {
  let n = 0;
  return () => `n${++n}`;
}

const pad = (...texts: string[]): PadLine[] => texts.map((text, i) => ({ id: `o${i + 1}`, text }));
const idsOf = (lines: PadLine[]) => lines.map((l) => l.id);
const after = (previous: PadLine[], text: string) => reconcileLines(previous, splitLines(text), ids());

describe('splitLines / joinLines', () => {
  it('an empty text is no lines; a trailing newline is an empty last line', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a')).toEqual(['a']);
    expect(splitLines('a\n')).toEqual(['a', '']);
    expect(splitLines('a\r\nb\rc')).toEqual(['a', 'b', 'c']);
  });
  it('round-trips', () => {
    const lines = pad('dau = 10M users', '', '# peak');
    expect(splitLines(joinLines(lines))).toEqual(lines.map((l) => l.text));
  });
});

describe('reconcileLines keeps ids through the edits a textarea makes', () => {
  const base = pad('dau = 10M users', 'writes = 10M/day', 'reads = writes * 100');

  it('typing inside a line keeps every id', () => {
    const next = after(base, 'dau = 10M users\nwrites = 10M/day in /s\nreads = writes * 100');
    expect(idsOf(next)).toEqual(['o1', 'o2', 'o3']);
    expect(next[1]!.text).toBe('writes = 10M/day in /s');
  });

  it('tags stay with their line', () => {
    const tagged: PadLine[] = base.map((l, i) => (i === 1 ? { ...l, tag: 'write-qps' } : i === 2 ? { ...l, tag: null } : l));
    const next = after(tagged, 'dau = 10M users\n\nwrites = 10M/day\nreads = writes * 100');
    expect(next.map((l) => [l.id, l.tag])).toEqual([
      ['o1', undefined],
      ['n1', undefined],
      ['o2', 'write-qps'],
      ['o3', null],
    ]);
  });

  it('Enter at the end of a line adds a new line below it', () => {
    expect(idsOf(after(base, 'dau = 10M users\nwrites = 10M/day\n\nreads = writes * 100'))).toEqual(['o1', 'o2', 'n1', 'o3']);
    expect(idsOf(after(base, 'dau = 10M users\nwrites = 10M/day\nreads = writes * 100\n'))).toEqual(['o1', 'o2', 'o3', 'n1']);
  });

  it('Enter at the start of a line adds a new line above it', () => {
    expect(idsOf(after(base, '\ndau = 10M users\nwrites = 10M/day\nreads = writes * 100'))).toEqual(['n1', 'o1', 'o2', 'o3']);
  });

  it('Enter in the middle of a line leaves the id on the longer part', () => {
    const next = after(base, 'dau = 10M users\nwrites = 10M\n/day\nreads = writes * 100');
    expect(idsOf(next)).toEqual(['o1', 'o2', 'n1', 'o3']);
    const early = after(base, 'dau = 10M users\nwr\nites = 10M/day\nreads = writes * 100');
    expect(idsOf(early)).toEqual(['o1', 'n1', 'o2', 'o3']);
  });

  it('Backspace at the start of a line merges it into the line above', () => {
    expect(idsOf(after(pad('dau = 10M', 'users', 'x = 1'), 'dau = 10Musers\nx = 1'))).toEqual(['o1', 'o3']);
    // Into an empty line: the line with the text is the one that stays.
    expect(idsOf(after(pad('a = 1', '', 'writes = 2'), 'a = 1\nwrites = 2'))).toEqual(['o1', 'o3']);
  });

  it('deleting whole lines keeps the others', () => {
    expect(idsOf(after(base, 'dau = 10M users\nreads = writes * 100'))).toEqual(['o1', 'o3']);
    expect(idsOf(after(base, 'reads = writes * 100'))).toEqual(['o3']);
    expect(after(base, '')).toEqual([]);
  });

  it('a paste of several lines in the middle keeps the lines around it', () => {
    const next = after(base, 'dau = 10M users\npeak = 3\nrecords = writes * 5 year\nwrites = 10M/day\nreads = writes * 100');
    expect(idsOf(next)).toEqual(['o1', 'n1', 'n2', 'o2', 'o3']);
  });

  it('one line replaced by another keeps its id (select the line, type over it)', () => {
    expect(idsOf(after(base, 'dau = 10M users\nx\nreads = writes * 100'))).toEqual(['o1', 'o2', 'o3']);
  });

  it('lines moved by a cut and paste keep their ids', () => {
    const next = after(pad('a = 1', 'b = 2', 'c = 3', 'd = 4'), 'a = 1\nc = 3\nb = 2\nd = 4');
    // One of b or c is the same line; the other moved and is taken as new.
    expect(next.map((l) => l.text)).toEqual(['a = 1', 'c = 3', 'b = 2', 'd = 4']);
    expect(next[0]!.id).toBe('o1');
    expect(next[3]!.id).toBe('o4');
    expect(new Set(idsOf(next)).size).toBe(4);
    expect(idsOf(next).filter((id) => id === 'o2' || id === 'o3')).toHaveLength(1);
  });

  it('repeated identical lines are handled in order', () => {
    const next = after(pad('', '', 'x = 1', ''), '\n\n\nx = 1\n');
    expect(next.map((l) => l.text)).toEqual(['', '', '', 'x = 1', '']);
    expect(new Set(idsOf(next)).size).toBe(5);
    expect(next[3]!.id).toBe('o3');
  });

  it('ids stay unique and every line is kept across a long run of random edits', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const make = ids();
    let lines: PadLine[] = [];
    let text = '';
    const alphabet = 'ab =1\n\n';
    for (let step = 0; step < 2000; step++) {
      const at = Math.floor(random() * (text.length + 1));
      if (random() < 0.3 && text.length > 0) {
        const to = Math.min(text.length, at + Math.floor(random() * 6));
        text = text.slice(0, at) + text.slice(to);
      } else {
        text = text.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + text.slice(at);
      }
      const before = new Set(idsOf(lines));
      lines = reconcileLines(lines, splitLines(text), make);
      expect(lines.map((l) => l.text)).toEqual(splitLines(text));
      expect(new Set(idsOf(lines)).size).toBe(lines.length);
      // One keystroke brings at most one new line (two when an empty pad gets its first newline).
      expect(lines.filter((l) => !before.has(l.id)).length).toBeLessThanOrEqual(before.size === 0 ? 2 : 1);
    }
  });
});

describe('toRecordedPad', () => {
  it('drops conclusion links to lines that are gone and clips what the log would refuse', () => {
    const long = 'x'.repeat(2_100);
    const recorded = toRecordedPad({
      lines: [{ id: 'a', text: long }],
      conclusions: [{ id: 'c', text: 'cache reads', lineIds: ['a', 'gone'] }],
    });
    expect(recorded.lines[0]!.text).toHaveLength(2_000);
    expect(recorded.conclusions[0]!.lineIds).toEqual(['a']);
    expect(overLimits({ lines: [{ id: 'a', text: long }], conclusions: [] })).toBe(true);
  });

  it('never cuts an emoji in half at the limit', () => {
    // 1,999 characters then 🚀: the cut at 2,000 units falls between its two halves.
    const text = `${'x'.repeat(1_999)}🚀 more`;
    const recorded = toRecordedPad({ lines: [{ id: 'a', text }], conclusions: [{ id: 'c', text, lineIds: ['a'] }] });
    expect(recorded.lines[0]!.text).toBe('x'.repeat(1_999));
    expect(recorded.conclusions[0]!.text).toBe('x'.repeat(1_999));
  });
});

describe('samePad', () => {
  it('compares ids, text, tags and conclusions', () => {
    const a = { lines: pad('a', 'b'), conclusions: [{ id: 'c', text: 't', lineIds: ['o1'] }] };
    expect(samePad(a, structuredClone(a))).toBe(true);
    expect(samePad(a, { ...a, lines: [a.lines[0]!, { ...a.lines[1]!, tag: 'storage' }] })).toBe(false);
    expect(samePad(a, { ...a, conclusions: [{ id: 'c', text: 't', lineIds: [] }] })).toBe(false);
  });
});
