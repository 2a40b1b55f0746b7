import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { evaluatePad, type LineResult } from '../../shared/estimate/evaluate';
import type { Conclusion } from '../../shared/estimate/pad';
import type { SessionState } from '../../shared/session/state';
import { Splitter } from '../session/Splitter';
import { Conclusions } from './Conclusions';
import { DOCK_DEFAULT_SHARE, DOCK_MIN, dockOpen, phaseWantsPad, useDockChoice, useDockHeight } from './dock';
import { describeLine, keyFigures } from './format';
import { joinLines, overLimits, reconcileLines, splitLines } from './lineIds';
import { PadEditor, type LineBadge, type PadEditorHandle } from './PadEditor';
import { ReferenceDrawer, type DrawerTab } from './ReferenceDrawer';
import { TAG_LABEL } from './tags';
import { useSaveStatusText } from '../ui/saveStatus';
import { usePadRecorder } from './usePadRecorder';
import './estimate.css';

/** The canvas keeps at least this much height above the pad. */
const CANVAS_MIN_HEIGHT = 200;

/**
 * The estimation pad, docked under the canvas: folded to a bar that keeps the key figures in
 * sight, or unfolded (dragged taller or shorter by its edge) with the pad on the left and the
 * conclusions beside it. It unfolds by itself in an estimation phase until the person chooses.
 */
