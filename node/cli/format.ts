import { badArgument } from './errors';

/** `12:05` style, whole seconds rounded down: how long something took. Minutes may pass 59. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Local date and time to the minute, `2026-11-22 14:25`. */
export function formatDate(ms: number): string {
  if (!ms) return '—';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Reads `mm:ss` (minutes may pass 59) as ms on the session clock. */
export function parseClock(raw: string, name: string): number {
  const match = /^(\d{1,4}):([0-5]\d)$/.exec(raw.trim());
  if (!match) throw badArgument(`${name} must be a time on the session clock as mm:ss (like 12:30), not "${raw}"`);
  return (Number(match[1]) * 60 + Number(match[2])) * 1000;
}

/** Columns padded to their widest cell; `right` lists the columns aligned right. */
export function table(rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
