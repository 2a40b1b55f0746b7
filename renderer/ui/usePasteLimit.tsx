import { useCallback, useState, type ClipboardEvent } from 'react';

type Field = HTMLTextAreaElement | HTMLInputElement;

const count = (n: number) => n.toLocaleString('en');

/**
 * A field's `maxLength` cuts a long paste without a word. This says so beside the field:
 * how much was kept, how much left out, and why. `holder` names what the limit is for
 * ("an item"). Fields are told apart by `key` when one component has several. The notice
 * stays after the field is left (taking it away then would move what is being clicked) until
 * the next paste there fits.
 */
export function usePasteLimit(max: number, holder: string) {
  const [cut, setCut] = useState<{ key: string; left: number } | undefined>();

  const onPaste = useCallback(
    (key = '') =>
      (event: ClipboardEvent<Field>) => {
        const field = event.currentTarget;
        const pasted = event.clipboardData.getData('text/plain');
        const replaced = (field.selectionEnd ?? field.value.length) - (field.selectionStart ?? field.value.length);
        const over = field.value.length - replaced + pasted.length - max;
        setCut(over > 0 ? { key, left: over } : undefined);
      },
    [max],
  );

  /** The notice for the field `key`, if its last paste was cut. */
  const notice = (key = '') =>
    cut?.key === key ? (
      <p className="paste-cut" role="status">
        Cut to {count(max)} characters: {holder} holds at most that, so the last {count(cut.left)} pasted were left out.
      </p>
    ) : null;

  return { onPaste, notice };
}
