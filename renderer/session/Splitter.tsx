import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const STEP = 16;
const BIG_STEP = 64;
/** A panel below the canvas: ↑ makes it taller (as ← does for the right panel); ←/→ do nothing. */
const ROWS_KEYS: Record<string, string> = { ArrowUp: 'ArrowLeft', ArrowDown: 'ArrowRight', ArrowLeft: '', ArrowRight: '' };
/** Dragged this far past the minimum, a panel folds away. */
const COLLAPSE_BELOW = 80;

/**
 * The draggable edge between a side panel and the canvas (the WAI-ARIA window splitter):
 * drag it, or focus it and use ←/→ (Shift for bigger steps), Home/End for the smallest and
 * largest width, Enter (or a double-click) to fold the panel away and back. A panel below the
 * canvas (`side: 'bottom'`) is the same turned on its side: drag up or ↑ to make it taller.
 */
export function Splitter({
  label,
  controls,
  side,
  width,
  min,
  max,
  collapsed,
  onResize,
  onCollapse,
}: {
  label: string;
  /** The id of the panel it resizes. */
  controls: string;
  /** Which side of the canvas the panel is on: dragging towards the canvas widens (or heightens) it. */
  side: 'left' | 'right' | 'bottom';
  width: number;
  min: number;
  max: number;
  collapsed: boolean;
  onResize(width: number): void;
  onCollapse(collapsed: boolean): void;
}) {
  const drag = useRef<{ x: number; width: number; collapsed: boolean } | undefined>(undefined);
  const sign = side === 'left' ? 1 : -1;
  const vertical = side !== 'bottom';
  const along = (e: PointerEvent<HTMLDivElement>) => (vertical ? e.clientX : e.clientY);
  const draggingClass = vertical ? 'resizing-panels' : 'resizing-rows';

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { x: along(e), width: collapsed ? 0 : width, collapsed };
    document.documentElement.classList.add(draggingClass);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const wanted = start.width + sign * (along(e) - start.x);
    if (wanted < min - COLLAPSE_BELOW) {
      if (!collapsed) onCollapse(true);
      return;
    }
    if (collapsed) onCollapse(false);
    onResize(Math.min(max, Math.max(min, wanted)));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current = undefined;
    e.currentTarget.releasePointerCapture(e.pointerId);
    document.documentElement.classList.remove(draggingClass);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP;
    const grow = (by: number) => {
      if (collapsed) onCollapse(false);
      onResize(Math.min(max, Math.max(min, (collapsed ? min : width) + by)));
    };
    switch (vertical ? e.key : (ROWS_KEYS[e.key] ?? e.key)) {
      case 'ArrowRight':
        grow(sign * step);
        break;
      case 'ArrowLeft':
        grow(-sign * step);
        break;
      case 'Home':
        grow(min - width);
        break;
      case 'End':
        grow(max - width);
        break;
      case 'Enter':
        onCollapse(!collapsed);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div
      className={`splitter splitter-${side}${collapsed ? ' splitter-collapsed' : ''}`}
      role="separator"
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={collapsed ? 0 : width}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuetext={collapsed ? 'hidden' : `${width} pixels ${vertical ? 'wide' : 'tall'}`}
      tabIndex={0}
      title={collapsed ? `${label}: drag or press Enter to show it` : `${label}: drag, or use the arrow keys; Enter hides it`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onCollapse(!collapsed)}
      onKeyDown={onKeyDown}
    >
      <span className="splitter-grip" aria-hidden="true" />
    </div>
  );
}
