/**
 * `text` cut to at most `max` UTF-16 units (what the schemas' `.max()` counts), never between the
 * two halves of a character outside the basic plane (most emoji): half a pair is not text, and
 * shows as a replacement mark wherever the cut string is read back.
 */
export function clipUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}
