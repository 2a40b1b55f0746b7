import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_LABEL, type ExportFormat } from './exportDiagram';

const FORMATS: ExportFormat[] = ['png', 'svg', 'excalidraw'];
const HINT: Record<ExportFormat, string> = {
  png: 'For slides and documents',
  svg: 'Sharp at any size',
  excalidraw: 'Opens in excalidraw.com',
};

/** "Export ▾": a menu button with the three formats, usable by keyboard (arrows, Home, End, Escape). */
export function ExportMenu({ disabled, onExport }: { disabled: boolean; onExport(format: ExportFormat): void }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const away = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const list = items.current.filter((el): el is HTMLButtonElement => el !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        <DownloadIcon />
        Export
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="menu-panel export-list" id={menuId} role="menu" aria-label="Export the diagram" onKeyDown={onMenuKey}>
          {FORMATS.map((format, i) => (
            <button
              key={format}
              ref={(el) => void (items.current[i] = el)}
              type="button"
              role="menuitem"
              className="export-item"
              onClick={() => {
                close();
                onExport(format);
              }}
            >
              <span className="export-item-label">{EXPORT_LABEL[format]}</span>
              <span className="export-item-hint">{HINT[format]}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M12 4v11m0 0-4.5-4.5M12 15l4.5-4.5M5 19h14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
