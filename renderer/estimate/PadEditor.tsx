import { forwardRef, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { LineResult } from '../../shared/estimate/evaluate';
import type { PadLine } from '../../shared/estimate/pad';
import { powerPlain, powerText } from './format';
import { TAG_LABEL, TAG_SHORT } from './tags';
import { TagMenu, type TagChoice } from './TagMenu';
import { inferTag } from '../../shared/estimate/evaluate';

/** Every row of the pad, in the text and in the columns beside it, is this tall (px). */
const LINE_HEIGHT = 24;
/** The text's padding above the first line, matched by the columns. */
const PAD_TOP = 8;

export type PadEditorHandle = {
  /** Puts the caret at the end of line `index` and scrolls it into view. */
  focusLine(index: number): void;
};

/** A badge a line gets after the session (how it compares with the prompt's figure). */
export type LineBadge = { tone: 'fine' | 'warning' | 'flagged'; label: string; title: string };

/**
 * The pad itself: one native textarea (so typing, selecting, undo, Enter, Backspace and the
 * arrows all behave as everywhere else) with columns beside it kept line for line: the line
 * numbers on the left, each line's result on the right. The text never wraps, so line n of
 * the text is row n of every column; the columns follow the textarea's scrolling.
 */
export const PadEditor = forwardRef<
  PadEditorHandle,
  {
    lines: readonly PadLine[];
    results: readonly LineResult[];
    text: string;
    readOnly: boolean;
    activeLine: number;
    badges?: ReadonlyMap<string, LineBadge>;
    onText(text: string): void;
    onActiveLine(index: number): void;
    onTag(lineId: string, choice: TagChoice): void;
    onFocusChange(focused: boolean): void;
    describedBy?: string;
    placeholder?: string;
  }
>(function PadEditor({ lines, results, text, readOnly, activeLine, badges, onText, onActiveLine, onTag, onFocusChange, describedBy, placeholder }, ref) {
  const area = useRef<HTMLTextAreaElement>(null);
  const scrolled = useRef<(HTMLDivElement | null)[]>([]);
  const [menu, setMenu] = useState<{ lineId: string; anchor: HTMLElement; fromText: boolean }>();
  const [focused, setFocused] = useState(false);
  const rows = Math.max(1, lines.length);

  /** The columns follow the text's scrolling. */
  const follow = useCallback(() => {
    const top = area.current?.scrollTop ?? 0;
    for (const el of scrolled.current) if (el) el.style.transform = `translateY(${-top}px)`;
  }, []);
  useLayoutEffect(follow, [follow, lines.length]);

  const caretLine = () => {
    const el = area.current;
    if (!el) return 0;
    const before = el.value.slice(0, el.selectionStart);
    let count = 0;
    for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) count++;
    return count;
  };
  const charWidth = useRef(0);
  /**
   * The line the caret is on. Also undoes a sideways scroll a long line left behind once the
   * caret is back near the start of a line: the browser scrolls only just enough to show the
   * caret, which would leave the left of every line hidden.
   */
  const trackCaret = () => {
    onActiveLine(caretLine());
    const el = area.current;
    if (!el || el.scrollLeft === 0) return;
    if (!charWidth.current) {
      const probe = document.createElement('canvas').getContext('2d');
      if (probe) {
        probe.font = getComputedStyle(el).font;
        charWidth.current = probe.measureText('0000000000').width / 10;
      }
    }
    const column = el.selectionStart - el.value.lastIndexOf('\n', el.selectionStart - 1) - 1;
    if ((column + 4) * (charWidth.current || 8) < el.clientWidth) {
      el.scrollLeft = 0;
      follow();
    }
  };

  useImperativeHandle(ref, () => ({
    focusLine(index: number) {
      const el = area.current;
      if (!el) return;
      const texts = el.value.split('\n');
      const clamped = Math.max(0, Math.min(texts.length - 1, index));
      let offset = 0;
      for (let i = 0; i < clamped; i++) offset += texts[i]!.length + 1;
      el.focus();
      el.setSelectionRange(offset + texts[clamped]!.length, offset + texts[clamped]!.length);
      const top = PAD_TOP + clamped * LINE_HEIGHT;
      if (top < el.scrollTop || top + LINE_HEIGHT > el.scrollTop + el.clientHeight) {
        el.scrollTop = Math.max(0, top - el.clientHeight / 2);
      }
      follow();
      onActiveLine(clamped);
    },
  }));

  const openMenuFor = (index: number, anchor: HTMLElement, fromText: boolean) => {
    const line = lines[index];
    if (!line || readOnly) return;
    setMenu({ lineId: line.id, anchor, fromText });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Ctrl+. (⌘. on a Mac) opens the estimate menu of the caret's line.
    if (e.key === '.' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      const index = caretLine();
      const chip = document.getElementById(chipId(lines[index]?.id ?? ''));
      if (chip && results[index]?.kind === 'value') openMenuFor(index, chip, true);
    }
  };

  const menuLine = menu ? lines.findIndex((l) => l.id === menu.lineId) : -1;
  const menuResult = menuLine >= 0 ? results[menuLine] : undefined;

  return (
    <div className={`pad-editor${focused ? ' pad-editor-focused' : ''}`} style={{ '--pad-line': `${LINE_HEIGHT}px`, '--pad-top': `${PAD_TOP}px` } as CSSProperties}>
      <div className="pad-numbers" aria-hidden="true">
        <div className="pad-scroll" ref={(el) => void (scrolled.current[0] = el)}>
          {Array.from({ length: rows }, (_, i) => (
            <div key={i} className={`pad-number${i === activeLine && focused ? ' pad-row-active' : ''}`}>
              {i + 1}
            </div>
          ))}
        </div>
      </div>
      <div className="pad-text">
        <div className="pad-backdrop" aria-hidden="true">
          <div className="pad-scroll" ref={(el) => void (scrolled.current[1] = el)}>
            {Array.from({ length: rows }, (_, i) => (
              <div
                key={i}
                className={`pad-band${i === activeLine && focused ? ' pad-row-active' : ''}${results[i]?.kind === 'error' ? ' pad-band-error' : ''}`}
              />
            ))}
          </div>
        </div>
        <textarea
          ref={area}
          className="pad-input"
          aria-label="Estimation pad"
          aria-describedby={describedBy}
          value={text}
          readOnly={readOnly}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          placeholder={placeholder}
          onChange={(e) => {
            onText(e.target.value);
            trackCaret();
          }}
          onSelect={trackCaret}
          onScroll={follow}
          onKeyDown={onKeyDown}
          onFocus={() => {
            setFocused(true);
            onFocusChange(true);
            trackCaret();
          }}
          onBlur={() => {
            setFocused(false);
            onFocusChange(false);
          }}
        />
      </div>
      <div className="pad-results">
        <div className="pad-scroll" ref={(el) => void (scrolled.current[2] = el)}>
          {Array.from({ length: rows }, (_, i) => {
            const line = lines[i];
            return (
              <ResultRow
                key={line?.id ?? `empty-${i}`}
                index={i}
                line={line}
                result={line ? results[i] : undefined}
                badge={line ? badges?.get(line.id) : undefined}
                active={i === activeLine}
                readOnly={readOnly}
                menuOpen={menu?.lineId === line?.id && line !== undefined}
                onOpenMenu={(anchor) => openMenuFor(i, anchor, false)}
              />
            );
          })}
        </div>
      </div>
      {menu && menuLine >= 0 && menuResult?.kind === 'value' && (
        <TagMenu
          anchor={menu.anchor}
          lineNumber={menuLine + 1}
          current={lines[menuLine]!.tag}
          inferred={menuResult.name ? inferTag(menuResult.name) : undefined}
          onPick={(choice) => {
            onTag(menu.lineId, choice);
            const back = menu.fromText ? area.current : menu.anchor;
            setMenu(undefined);
            back?.focus();
          }}
          onClose={() => {
            const back = menu.fromText ? area.current : menu.anchor;
            setMenu(undefined);
            back?.focus();
          }}
        />
      )}
    </div>
  );
});

