import type { Claim } from './claim';

/** A claim before its source is attached: what a parser reads out of one piece of text. */
export type Draft = Claim extends infer C ? (C extends Claim ? Omit<C, 'source'> : never) : never;

/**
 * Text as a claim holds it: one line, single spaces, no bullet or trailing full stop, so the
 * same words give the same claim wherever they were typed ("Redis." in a list, "Redis" in a line).
 */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-*•+]\s+/, '')
    .replace(/[\s.;,]+$/, '')
    .trim();
}

/** Only the fields that hold something: an empty string or undefined is left out. */
export function present<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
