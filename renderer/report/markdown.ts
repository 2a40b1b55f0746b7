import type { CriterionResult, Report } from '../../shared/rubric/report';
import { LEVEL_LABEL } from '../../shared/session/level';
import { formatUsed } from '../session/format';
import { BAND_LABEL } from './BandCard';

/** The tip's heading: one step to the next level, for a criterion below 4 (screen and export). */
export const TIP_LABEL = 'What moves you up one level';

/**
 * Just enough Markdown for a prompt's reference outline: headings, paragraphs, lists, tables,
 * code blocks and quotes; inline code, bold, italics and links (shown as their text). Parsed
 * into plain data that React renders as elements, so nothing in a prompt file is ever
 * injected as HTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: number; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; text: Inline[] };

// Earliest match wins; at one position, code before bold before italics. A `*` with a space
// after it is arithmetic ("a * b"), not emphasis.
const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s](?:[^*]*?[^*\s])?)\*|\[([^\]]+)\]\([^)\s]*\)/;

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let rest = source;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (match.index > 0) out.push({ kind: 'text', text: rest.slice(0, match.index) });
    const [whole, code, strong, em, link] = match;
    if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (em !== undefined) out.push({ kind: 'em', children: parseInline(em) });
    else out.push(...parseInline(link!));
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cells(line: string): Inline[][] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => parseInline(cell.trim()));
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const startsBlock = (line: string) => HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line) || FENCE.test(line) || line.trimStart().startsWith('>');
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!)) body.push(lines[i++]!);
      i++;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: parseInline(heading[2]!) });
      i++;
      continue;
    }
    if (line.trimStart().startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trimStart().startsWith('|')) rows.push(cells(lines[i++]!));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
        const next = lines[i]!;
        if (HEADING.test(next) || FENCE.test(next) || next.trimStart().startsWith('|')) break;
        const item = BULLET.exec(next) ?? NUMBERED.exec(next);
        // A line that is not an item carries on the one before it.
        if (item) items.push(item[1]!);
        else items[items.length - 1] += ` ${next.trim()}`;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
      continue;
    }
    if (line.trimStart().startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.trimStart().startsWith('>')) quoted.push(lines[i++]!.trimStart().replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', text: parseInline(quoted.join(' ')) });
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '' && (paragraph.length === 0 || !startsBlock(lines[i]!))) paragraph.push(lines[i++]!.trim());
    blocks.push({ kind: 'paragraph', text: parseInline(paragraph.join(' ')) });
  }
  return blocks;
}

/** Text put into Markdown as it was written: nothing in it starts a list, a heading or markup. */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

const at = (t: number | null) => (t === null ? '' : `${formatUsed(t)} `);

function criterionMarkdown(c: CriterionResult): string[] {
  const lines = [`### ${plain(c.name)}: ${c.score} / 4`, '', plain(c.descriptor), ''];
  for (const e of c.evidence) lines.push(`- ${e.positive ? '+' : '−'} ${at(e.t)}${plain(e.text)}`);
  if (c.evidence.length > 0) lines.push('');
  const notCounted = c.notCounted ?? [];
  if (notCounted.length > 0) {
    lines.push('Not counted:', '');
    for (const n of notCounted) lines.push(`- ${at(n.t)}“${plain(n.text)}”: ${plain(n.reason)}`);
    lines.push('');
  }
  if (c.tip && c.score < 4) lines.push(`**${TIP_LABEL}:** ${plain(c.tip)}`, '');
  return lines;
}

/**
 * The report as Markdown, to keep or share: the verdict, then per criterion its evidence, what
 * was not counted and why, and what moves it up one level. The outline is left out: it is the
 * prompt's, not the candidate's.
 */
export function reportMarkdown(report: Report): string {
  const lines = [
    `# Report: ${plain(report.prompt.title)}`,
    '',
    `${BAND_LABEL[report.band]} for ${LEVEL_LABEL[report.level]}, ${report.overall.toFixed(2)} of 4. Scored by rubric ${report.rubricVersion}.`,
    '',
    '## What earned each score',
    '',
    ...report.criteria.flatMap(criterionMarkdown),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