const chipId = (lineId: string) => `pad-tag-${lineId}`;

function ResultRow({
  index,
  line,
  result,
  badge,
  active,
  readOnly,
  menuOpen,
  onOpenMenu,
}: {
  index: number;
  line: PadLine | undefined;
  result: LineResult | undefined;
  badge: LineBadge | undefined;
  active: boolean;
  readOnly: boolean;
  menuOpen: boolean;
  onOpenMenu(anchor: HTMLElement): void;
}) {
  let body: ReactNode = null;
  let kind = result?.kind ?? 'blank';
  if (result?.kind === 'value') {
    const q = result.quantity;
    const tag = result.tag;
    const chipLabel = tag ? TAG_SHORT[tag] : 'tag';
    const chipTitle = tag
      ? `${TAG_LABEL[tag]}${result.inferred ? ', inferred from the name' : ', chosen'}: click to change`
      : 'Mark this line as an estimate (Ctrl+.)';
    body = (
      <>
        <span className="pad-value" title={`${q.display} (${powerPlain(q.power)})`}>
          {q.display}
        </span>
        <span className="pad-power" aria-label={powerPlain(q.power)}>
          {powerText(q.power)}
        </span>
        {badge ? (
          <span className={`pad-badge pad-badge-${badge.tone}`} title={badge.title}>
            {badge.label}
          </span>
        ) : readOnly ? (
          tag && <span className={`pad-chip pad-chip-static${result.inferred ? ' pad-chip-inferred' : ''}`}>{chipLabel}</span>
        ) : (
          <button
            type="button"
            id={line ? chipId(line.id) : undefined}
            className={`pad-chip${tag ? '' : ' pad-chip-empty'}${result.inferred ? ' pad-chip-inferred' : ''}`}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-label={`Line ${index + 1} estimate: ${tag ? `${TAG_LABEL[tag]}${result.inferred ? ' (inferred from the name)' : ''}` : 'none'}`}
            title={chipTitle}
            tabIndex={active ? 0 : -1}
            onClick={(e) => onOpenMenu(e.currentTarget)}
          >
            {chipLabel}
          </button>
        )}
      </>
    );
  } else if (result?.kind === 'error') {
    body = (
      <span className="pad-error" title={result.message}>
        <span className="pad-error-mark" aria-hidden="true">
          !
        </span>
        {result.message}
      </span>
    );
  } else if (result?.kind === 'comment') {
    kind = 'comment';
  }
  return (
    <div className={`pad-row pad-row-${kind}${active ? ' pad-row-current' : ''}`} data-line={index + 1}>
      {body}
    </div>
  );
}
