import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_PNG, DIAGRAM_SVG, designDocName, packDesignDoc } from './package';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><text>Cache</text></svg>';
const AT = Date.UTC(2026, 0, 5, 12);

describe('the design-document package', () => {
  it('holds the Markdown and both images of the diagram, byte for byte', () => {
    const zip = packDesignDoc({ name: 'Design a URL Shortener 2026-01-05', markdown: '# Design\n\n![Diagram](diagram.svg)\n', diagram: { svg: SVG, png: PNG }, modifiedAt: AT });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([DIAGRAM_PNG, DIAGRAM_SVG, 'Design a URL Shortener 2026-01-05.md'].sort());
    expect(strFromU8(files['Design a URL Shortener 2026-01-05.md']!)).toBe('# Design\n\n![Diagram](diagram.svg)\n');
    expect(strFromU8(files[DIAGRAM_SVG]!)).toBe(SVG);
    expect(files[DIAGRAM_PNG]).toEqual(PNG);
  });

  it('holds only the Markdown when there is no diagram', () => {
    const files = unzipSync(packDesignDoc({ name: 'Doc', markdown: 'x', modifiedAt: AT }));
    expect(Object.keys(files)).toEqual(['Doc.md']);
  });

  it('packs the same session to the same bytes', () => {
    const pack = () => packDesignDoc({ name: 'Doc', markdown: 'same', diagram: { svg: SVG, png: PNG }, modifiedAt: AT });
    expect(pack()).toEqual(pack());
  });

  it('names the package after the prompt and the local date, safe on every platform', () => {
    const createdAt = new Date(2026, 0, 5, 9, 30).getTime();
    expect(designDocName('Design a URL Shortener', createdAt)).toBe('Design a URL Shortener 2026-01-05');
    expect(designDocName('Read/write: "quotes"?*  ', createdAt)).toBe('Read write quotes 2026-01-05');
    expect(designDocName('...', createdAt)).toBe('Design 2026-01-05');
  });
});
