import { describe, expect, it } from 'vitest';
import urlShortener from '../../prompts/url-shortener.md?raw';
import type { CriterionResult, Report } from '../../shared/rubric/report';
import { parseInline, parseMarkdown, reportMarkdown, type Block } from './markdown';

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

describe('the report as Markdown', () => {
  const criterion = (over: Partial<CriterionResult>): CriterionResult => ({
    id: 'estimation',
    name: 'Estimation',
    weight: 1,
    score: 2,
    descriptor: 'Numbers are there; some decide something.',
    evidence: [{ kind: 'estimate', text: 'writes = 115K/s', t: 125_000, positive: true, ref: 'l1' }],
    tip: 'Your write QPS of 115K/s is 1000x the interviewer’s 115/s: redo 10M/day ÷ 86,400.',
    ...over,
  });
  const report = (criteria: CriterionResult[]): Report => ({
    rubricVersion: '2.0.0',
    scoredAt: 0,
    level: 'senior',
    band: 'lean hire',
    overall: 2.4,
    criteria,
    phases: [],
    prompt: { id: 'url-shortener', title: 'Design a URL Shortener' },
    outline: '## Secret outline',
  });

  it('lists per criterion what was not counted with why, and what moves it up one level', () => {
    const text = reportMarkdown(report([criterion({ notCounted: [{ text: 'run the office *kitchen*', reason: 'Off topic for this prompt.', t: 61_000, ref: 'n9' }] })]));
    expect(text).toContain('# Report: Design a URL Shortener');
    expect(text).toContain('Lean hire for Senior, 2.40 of 4. Scored by rubric 2.0.0.');
    expect(text).toContain('### Estimation: 2 / 4');
    expect(text).toContain('- + 2:05 writes = 115K/s');
    expect(text).toContain('Not counted:\n\n- 1:01 “run the office \\*kitchen\\*”: Off topic for this prompt.');
    expect(text).toContain('**What moves you up one level:** Your write QPS of 115K/s is 1000x');
    expect(text).not.toContain('Secret outline');
  });

  it('says nothing of "not counted" when nothing was left out, and gives no step up at 4', () => {
    const text = reportMarkdown(report([criterion({ notCounted: [] }), criterion({ id: 'api', name: 'API', score: 4, tip: '' })]));
    expect(text).not.toContain('Not counted');
    expect(text.match(/What moves you up one level/g)).toHaveLength(1);
    expect(text).toContain('### API: 4 / 4');
  });
});
