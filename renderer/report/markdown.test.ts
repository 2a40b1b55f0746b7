import { describe, expect, it } from 'vitest';
import urlShortener from '../../prompts/url-shortener.md?raw';
import { parseInline, parseMarkdown, type Block } from './markdown';

describe('the outline Markdown', () => {
  it('reads headings, paragraphs joined across lines, lists with continued items, tables and code', () => {
    const blocks = parseMarkdown(
      ['## Scope', '', 'Redirects are', 'the product.', '', '- **In:** create', '  a link', '- Out', '1. first', '', '| Chose | Because |', '|---|---|', '| KV | `get` only |', '', '```', 'a < b', '```'].join('\n'),
    );
    expect(blocks).toEqual<Block[]>([
      { kind: 'heading', level: 2, text: [{ kind: 'text', text: 'Scope' }] },
      { kind: 'paragraph', text: [{ kind: 'text', text: 'Redirects are the product.' }] },
      {
        kind: 'list',
        ordered: false,
        items: [
          [{ kind: 'strong', children: [{ kind: 'text', text: 'In:' }] }, { kind: 'text', text: ' create a link' }],
          [{ kind: 'text', text: 'Out' }],
          [{ kind: 'text', text: 'first' }],
        ],
      },
      {
        kind: 'table',
        head: [[{ kind: 'text', text: 'Chose' }], [{ kind: 'text', text: 'Because' }]],
        rows: [[[{ kind: 'text', text: 'KV' }], [{ kind: 'code', text: 'get' }, { kind: 'text', text: ' only' }]]],
      },
      { kind: 'code', text: 'a < b' },
    ]);
  });

  it('keeps arithmetic stars and raw HTML as plain text, and shows a link as its words', () => {
    expect(parseInline('10M * 365 * 5 <script>x</script>')).toEqual([{ kind: 'text', text: '10M * 365 * 5 <script>x</script>' }]);
    expect(parseInline('*Hash* it, see [the seed](http://example.com)')).toEqual([
      { kind: 'em', children: [{ kind: 'text', text: 'Hash' }] },
      { kind: 'text', text: ' it, see ' },
      { kind: 'text', text: 'the seed' },
    ]);
  });

  it("reads a shipped prompt's outline into its sections", () => {
    const outline = urlShortener.slice(urlShortener.indexOf('\n---', 4) + 4);
    const headings = parseMarkdown(outline).filter((b) => b.kind === 'heading');
    expect(headings.map((h) => (h.text[0] as { text: string }).text)).toEqual([
      'Scope',
      'Estimates (and what each decides)',
      'API',
      'Data model',
      'High-level design',
      'Deep dive',
      'Bottlenecks at 10x / 100x',
      'Trade-offs',
    ]);
    expect(parseMarkdown(outline).filter((b) => b.kind === 'table')).toHaveLength(2);
  });
});
