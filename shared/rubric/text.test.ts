import { describe, expect, it } from 'vitest';
import { quote } from './text';

describe('quote', () => {
  it('cuts a long quotation between characters, never inside an emoji', () => {
    const q = quote(`${'a'.repeat(158)}😀😀😀`);
    expect(q).toBe(`${'a'.repeat(158)}😀…`);
    expect(q).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
