import type { NoteTag } from '../../shared/pairing/privateLog';

/** The quick tags in the order of their keys: Alt+1, Alt+2, Alt+3. */
export const QUICK_TAGS: readonly NoteTag[] = ['strength', 'concern', 'question'];

export const TAG_NAMES: Record<NoteTag, string> = { strength: 'Strength', concern: 'Concern', question: 'Question' };

/**
 * The tag a key press toggles in the note box, if any. Read from `code` (the key's place),
 * not `key`: Alt+1 types "¡" on a Mac and other characters on other layouts.
 */
export function tagForKey(event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): NoteTag | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const digit = /^(?:Digit|Numpad)([1-3])$/.exec(event.code)?.[1];
  return digit === undefined ? undefined : QUICK_TAGS[Number(digit) - 1];
}

/** The note's tag after `chosen` is pressed: it replaces the one chosen before, or takes it off if it was that one. */
export function switchTag(current: NoteTag | undefined, chosen: NoteTag): NoteTag | undefined {
  return current === chosen ? undefined : chosen;
}

/**
 * A fresh id for a partner's note: the console names its notes so a note sent twice
 * (a retry) is refused rather than written twice. Letters, digits and -, as the log asks.
 */
export function newNoteId(now: number, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
  return `n-${now.toString(36)}-${tail}`;
}
