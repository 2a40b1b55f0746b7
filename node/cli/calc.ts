import { createScope, evaluateLine, type EstimateScope, type LineResult } from '../../shared/estimate/evaluate';

/** One line's answer as `designdrill calc --json` prints it: value in base units (per second, bytes, seconds). */
export type CalcRecord =
  | { line: number; kind: 'blank' | 'comment' }
  | {
      line: number;
      kind: 'value';
      name?: string;
      value: number;
      unit: string;
      dimension: string;
      display: string;
      power: number;
      tag?: string;
    }
  | { line: number; kind: 'error'; error: string; column?: number };

function toRecord(r: LineResult): CalcRecord {
  if (r.kind !== 'value' && r.kind !== 'error') return { line: r.line, kind: r.kind };
  if (r.kind === 'error') return { line: r.line, kind: 'error', error: r.message, ...(r.column === undefined ? {} : { column: r.column }) };
  const q = r.quantity;
  return {
    line: r.line,
    kind: 'value',
    ...(r.name === undefined ? {} : { name: r.name }),
    value: q.base,
    unit: q.unit,
    dimension: q.dimension,
    display: q.display,
    power: q.power,
    ...(r.tag === undefined ? {} : { tag: r.tag }),
  };
}

/** The text form: `name = display`, the display alone, an empty line for a blank or comment, or `error: ...`. */
function formatResult(r: LineResult): string {
  if (r.kind !== 'value' && r.kind !== 'error') return '';
  if (r.kind === 'error') return `error: ${r.message}${r.column === undefined ? '' : ` (column ${r.column})`}`;
  return r.name === undefined ? r.quantity.display : `${r.name} = ${r.quantity.display}`;
}

/** Evaluates lines one at a time, as they come, sharing variables; remembers whether any failed. */
export class Calculator {
  private readonly scope: EstimateScope = createScope();
  private count = 0;
  failed = false;

  constructor(private readonly json: boolean) {}

  line(text: string): string {
    const r = evaluateLine(text, this.scope, ++this.count);
    if (r.kind === 'error') this.failed = true;
    return `${this.json ? JSON.stringify(toRecord(r)) : formatResult(r)}\n`;
  }
}

/** Splits a stream into lines as they arrive (so a person typing at a terminal sees each answer at once). */
export async function* linesOf(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = pending.indexOf('\n')) !== -1) {
      yield pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
    }
  }
  pending += decoder.decode();
  if (pending !== '') yield pending.replace(/\r$/, '');
}
