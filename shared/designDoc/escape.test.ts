import { describe, expect, it } from 'vitest';
import { cell, code, inline, paragraphs } from './escape';

describe('putting the candidate’s text into Markdown', () => {
  it.each([
    ['# Heading', '\\# Heading'],
    ['## two', '\\## two'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['---', '\\---'],
    ['1. not numbered', '1\\. not numbered'],
    ['3) not numbered', '3\\) not numbered'],
    ['> not a quote', '\\> not a quote'],
    ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
    ['[text](http://example.com)', '\\[text\\](http://example.com)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['`code`', '\\`code\\`'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['&amp; stays', '&amp;amp; stays'],
    ['use C #', 'use C \\#'],
  ])('escapes %j', (text, expected) => {
    expect(inline(text)).toBe(expected);
  });

  it('leaves ordinary text alone, so the file reads well as plain text', () => {
    expect(inline('snake_case ids, 10-20 ms, p99 < budget? no: p99 (50 ms) & #1 goal')).toBe('snake_case ids, 10-20 ms, p99 \\< budget? no: p99 (50 ms) & #1 goal');
  });

  it('keeps a line on one line', () => {
    expect(inline('  one\ntwo\r\n\n three ')).toBe('one two three');
  });

  it('escapes pipes in a table cell and fills an empty one', () => {
    expect(cell('a | b')).toBe('a \\| b');
    expect(cell('  ')).toBe('—');
    expect(cell('', '*none*')).toBe('*none*');
  });

  it('fences code with more backticks than it holds', () => {
    expect(code('GET /x')).toBe('`GET /x`');
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`start')).toBe('`` `start ``');
    expect(code('a | b', true)).toBe('`a \\| b`');
    expect(code('   ')).toBe('');
  });

  it('splits free text into paragraphs and keeps its line breaks', () => {
    expect(paragraphs('one\n- two\n\n\nthree')).toEqual(['one\\\n\\- two', 'three']);
    expect(paragraphs('wrapped\nline', false)).toEqual(['wrapped line']);
    expect(paragraphs(' \n ')).toEqual([]);
  });
});
