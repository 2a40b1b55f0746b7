import { describe, expect, it } from 'vitest';
import { clipUnits } from './clip';

describe('clipUnits', () => {
  it('leaves text within the limit alone', () => {
    expect(clipUnits('abc', 3)).toBe('abc');
  });

  it('cuts at the limit', () => {
    expect(clipUnits('abcdef', 4)).toBe('abcd');
  });

  it('never keeps half of an emoji', () => {
    // 'ab' then 🚀 (two units): a cut at 3 would keep its first half only.
    const cut = clipUnits('ab🚀cd', 3);
    expect(cut).toBe('ab');
    expect(clipUnits('ab🚀cd', 4)).toBe('ab🚀');
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
