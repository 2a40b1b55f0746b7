/** What a key press in a note item asks for. */
export type KeyIntent = 'add-below' | 'next-field' | 'remove' | 'previous-field' | 'move-up' | 'move-down' | 'undo' | 'redo';

export type KeyPress = {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** An input method is composing: its keys are not ours. */
  isComposing: boolean;
};

/** Where the key was pressed. Selects and toggles are not text fields. */
export type KeyPlace = {
  textField: boolean;
  firstTextField: boolean;
  lastTextField: boolean;
  /** The last field of the item, text or not. */
  lastField: boolean;
  fieldEmpty: boolean;
  /** Every text field of the item is empty. */
  itemEmpty: boolean;
};

/**
 * Enter in the last text field adds an item below (in an earlier field it moves on; on a
 * select or a toggle too, adding an item only from the item's very last field);
 * Backspace in an empty item removes it; Alt+Up/Down moves the item; Ctrl or Cmd+Z undoes,
 * with Shift (or Ctrl+Y) it redoes.
 */
export function keyIntent(press: KeyPress, place: KeyPlace): KeyIntent | undefined {
  if (press.isComposing) return undefined;
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (command && !press.altKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    return undefined;
  }
  if (press.altKey && !press.shiftKey) {
    if (key === 'ArrowUp') return 'move-up';
    if (key === 'ArrowDown') return 'move-down';
    return undefined;
  }
  if (press.altKey) return undefined;
  if (key === 'Enter') return (place.textField ? place.lastTextField : place.lastField) ? 'add-below' : 'next-field';
  if (!place.textField) return undefined;
  if (key === 'Backspace' && !press.shiftKey) {
    if (place.itemEmpty) return 'remove';
    if (place.fieldEmpty && !place.firstTextField) return 'previous-field';
  }
  return undefined;
}
