import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { NoteItem, NoteList } from '../../shared/notes/item';
import { itemsOf } from '../../shared/notes/apply';
import { indexInList, type NoteCommand } from './history';
import { keyIntent } from './keys';
import { fieldValue, isBlank, LIST_SPECS } from './lists';
import { NoteRow } from './NoteRow';
import { selectConnected } from '../shell/connectionSlice';
import { useAppStore } from '../store/store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useSaveStatusText } from '../ui/saveStatus';
import { useNoteItems } from './useNoteItems';

/**
 * Where the focus goes after a change: a field of an item (`last`: its last text field), one of
 * its move buttons, or a list's Add button. Moving an item in the page can drop the focus.
 */
type FocusTarget = { id: string; field: number | 'last' | 'up' | 'down'; caret?: number } | { list: NoteList };

/**
 * The structured lists of one phase. Each change is applied at once and logged as a note
 * command; keys keep the hands on the keyboard (see keys.ts), and undo covers every change
 * made here since the phase was opened.
 */
export function NoteLists({
  sessionId,
  phaseId,
  phaseTitle,
  lists,
  remote,
  answers,
}: {
  sessionId: string;
  phaseId: string;
  phaseTitle: string;
  lists: readonly NoteList[];
  remote: readonly NoteItem[];
  /** Paired mode: the partner's answers, by the question item they answer. */
  answers?: ReadonlyMap<string, readonly string[]>;
}) {
  const notes = useNoteItems(sessionId, remote, phaseId);
  const panel = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<FocusTarget>();
  const shown = useSaveStatusText(notes.status);
  const connected = useAppStore(selectConnected);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const waiting = notes.unsaved > 0 && notes.stuck;

  useLayoutEffect(() => {
    if (!focus || !panel.current) return;
    setFocus(undefined);
    const target = 'list' in focus ? panel.current.querySelector<HTMLElement>(`[data-add="${focus.list}"]`) : fieldElement(panel.current, focus.id, focus.field);
    if (!target) return;
    target.focus();
    if (target instanceof HTMLTextAreaElement && !('list' in focus)) {
      const caret = Math.min(focus.caret ?? target.value.length, target.value.length);
      target.setSelectionRange(caret, caret);
    }
  }, [focus, notes.items]);

  /** The item beside one about to go (the one above, else below), or its list's Add button. */
  const neighbour = (items: readonly NoteItem[], id: string): FocusTarget | undefined => {
    const item = items.find((i) => i.id === id);
    if (!item) return undefined;
    const same = itemsOf(items, item.body.list);
    const at = same.findIndex((i) => i.id === id);
    const above = same[at - 1];
    const below = same[at + 1];
    if (above) return { id: above.id, field: 'last' };
    if (below) return { id: below.id, field: 0, caret: 0 };
    return { list: item.body.list };
  };

  /** After an undo or redo, the focus goes to what changed, so the next Ctrl+Z still lands here. */
  const focusAfter = (before: readonly NoteItem[], command: NoteCommand | undefined) => {
    if (!command) return;
    if (command.type === 'note.remove') setFocus(neighbour(before, command.id));
    else setFocus({ id: command.id, field: 'last' });
  };

  const remove = (id: string) => {
    const next = neighbour(notes.items, id);
    notes.remove(id);
    setFocus(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.closest<HTMLElement>('[data-item]')?.dataset.item;
    const item = id === undefined ? undefined : notes.items.find((i) => i.id === id);
    const fieldIndex = Number(target.dataset.field ?? -1);
    const spec = item ? LIST_SPECS[item.body.list] : undefined;
    const field = spec?.fields[fieldIndex];
    const texts = spec ? spec.fields.flatMap((f, i) => (f.kind === 'text' ? [i] : [])) : [];
    const textField = field?.kind === 'text';
    // Items are one line each: Enter never types a line break.
    if (textField && event.key === 'Enter') event.preventDefault();
    const intent = keyIntent(
      { key: event.key, shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, isComposing: event.nativeEvent.isComposing },
      {
        textField,
        firstTextField: fieldIndex === texts[0],
        lastTextField: fieldIndex === texts[texts.length - 1],
        lastField: spec !== undefined && fieldIndex === spec.fields.length - 1,
        fieldEmpty: textField && String(fieldValue(item!.body, field.key)) === '',
        itemEmpty: item !== undefined && isBlank(item.body),
      },
    );
    if (intent === 'undo' || intent === 'redo') {
      event.preventDefault();
      const before = notes.items;
      focusAfter(before, intent === 'undo' ? notes.undo() : notes.redo());
      return;
    }
    if (!intent || !item || !spec) return;
    // On an item's buttons only the moves are ours: Enter and Space there press the button.
    const onField = fieldIndex >= 0;
    if (!onField && intent !== 'move-up' && intent !== 'move-down') return;
    event.preventDefault();
    switch (intent) {
      case 'add-below': {
        const added = notes.add(spec.blank(item.body), indexInList(notes.items, item.id) + 1);
        setFocus({ id: added, field: texts[0] ?? 0, caret: 0 });
        return;
      }
      case 'next-field':
        setFocus({ id: item.id, field: fieldIndex + 1 });
        return;
      case 'previous-field':
        setFocus({ id: item.id, field: texts[texts.indexOf(fieldIndex) - 1] ?? 0 });
        return;
      case 'remove':
        remove(item.id);
        return;
      case 'move-up':
      case 'move-down': {
        const caret = target instanceof HTMLTextAreaElement ? target.selectionStart : undefined;
        const up = intent === 'move-up';
        if (notes.move(item.id, up ? -1 : 1)) setFocus({ id: item.id, field: onField ? fieldIndex : up ? 'up' : 'down', caret });
        return;
      }
    }
  };

  return (
    <div className="note-lists" ref={panel} onKeyDown={onKeyDown}>
      <div className="note-lists-head">
        <h2 className="note-lists-title">{phaseTitle}</h2>
        <span className={`note-lists-status note-lists-status-${shown.tone}`} aria-live="polite">
          {shown.text}
        </span>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={!notes.canUndo}
          title="Undo (Ctrl+Z or ⌘Z)"
          onClick={() => focusAfter(notes.items, notes.undo())}
        >
          Undo
        </button>
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={!notes.canRedo}
          title="Redo (Ctrl+Shift+Z or ⌘⇧Z)"
          onClick={() => focusAfter(notes.items, notes.redo())}
        >
          Redo
        </button>
      </div>
      {waiting && (
        <div className="note-lists-unsaved" role="status">
          <span>
            {notes.unsaved === 1 ? '1 change is' : `${notes.unsaved} changes are`} not saved yet. {connected ? 'They are kept here and sent again.' : 'They are kept here and sent once DesignDrill answers.'}
          </span>
          {connected && (
            <button type="button" className="btn btn-small" onClick={notes.retry}>
              Retry now
            </button>
          )}
          <button type="button" className="btn btn-quiet btn-small" onClick={() => setConfirmDiscard(true)}>
            Discard…
          </button>
        </div>
      )}
      {notes.dropped > 0 && (
        <p className="note-lists-unsaved" role="status">
          {notes.dropped === 1 ? '1 change' : `${notes.dropped} changes`} could not be saved: the item was changed or removed in another window meanwhile.
        </p>
      )}
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard the changes not saved?"
        confirmLabel="Discard them"
        cancelLabel="Keep them"
        onConfirm={() => {
          setConfirmDiscard(false);
          notes.discard();
        }}
        onCancel={() => setConfirmDiscard(false)}
      >
        <p>What you typed here since the last save goes, and the notes show what the session log holds.</p>
      </ConfirmDialog>
      {lists.map((list) => {
        const spec = LIST_SPECS[list];
        const items = itemsOf(notes.items, list);
        const headingId = `notes-${phaseId}-${list}`;
        return (
          <section key={list} className="note-list" aria-labelledby={headingId}>
            <h3 id={headingId} className="note-list-title">
              {spec.title}
              {items.length > 0 && (
                <span className="note-list-count" aria-hidden="true">
                  {' '}
                  {items.length}
                </span>
              )}
            </h3>
            {items.length === 0 && <p className="note-list-hint">{spec.hint}</p>}
            {items.length > 0 && (
              <ol className={`note-items${spec.fields.length > 1 && spec.fields.filter((f) => f.kind === 'text').length > 1 ? ' note-items-wide' : ''}`} aria-labelledby={headingId}>
                {items.map((item, position) => (
                  <NoteRow
                    key={item.id}
                    spec={spec}
                    item={item}
                    position={position}
                    count={items.length}
                    onChange={(body, now) => notes.change(item.id, body, now)}
                    onCommit={() => notes.commit(item.id)}
                    onMove={(by) => notes.move(item.id, by) && setFocus({ id: item.id, field: by < 0 ? 'up' : 'down' })}
                    onRemove={() => remove(item.id)}
                    answers={answers?.get(item.id)}
                  />
                ))}
              </ol>
            )}
            <button
              type="button"
              className="btn btn-quiet btn-small note-add"
              data-add={list}
              onClick={() => {
                const added = notes.add(spec.blank(items[items.length - 1]?.body), items.length);
                setFocus({ id: added, field: spec.fields.findIndex((f) => f.kind === 'text'), caret: 0 });
              }}
            >
              + Add {spec.itemName}
            </button>
          </section>
        );
      })}
    </div>
  );
}

function fieldElement(panel: HTMLElement, id: string, field: number | 'last' | 'up' | 'down'): HTMLElement | null {
  const row = panel.querySelector<HTMLElement>(`[data-item="${id}"]`);
  if (!row) return null;
  if (field === 'up' || field === 'down') {
    // At the end of its list that button is disabled: the other one takes the focus.
    const button = row.querySelector<HTMLButtonElement>(`[data-action="${field}"]`);
    return button && !button.disabled ? button : row.querySelector<HTMLElement>(`[data-action="${field === 'up' ? 'down' : 'up'}"]`);
  }
  if (field !== 'last') return row.querySelector<HTMLElement>(`[data-field="${field}"]`);
  const texts = row.querySelectorAll<HTMLElement>('textarea[data-field]');
  return texts[texts.length - 1] ?? null;
}
