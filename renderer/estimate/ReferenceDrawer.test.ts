import { describe, expect, it } from 'vitest';
import { PAD_HELP } from '../../shared/estimate/help';
import { REFERENCE_CARD } from '../../shared/estimate/referenceCard';
import { filterCard, filterHelp } from './ReferenceDrawer';

describe('searching the reference card and the help', () => {
  it('an empty query shows everything', () => {
    expect(filterCard(REFERENCE_CARD, '  ')).toHaveLength(REFERENCE_CARD.length);
    expect(filterHelp(PAD_HELP, '')).toHaveLength(PAD_HELP.length);
  });
  it('keeps only the rows that match, case-insensitively', () => {
    const found = filterCard(REFERENCE_CARD, 'ssd');
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) for (const r of s.rows) expect(JSON.stringify(r).toLowerCase()).toContain('ssd');
  });
  it('a matching section title keeps the whole section', () => {
    const time = REFERENCE_CARD.find((s) => s.id === 'time')!;
    expect(filterCard(REFERENCE_CARD, 'TIME').find((s) => s.id === 'time')?.rows).toHaveLength(time.rows.length);
  });
  it('finds help by its examples', () => {
    const found = filterHelp(PAD_HELP, '62^7');
    expect(found.length).toBeGreaterThan(0);
    expect(found.flatMap((s) => s.examples).some((e) => e.input.includes('62^7'))).toBe(true);
    expect(filterHelp(PAD_HELP, 'zzzz-nothing')).toEqual([]);
  });
});
