import { describe, expect, it } from 'vitest';
import { keyIntent, type KeyPlace, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  isComposing: false,
  ...mods,
});
/** The one text field of a one-line item, with something typed in it. */
const typed: KeyPlace = { textField: true, firstTextField: true, lastTextField: true, lastField: true, fieldEmpty: false, itemEmpty: false };

describe('keyIntent', () => {
  it('Enter in the last text field adds an item below; in an earlier one it moves on', () => {
    expect(keyIntent(press('Enter'), typed)).toBe('add-below');
    expect(keyIntent(press('Enter'), { ...typed, lastTextField: false })).toBe('next-field');
  });

  it('Enter on a select or a toggle moves on, and adds an item only from the last field', () => {
    // An operation: Enter in "purpose" adds the next one, though the main-path toggle comes after it.
    expect(keyIntent(press('Enter'), { ...typed, lastField: false })).toBe('add-below');
    expect(keyIntent(press('Enter'), { ...typed, textField: false, lastTextField: false, lastField: false })).toBe('next-field');
    expect(keyIntent(press('Enter'), { ...typed, textField: false, lastTextField: false })).toBe('add-below');
    expect(keyIntent(press('Backspace'), { ...typed, textField: false, fieldEmpty: true, itemEmpty: true })).toBeUndefined();
  });

  it('Backspace removes an item only when all of it is empty', () => {
    expect(keyIntent(press('Backspace'), { ...typed, fieldEmpty: true, itemEmpty: true })).toBe('remove');
    expect(keyIntent(press('Backspace'), typed)).toBeUndefined();
    // A trade-off with "chose" typed: an empty "because" steps back instead.
    expect(keyIntent(press('Backspace'), { ...typed, firstTextField: false, fieldEmpty: true })).toBe('previous-field');
    expect(keyIntent(press('Backspace'), { ...typed, fieldEmpty: true })).toBeUndefined();
  });

  it('Alt+Up and Alt+Down move the item, from any field', () => {
    expect(keyIntent(press('ArrowUp', { altKey: true }), typed)).toBe('move-up');
    expect(keyIntent(press('ArrowDown', { altKey: true }), { ...typed, textField: false })).toBe('move-down');
    expect(keyIntent(press('ArrowDown'), typed)).toBeUndefined();
  });

  it('Ctrl+Z and Cmd+Z undo; with Shift, or Ctrl+Y, they redo', () => {
    expect(keyIntent(press('z', { ctrlKey: true }), typed)).toBe('undo');
    expect(keyIntent(press('z', { metaKey: true }), typed)).toBe('undo');
    expect(keyIntent(press('Z', { ctrlKey: true, shiftKey: true }), typed)).toBe('redo');
    expect(keyIntent(press('Z', { metaKey: true, shiftKey: true }), typed)).toBe('redo');
    expect(keyIntent(press('y', { ctrlKey: true }), typed)).toBe('redo');
    expect(keyIntent(press('z', { ctrlKey: true, altKey: true }), typed)).toBeUndefined();
  });

  it('keys that belong to an input method or a shortcut of the browser pass through', () => {
    expect(keyIntent(press('Enter', { isComposing: true }), typed)).toBeUndefined();
    expect(keyIntent(press('Enter', { ctrlKey: true }), typed)).toBeUndefined();
    expect(keyIntent(press('Enter', { altKey: true }), typed)).toBeUndefined();
    expect(keyIntent(press('a', { ctrlKey: true }), typed)).toBeUndefined();
  });
});
