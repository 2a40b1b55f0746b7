import { clipUnits } from '../../shared/clip';
import type { Dimension, LineResult } from '../../shared/estimate/evaluate';
import type { EstimateTag } from '../../shared/estimate/pad';
import { TAG_LABEL } from './tags';

const DIMENSION_LABEL: Record<Dimension, string> = {
  count: 'count',
  rate: 'rate',
  data: 'data size',
  bandwidth: 'bandwidth',
  duration: 'duration',
  ratio: 'ratio',
  other: 'quantity',
};

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** `≈10²`, `≈10⁻³`: the order of magnitude as it is written on paper. */
export function powerText(power: number): string {
  return `≈10${String(power)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('')}`;
}

/** `≈10^2`, for a screen reader and for copying. */
export function powerPlain(power: number): string {
  return `about 10^${power}`;
}

type ValueResult = Extract<LineResult, { kind: 'value' }>;

function isValue(result: LineResult | undefined): result is ValueResult {
  return result?.kind === 'value';
}

/** What the status line says about the line the caret is on. */
export function describeLine(index: number, result: LineResult | undefined): string {
  const where = `Line ${index + 1}`;
  if (result?.kind === 'error') {
    return `${where} · ${result.message}${result.column !== undefined ? ` (at column ${result.column})` : ''}`;
  }
  if (result?.kind !== 'value') return `${where} · ${result?.kind === 'comment' ? 'a comment' : 'empty'}`;
  const q = result.quantity;
  const name = result.name ? `${result.name} = ` : '';
  const tag = result.tag ? ` · ${TAG_LABEL[result.tag]}${result.inferred ? ' (from the name)' : ''}` : '';
  return `${where} · ${name}${q.display} · ${DIMENSION_LABEL[q.dimension]} · ${powerPlain(q.power)}${tag}`;
}

/** The figure a conclusion or the folded pad shows for a line: its name, else its text. */
export function lineLabel(text: string, result: LineResult | undefined): string {
  if (isValue(result) && result.name) return result.name;
  const trimmed = text.trim();
  return trimmed.length > 24 ? `${clipUnits(trimmed, 23)}…` : trimmed || 'empty line';
}

/**
 * The figures worth keeping in sight while the pad is folded: tagged lines first (in the
 * order a method asks for them), then named ones, at most `limit`.
 */
export function keyFigures(
  lines: readonly { id: string; text: string }[],
  results: readonly LineResult[],
  limit = 4,
): { id: string; label: string; display: string; tag?: EstimateTag }[] {
  const order: EstimateTag[] = ['write-qps', 'read-qps', 'peak-qps', 'read-write-ratio', 'storage', 'bandwidth', 'other'];
  const figures = lines.flatMap((line, i) => {
    const result = results[i];
    if (!isValue(result) || (!result.tag && !result.name)) return [];
    return [{ id: line.id, label: result.name ?? lineLabel(line.text, result), display: result.quantity.display, tag: result.tag, index: i }];
  });
  const rank = (f: (typeof figures)[number]) => (f.tag ? order.indexOf(f.tag) : order.length);
  // The last line for each tag wins (a later line usually refines an earlier one).
  const byTag = new Map<string, (typeof figures)[number]>();
  for (const f of figures) if (f.tag) byTag.set(f.tag, f);
  const tagged = [...byTag.values()].sort((a, b) => rank(a) - rank(b));
  const named = figures.filter((f) => !f.tag).reverse();
  return [...tagged, ...named].slice(0, limit).map(({ id, label, display, tag }) => ({ id, label, display, ...(tag ? { tag } : {}) }));
}
