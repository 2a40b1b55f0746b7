/** A file-name stem every platform accepts: no separators, reserved characters or trailing dots. */
export function safeFileStem(text: string, fallback = 'Diagram'): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  const short = cleaned.length > 100 ? cleaned.slice(0, 100).replace(/[. ]+$/, '') : cleaned;
  // Windows keeps these names for devices, whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(short)) return `${short} diagram`;
  return short === '' ? fallback : short;
}

/** The local calendar date, YYYY-MM-DD (as file names and date inputs write it). */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