export function EstimateDock({
  sessionId,
  state,
  badges,
}: {
  sessionId: string;
  state: SessionState;
  /** After the end: each compared line's verdict. */
  badges?: ReadonlyMap<string, LineBadge>;
}) {
  const ended = state.status === 'ended';
  const phase = state.phases[state.phaseIndex]!;
  const recorder = usePadRecorder(sessionId, state.scratchpad, ended);
  const saveStatus = useSaveStatusText(recorder.status);
  // Folded, only work not yet saved is worth the room.
  const unsent = saveStatus.tone === 'failed' && recorder.status !== 'saved' && recorder.status !== 'untouched';
  const { pad, update } = recorder;
  const [choice, choose] = useDockChoice(sessionId);
  const open = dockOpen(choice, phaseWantsPad(phase.kind), ended, pad.lines.length > 0);
  const [savedHeight, setSavedHeight] = useDockHeight();
  const [activeLine, setActiveLine] = useState(0);
  const [drawer, setDrawer] = useState<DrawerTab>();
  const editor = useRef<PadEditorHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  const drawerButtons = useRef<Partial<Record<DrawerTab, HTMLButtonElement | null>>>({});
  const statusId = useId();
  const bodyId = useId();

  // Evaluated a frame behind the typing if it must be; results are matched to lines by id.
  const evaluated = useDeferredValue(pad.lines);
  const byId = useMemo(() => {
    const results = evaluatePad(evaluated);
    return new Map(evaluated.map((line, i) => [line.id, results[i]!]));
  }, [evaluated]);
  const results = useMemo(() => pad.lines.map((l) => byId.get(l.id) ?? ({ kind: 'blank', line: 0 } as LineResult)), [pad.lines, byId]);
  const text = useMemo(() => joinLines(pad.lines), [pad.lines]);

  // The column's height, so the pad's default is half of it and the canvas keeps its minimum.
  useEffect(() => {
    const column = root.current?.parentElement;
    if (!column) return;
    const observer = new ResizeObserver(([entry]) => setRoom(entry?.contentRect.height ?? 0));
    observer.observe(column);
    return () => observer.disconnect();
  }, []);
  const maxHeight = Math.max(DOCK_MIN, room - CANVAS_MIN_HEIGHT);
  const height = Math.min(maxHeight, Math.max(DOCK_MIN, savedHeight ?? Math.round(room * DOCK_DEFAULT_SHARE)));

  const onText = useCallback(
    (value: string) => update((p) => ({ ...p, lines: reconcileLines(p.lines, splitLines(value)) })),
    [update],
  );
  const onConclusions = useCallback(
    (change: (c: Conclusion[]) => Conclusion[], now?: boolean) => update((p) => ({ ...p, conclusions: change(p.conclusions) }), now),
    [update],
  );

  /** A figure from the card, as a new line after the caret's line (the pad unfolds to show it). */
  const insertLine = (textToAdd: string) => {
    const at = pad.lines.length === 0 ? 0 : Math.min(activeLine, pad.lines.length - 1) + 1;
    const texts = pad.lines.map((l) => l.text);
    texts.splice(at, 0, textToAdd);
    update((p) => ({ ...p, lines: reconcileLines(p.lines, texts) }), true);
    if (!open) choose(true);
    setActiveLine(at);
    requestAnimationFrame(() => editor.current?.focusLine(at));
  };

  const figures = keyFigures(pad.lines, results);
  const errors = results.filter((r) => r.kind === 'error').length;
  const line = Math.min(activeLine, Math.max(0, pad.lines.length - 1));

  return (
    <div ref={root} className={`pad-dock-wrap${open ? ' pad-dock-open' : ''}${drawer ? ' pad-drawer-open' : ''}`} style={open ? { height: height + 12 } : undefined}>
      <Splitter
        label="Resize the estimation pad"
        controls={bodyId}
        side="bottom"
        width={open ? height : 0}
        min={DOCK_MIN}
        max={maxHeight}
        collapsed={!open}
        onResize={setSavedHeight}
        onCollapse={(collapsed) => choose(!collapsed)}
      />
      <section
        className="pad-dock"
        aria-label="Estimates"
        onFocus={() => recorder.setFocused(true)}
        onBlur={(e) => {
          if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
          recorder.setFocused(false);
          recorder.flush();
        }}
      >
        <header className="pad-bar">
          <button type="button" className="pad-fold" aria-expanded={open} aria-controls={bodyId} onClick={() => choose(!open)}>
            <svg className="pad-fold-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
              <path d="M4 10l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <h2 className="pad-title">Estimates</h2>
          </button>
          {!open && (
            <ul className="pad-figures" aria-label="Key figures">
              {figures.length === 0 ? (
                <li className="pad-figures-empty">{ended ? 'No estimates' : 'Back-of-the-envelope maths with units'}</li>
              ) : (
                figures.map((f) => (
                  <li key={f.id} className="pad-figure" title={f.tag ? TAG_LABEL[f.tag] : undefined}>
                    <span className="pad-figure-label">{f.label}</span> <span className="pad-figure-value">{f.display}</span>
                  </li>
                ))
              )}
            </ul>
          )}
          {open && !ended && errors > 0 && (
            <span className="pad-bar-errors">
              {errors} line{errors === 1 ? '' : 's'} with an error
            </span>
          )}
          {!ended && (
            // Folded, the bar keeps its room for the figures: only trouble is worth showing there.
            <span className={`pad-save pad-save-${saveStatus.tone}`} aria-live="polite">
              {open || unsent ? saveStatus.text : ''}
            </span>
          )}
          <span className="pad-bar-actions">
            <button
              ref={(el) => void (drawerButtons.current.reference = el)}
              type="button"
              className={`btn btn-small btn-quiet${drawer === 'reference' ? ' pad-bar-on' : ''}`}
              aria-expanded={drawer === 'reference'}
              onClick={() => setDrawer(drawer === 'reference' ? undefined : 'reference')}
            >
              Reference card
            </button>
            <button
              ref={(el) => void (drawerButtons.current.help = el)}
              type="button"
              className={`btn btn-small btn-quiet${drawer === 'help' ? ' pad-bar-on' : ''}`}
              aria-expanded={drawer === 'help'}
              title="How to write lines, and the keys"
              onClick={() => setDrawer(drawer === 'help' ? undefined : 'help')}
            >
              Help
            </button>
          </span>
        </header>
        <div id={bodyId} className="pad-body" hidden={!open}>
          <div className="pad-main">
            <PadEditor
              ref={editor}
              lines={pad.lines}
              results={results}
              text={text}
              readOnly={ended}
              activeLine={line}
              badges={badges}
              onText={onText}
              onActiveLine={setActiveLine}
              onTag={(id, tag) => update((p) => ({ ...p, lines: p.lines.map((l) => (l.id === id ? { ...l, tag } : l)) }), true)}
              onFocusChange={(focused) => !focused && recorder.flush()}
              describedBy={statusId}
              placeholder={'# one figure per line, e.g.\nwrites = 10M/day\nreads = writes * 100\nstorage = writes * 5 year * 500 B'}
            />
            <p id={statusId} className="pad-status" aria-live="polite">
              {overLimits(pad) ? (
                <span className="pad-status-warning">The pad keeps 2,000 lines of up to 2,000 characters; the rest is not saved.</span>
              ) : pad.lines.length === 0 ? (
                ended ? (
                  'Nothing was estimated in this session.'
                ) : (
                  <>
                    Type a line to see its value. <kbd>Ctrl</kbd>+<kbd>.</kbd> marks it as an estimate.
                  </>
                )
              ) : (
                describeLine(line, results[line])
              )}
            </p>
          </div>
          <Conclusions
            conclusions={pad.conclusions}
            lines={pad.lines}
            results={results}
            activeLine={line}
            readOnly={ended}
            onChange={onConclusions}
            onShowLine={(i) => editor.current?.focusLine(i)}
          />
        </div>
      </section>
      {drawer && (
        <ReferenceDrawer
          tab={drawer}
          maxHeight={room - (open ? height + 12 : 58) - 12}
          canInsert={!ended}
          onTab={setDrawer}
          onInsert={insertLine}
          onClose={() => {
            setDrawer(undefined);
            drawerButtons.current[drawer]?.focus();
          }}
        />
      )}
    </div>
  );
}
