/**
 * The candidate's words put into Markdown so that they read back exactly as typed: nothing
 * they wrote becomes a heading, a list, a link, emphasis or HTML, and a `|` cannot split a
 * table row. Escapes only what would be read as markup, so the file stays pleasant as plain
 * text too (`snake_case` is left alone; `*` and `[` are not).
 */

/** Characters that mean something anywhere in a line, and `&` before what looks like an entity. */
const INLINE = /[\\`*[\]<>~_]|&(?=#?\w+;)/g;

/** One line of the candidate's text, for inside a paragraph, list item or heading. */
export function inline(text: string): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = flat.replace(INLINE, (c: string, at: number) => {
    // `&amp;` would show as `&`: keep an entity-like run literal.
    if (c === '&') return '&amp;';
    // `_` opens emphasis only at a word's edge; inside `snake_case` it is just a letter.
    if (c === '_' && isWordChar(flat[at - 1]) && isWordChar(flat[at + 1])) return c;
    return `\\${c}`;
  });
  return escapeLineStart(escaped);
}

/**
 * What a line may not start with: a heading, list marker, numbered item, thematic break or
 * setext underline (`>`, `*` and fences are escaped everywhere already). Also a trailing
 * `#` run, which a heading would drop.
 */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+=])(?=\s|$|[-=])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/(\s)(#+)$/, '$1\\$2');
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/** A table cell: one line, pipes escaped, never empty (an empty cell reads as a missing one). */
export function cell(text: string, empty = '—'): string {
  const body = inline(text);
  return body === '' ? empty : body.replace(/\|/g, '\\|');
}

/**
 * Text shown verbatim as code: a pad line, an API signature. The fence is one backtick
 * longer than any run inside, padded when the text starts or ends with one.
 */
export function code(text: string, inTable = false): string {
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (flat === '') return '';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  // Inside a table GitHub splits on `|` even within code, unless it is escaped.
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Free text of several paragraphs (a phase's notes, a prompt's brief): a blank line starts a
 * paragraph; a single line break is kept as one (a trailing backslash) so lists typed as
 * lines stay lines.
 */
export function paragraphs(text: string, keepLineBreaks = true): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .split(/\r?\n/)
        .map((line) => inline(line))
        .filter((line) => line !== '')
        .join(keepLineBreaks ? '\\\n' : ' '),
    )
    .filter((p) => p !== '');
}
