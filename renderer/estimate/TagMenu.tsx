import { useEffect, useEffectEvent, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { EstimateTag } from '../../shared/estimate/pad';
import { TAG_LABEL, TAG_ORDER } from './tags';

/** What a line's tag can be set to: a tag, "from the name" (undefined) or "not an estimate" (null). */
export type TagChoice = EstimateTag | null | undefined;

type Item = { choice: TagChoice; label: string; hint?: string };

/**
 * The menu of estimates for one line, opened from its chip (or Ctrl+. in the pad). It floats
 * over everything (fixed, in a portal) so the results column's clipping does not cut it off.
 * Arrows, Home, End move; Enter or Space picks; Escape or Tab closes.
 */
export function TagMenu({
  anchor,
  lineNumber,
  current,
  inferred,
  onPick,
  onClose,
}: {
  /** The element it hangs from. */
  anchor: HTMLElement;
  lineNumber: number;
  /** The line's own tag as recorded. */
  current: TagChoice;
  /** What the name alone would make it, for the "from the name" entry. */
  inferred: EstimateTag | undefined;
  onPick(choice: TagChoice): void;
  onClose(): void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  const list: Item[] = [
    { choice: undefined, label: 'From the name', hint: inferred ? TAG_LABEL[inferred] : 'nothing recognised' },
    ...TAG_ORDER.map((tag) => ({ choice: tag, label: TAG_LABEL[tag] })),
    { choice: null, label: 'Not an estimate' },
  ];
  const selected = Math.max(
    0,
    list.findIndex((item) => item.choice === current),
  );

  // Placed before it is painted: under the chip, or above it when there is no room below.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const rect = anchor.getBoundingClientRect();
    const up = rect.bottom + 4 + el.offsetHeight > window.innerHeight && rect.top - 4 - el.offsetHeight > 0;
    el.style.top = `${up ? rect.top - 4 - el.offsetHeight : rect.bottom + 4}px`;
    el.style.left = `${Math.max(8, Math.min(window.innerWidth - el.offsetWidth - 8, rect.right - el.offsetWidth))}px`;
  }, [anchor]);

  // The latest onClose, without the listeners being set up again each time it changes.
  const close = useEffectEvent(() => onClose());
  const first = useRef(selected);

  useEffect(() => {
    items.current[first.current]?.focus();
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !anchor.contains(e.target as Node)) close();
    };
    const moved = () => close();
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('resize', moved);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      window.removeEventListener('resize', moved);
    };
  }, [anchor]);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = items.current.filter((el): el is HTMLButtonElement => el !== null);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(buttons.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return createPortal(
    <div
      ref={menu}
      className="menu-panel tag-menu"
      role="menu"
      aria-label={`Estimate for line ${lineNumber}`}
      onKeyDown={onKeyDown}
    >
      {list.map((item, i) => [
        (i === 1 || i === list.length - 1) && <div key={`sep-${i}`} className="tag-menu-sep" role="separator" />,
        <button
          key={String(item.choice)}
          ref={(el) => void (items.current[i] = el)}
          type="button"
          role="menuitemradio"
          aria-checked={i === selected}
          className={`tag-menu-item${item.choice === null || item.choice === undefined ? ' tag-menu-item-meta' : ''}`}
          onClick={() => onPick(item.choice)}
        >
          <span className="tag-menu-check" aria-hidden="true">
            {i === selected ? '✓' : ''}
          </span>
          <span className="tag-menu-label">{item.label}</span>
          {item.hint && <span className="tag-menu-hint">{item.hint}</span>}
        </button>,
      ])}
    </div>,
    document.body,
  );
}
